package ru.mcu.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What only a ПОС message has: the platform's category, the reworks after low ratings and the
 * answer «запланировано» with its date. Empty for appeals and incidents. Changed only by
 * {@link Case}'s transitions.
 */
@Embeddable
public class PosDetails {

    /** The table of these details, one row per case of the channel. */
    static final String TABLE = "case_pos";

    @Column(table = TABLE)
    private String category;
    @Column(table = TABLE)
    private String subcategory;
    @Column(name = "rework_count", table = TABLE)
    private int reworkCount;
    @Column(name = "planned_for", table = TABLE)
    private LocalDate plannedFor;
    @Column(name = "planned_answered_at", table = TABLE)
    private Instant plannedAnsweredAt;
    /** The answer term when the planned answer was given (the fresh term on the planned date replaces the case's). */
    @Column(name = "planned_answer_due_at", table = TABLE)
    private Instant plannedAnswerDueAt;

    protected PosDetails() {
    }

    PosDetails(String category, String subcategory) {
        this.category = category;
        this.subcategory = subcategory;
    }

    void reworked() {
        reworkCount++;
    }

    void planned(LocalDate plannedFor, Instant answeredAt, Instant answerDueAt) {
        this.plannedFor = plannedFor;
        this.plannedAnsweredAt = answeredAt;
        this.plannedAnswerDueAt = answerDueAt;
    }

    /** The category as the platform sent it. */
    public String getCategory() {
        return category;
    }

    public String getSubcategory() {
        return subcategory;
    }

    /** How many times a low rating sent the message back to the department. */
    public int getReworkCount() {
        return reworkCount;
    }

    /** The date the works are planned for by the answer «запланировано»; null without one. */
    public LocalDate getPlannedFor() {
        return plannedFor;
    }

    public Instant getPlannedAnsweredAt() {
        return plannedAnsweredAt;
    }

    /** The answer term the planned answer was given against; null without a planned answer. */
    public Instant getPlannedAnswerDueAt() {
        return plannedAnswerDueAt;
    }
}
