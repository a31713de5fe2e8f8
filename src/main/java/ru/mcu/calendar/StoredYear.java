package ru.mcu.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year of the calendar kept in the database: its status and source. */
@Entity
@Table(name = "calendar_year")
class StoredYear {

    @Id
    private Integer year;
    @Enumerated(EnumType.STRING)
    private CalendarStatus status;
    private String source;
    private Instant updatedAt;
    private String updatedBy;

    protected StoredYear() {
    }

    int year() {
        return year;
    }

    CalendarStatus status() {
        return status;
    }

    String source() {
        return source;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    void touch(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void confirm(Instant at, String by) {
        this.status = CalendarStatus.CONFIRMED;
        touch(at, by);
    }

    void source(String source) {
        this.source = source;
    }
}
