package ru.mcu.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation of the МЦУ (Regulation 1.2.6) to a responsible recipient of the directory or
 * to an external recipient, with its term, its status, the cases it cites and the slice of cases
 * it rests on.
 *
 * @param addresseeDepartment the department's code, or null for an external recipient
 * @param addressee           for people: the department's name or the external recipient
 * @param basis               the slice of cases behind it, or null
 */
public record Recommendation(long id, String text, String addresseeDepartment, String addresseeName, String addressee,
                             LocalDate dueDate, Status status, Basis basis, List<String> caseNumbers,
                             String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    /** Where a recommendation stands. */
    public enum Status implements Fields.Titled {
        DRAFT("проект"), SENT("направлена"), IN_PROGRESS("выполняется"), DONE("выполнена"), REJECTED("отклонена");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        /** Still expected to be carried out. */
        public boolean open() {
            return this == DRAFT || this == SENT || this == IN_PROGRESS;
        }
    }

    /**
     * The slice of cases a recommendation rests on: a topic or rubric, a district, a period of
     * local days, and how many cases it held when the recommendation was saved.
     *
     * @param cases a link to those cases on the analytics pages ({@code /analytics/cases?...})
     */
    public record Basis(String rubric, String rubricName, String district, String districtName, LocalDate from, LocalDate to,
                        int count, String cases) {

        /** For people: «Дороги, Луговое, 01.10.2026–31.10.2026». */
        public String title() {
            java.time.format.DateTimeFormatter d = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
            StringBuilder s = new StringBuilder(rubricName == null ? "все темы" : rubricName);
            s.append(", ").append(districtName == null ? "все районы" : districtName);
            s.append(", ").append(d.format(from)).append('–').append(d.format(to));
            return s.toString();
        }
    }

    /** Open and past its term on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && today.isAfter(dueDate);
    }
}
