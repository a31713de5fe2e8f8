package ru.mcu.analytics.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A root-cause roadmap: the problem, the cases behind it and the measures to remove it.
 *
 * @param source what it was created from (a growth factor, a cluster), for people
 */
public record Roadmap(long id, String title, String problem, Status status, String source, String rubricCode, String districtCode,
                      String ownerDepartment, String ownerName, String createdBy, Instant createdAt,
                      List<Measure> measures, List<String> caseNumbers) {

    /** Where a roadmap stands. */
    public enum Status {
        DRAFT("Черновик"), ACTIVE("Выполняется"), DONE("Выполнена"), CANCELLED("Отменена");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        public String title() {
            return title;
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
