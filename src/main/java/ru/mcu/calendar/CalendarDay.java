package ru.mcu.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One date of the calendar with its kind and an optional note for people ("День Победы"). */
public record CalendarDay(LocalDate date, DayKind kind, String note) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** True when the day differs from the plain weekday rule (Monday to Friday working). */
    public boolean isException() {
        return kind != CalendarRules.plainKind(date);
    }
}
