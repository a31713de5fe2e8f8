package ru.mcu.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day that differs from the weekday rule, kept in the database. */
@Entity
@Table(name = "calendar_day")
class StoredDay {

    @Id
    private LocalDate date;
    private int year;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String note;

    protected StoredDay() {
    }

    StoredDay(CalendarDay day) {
        this.date = day.date();
        this.year = day.date().getYear();
        this.kind = day.kind();
        this.note = day.note();
    }

    void update(CalendarDay day) {
        this.kind = day.kind();
        this.note = day.note();
    }

    CalendarDay toDay() {
        return new CalendarDay(date, kind, note);
    }
}
