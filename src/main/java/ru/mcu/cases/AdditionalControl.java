package ru.mcu.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The additional control of an appeal whose answer promises works: until when, the reminder
 * given, and who confirmed the works were done. Changed only by {@link Case}'s transitions.
 */
@Embeddable
public class AdditionalControl {

    @Column(name = "control_until")
    private LocalDate until;
    @Column(name = "control_reminded_for")
    private LocalDate remindedFor;
    @Column(name = "control_closed_at")
    private Instant closedAt;
    @Column(name = "control_closed_by")
    private String closedBy;
    @Column(name = "control_closing_note")
    private String closingNote;

    protected AdditionalControl() {
    }

    static AdditionalControl until(LocalDate until) {
        AdditionalControl control = new AdditionalControl();
        control.until = until;
        return control;
    }

    /** Set and not yet confirmed as done. */
    boolean isOpen() {
        return until != null && closedAt == null;
    }

    /** Whether the reminder is due on {@code today}: open, the day come, not reminded for it yet. */
    boolean reminderDue(LocalDate today) {
        return isOpen() && !today.isBefore(until) && !until.equals(remindedFor);
    }

    void reminded() {
        this.remindedFor = until;
    }

    void close(String note, String actor, Instant now) {
        this.closedAt = now;
        this.closedBy = actor;
        this.closingNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** The day the department must confirm the promised works; null when the answer is not on control. */
    public LocalDate getUntil() {
        return until;
    }

    public LocalDate getRemindedFor() {
        return remindedFor;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingNote() {
        return closingNote;
    }
}
