package ru.mcu.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of the calendar's history: a day changed by hand or by an import, or a year confirmed. */
@Entity
@Table(name = "calendar_change")
public class CalendarChange {

    /** What the administrator did. */
    public enum Action {
        /** Changed one day. */
        DAY("изменение дня"),
        /** Loaded the year from a file. */
        IMPORT("загрузка из файла"),
        /** Confirmed the year. */
        CONFIRM("подтверждение года");

        private final String title;

        Action(String title) {
            this.title = title;
        }

        /** Russian name for people. */
        public String title() {
            return title;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int year;
    @Enumerated(EnumType.STRING)
    private Action action;
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private DayKind oldKind;
    @Enumerated(EnumType.STRING)
    private DayKind newKind;
    private String note;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected CalendarChange() {
    }

    CalendarChange(int year, Action action, LocalDate date, DayKind oldKind, DayKind newKind, String note,
                   String reason, String changedBy, Instant changedAt) {
        this.year = year;
        this.action = action;
        this.date = date;
        this.oldKind = oldKind;
        this.newKind = newKind;
        this.note = note;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public int getYear() {
        return year;
    }

    public Action getAction() {
        return action;
    }

    /** The changed day; null for a confirmation. */
    public LocalDate getDate() {
        return date;
    }

    public DayKind getOldKind() {
        return oldKind;
    }

    public DayKind getNewKind() {
        return newKind;
    }

    public String getNote() {
        return note;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
