package ru.mcu.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default daily schedule (domain brief §3, a *default*): 09:00–18:00 on a working day, one
 * hour less on a shortened day. Set with {@code mcu.calendar.day-start}, {@code mcu.calendar.day-end}
 * and {@code mcu.calendar.shortening}.
 *
 * @param dayStart   when a working day begins, local time
 * @param dayEnd     when a full working day ends, local time
 * @param shortening how much earlier a shortened (pre-holiday) day ends
 */
@ConfigurationProperties("mcu.calendar")
public record WorkingSchedule(LocalTime dayStart, LocalTime dayEnd, Duration shortening) {

    public WorkingSchedule {
        dayStart = dayStart == null ? LocalTime.of(9, 0) : dayStart;
        dayEnd = dayEnd == null ? LocalTime.of(18, 0) : dayEnd;
        shortening = shortening == null ? Duration.ofHours(1) : shortening;
        if (shortening.isNegative() || !dayStart.plus(shortening).isBefore(dayEnd)) {
            throw new IllegalArgumentException("A shortened day must still have working time: "
                    + dayStart + "–" + dayEnd + " minus " + shortening);
        }
    }

    /** 09:00–18:00, shortened days until 17:00. */
    public static WorkingSchedule standard() {
        return new WorkingSchedule(null, null, null);
    }

    /** The working period of a day of the given kind; empty for a non-working day. */
    public Optional<WorkingHours> hoursOf(DayKind kind) {
        return switch (kind) {
            case WORKING -> Optional.of(new WorkingHours(dayStart, dayEnd));
            case SHORTENED -> Optional.of(new WorkingHours(dayStart, dayEnd.minus(shortening)));
            case NON_WORKING -> Optional.empty();
        };
    }
}
