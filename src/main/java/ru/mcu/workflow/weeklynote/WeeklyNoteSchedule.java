package ru.mcu.workflow.weeklynote;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.platform.time.LocalZone;

/**
 * The cycle of {@code Timer_EveryMonday}: {@code R/2024-01-01T09:00:00+11:00/PT168H}. A cron
 * expression in a Camunda timer is read in the server JVM's zone; this ISO 8601 repeating
 * interval instead starts at an instant with an explicit offset and repeats every 168 hours,
 * so the timer fires at 09:00 Asia/Sakhalin whatever zone the server runs in (Sakhalin has no
 * daylight saving time, so 168 hours are always one local week). Day and time come from
 * {@code mcu.analytics.weekly-note-day} and {@code -time}.
 */
@Component("weeklyNoteSchedule")
public class WeeklyNoteSchedule {

    /** A Monday long past, from which the cycle counts its weeks. */
    static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);

    private final AnalyticsProperties properties;

    WeeklyNoteSchedule(AnalyticsProperties properties) {
        this.properties = properties;
    }

    /** The timeCycle expression of the timer start event. */
    public String cycle() {
        LocalDate first = ANCHOR.with(TemporalAdjusters.nextOrSame(properties.weeklyNoteDay()));
        OffsetDateTime start = first.atTime(properties.weeklyNoteTime()).atZone(LocalZone.ZONE).toOffsetDateTime();
        return "R/" + start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/PT168H";
    }
}
