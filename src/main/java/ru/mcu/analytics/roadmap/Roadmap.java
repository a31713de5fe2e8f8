package ru.mcu.analytics.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A root-cause roadmap: the problem, its root cause, the cases behind it and the measures to
 * remove it. The head of the МЦУ draws it up; the block head of the responsible department
 * approves it or returns it with a comment; only an approved roadmap is in progress.
 *
 * @param source        what it was created from (a growth factor, a cluster), for people
 * @param rootCause     the category of the root cause, null on roadmaps drawn up before the list
 * @param approval      who approved or returned it, and when
 */
public record Roadmap(long id, String title, String problem, Status status, String source, String rubricCode, String districtCode,
                      String ownerDepartment, String ownerName, String createdBy, Instant createdAt,
                      RootCause rootCause, String rootCauseText, Approval approval,
                      List<Measure> measures, List<String> caseNumbers) {

    /** Where a roadmap stands. */
    public enum Status {
        DRAFT("Черновик"), PENDING_APPROVAL("На утверждении"), ACTIVE("Утверждена, выполняется"), DONE("Выполнена"),
        CANCELLED("Отменена");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * The block head's decision: approved ({@code approvedBy}, {@code approvedAt}) or returned
     * with a comment; a roadmap sent again for approval keeps the last return until it is approved.
     */
    public record Approval(Instant submittedAt, String approvedBy, Instant approvedAt, String returnedBy, Instant returnedAt,
                           String returnComment) {

        public boolean approved() {
            return approvedAt != null;
        }

        /** Returned and not approved since. */
        public boolean returned() {
            return returnedAt != null && (approvedAt == null || returnedAt.isAfter(approvedAt));
        }
    }

    /** Where a measure stands. */
    public enum MeasureStatus {
        PLANNED("Запланирована"), IN_PROGRESS("Выполняется"), DONE("Выполнена"), CANCELLED("Отменена");

        private final String title;

        MeasureStatus(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public boolean open() {
            return this == PLANNED || this == IN_PROGRESS;
        }
    }

    /** A measure with its owner department and its term (the end of the local day {@code dueDate}). */
    public record Measure(long id, String title, String department, String departmentName, LocalDate dueDate,
                          MeasureStatus status, Instant doneAt) {

        public boolean overdueOn(LocalDate today) {
            return status.open() && today.isAfter(dueDate);
        }
    }

    /** Every measure not cancelled is done, and there is at least one: the time to look at the effect. */
    public boolean measuresDone() {
        return measures.stream().anyMatch(m -> m.status() == MeasureStatus.DONE)
                && measures.stream().allMatch(m -> m.status() == MeasureStatus.DONE || m.status() == MeasureStatus.CANCELLED);
    }

    /** When the last measure was done; null while any is open. */
    public Instant lastMeasureDoneAt() {
        if (!measuresDone()) {
            return null;
        }
        return measures.stream().filter(m -> m.status() == MeasureStatus.DONE && m.doneAt() != null).map(Measure::doneAt)
                .max(Instant::compareTo).orElse(null);
    }

    public long done() {
        return measures.stream().filter(m -> m.status() == MeasureStatus.DONE).count();
    }

    public long overdueOn(LocalDate today) {
        return measures.stream().filter(m -> m.overdueOn(today)).count();
    }

    /** Measures done out of those not cancelled, 0..1; null without measures. */
    public Double progress() {
        long counted = measures.stream().filter(m -> m.status() != MeasureStatus.CANCELLED).count();
        return counted == 0 ? null : (double) done() / counted;
    }
}
