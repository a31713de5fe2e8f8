package ru.mcu.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** The working period of one day, local time: from {@code start} (inclusive) to {@code end}. */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "–" + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
