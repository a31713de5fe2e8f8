package ru.mcu.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A problem point put forward for a citizens' poll or vote (Regulation 1.1.3.6): a growth factor
 * or a cluster of repeated complaints of a period, its figures computed from the cases when it
 * was added, and the question proposed for the poll.
 *
 * @param rank     its place among the entries not rejected (by cases, then growth), null when rejected
 * @param previous cases of the period of the same length before, for a growth factor; null for a cluster
 * @param cases    a link to the cases behind it on the analytics pages
 */
public record PollPriority(long id, Integer rank, String key, Origin origin, String title, String rubric, String rubricName,
                           String district, String districtName, String place, LocalDate from, LocalDate to, int count,
                           Integer previous, String question, Status status, List<String> caseNumbers, String cases,
                           String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    /** Where a point comes from. */
    public enum Origin implements Fields.Titled {
        GROWTH("точка роста"), CLUSTER("повторные жалобы из одного места");

        private final String title;

        Origin(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /** Where it stands. */
    public enum Status implements Fields.Titled {
        PROPOSED("предложен"), APPROVED("согласован"), PUBLISHED("вынесен на опрос"), REJECTED("отклонён");

        private final String title;

        Status(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }

    /** Cases more than in the period before; null for a cluster. */
    public Integer growth() {
        return previous == null ? null : count - previous;
    }
}
