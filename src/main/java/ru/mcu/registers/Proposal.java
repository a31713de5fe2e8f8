package ru.mcu.registers;

import java.time.Instant;

/**
 * A proposal to automate or digitalise a process of municipal government (Regulation 1.2.8), or
 * a best practice of digitalisation to take over (3.2.3.3), with the municipality or
 * organisation it comes from, the effect expected and, once implemented, the effect measured.
 */
public record Proposal(long id, String title, String description, Kind kind, String source, String effectExpected,
                       String effectMeasured, Status status, String createdBy, Instant createdAt, String updatedBy,
                       Instant updatedAt) {

    /** What it is. */
    public enum Kind implements Fields.Titled {
        DIGITALISATION("предложение по цифровизации"), BEST_PRACTICE("лучшая практика");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /** Where it stands. */
    public enum Status implements Fields.Titled {
        PROPOSED("предложено"), ACCEPTED("принято к внедрению"), IMPLEMENTING("внедряется"), IMPLEMENTED("внедрено"),
        REJECTED("отклонено");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }
}
