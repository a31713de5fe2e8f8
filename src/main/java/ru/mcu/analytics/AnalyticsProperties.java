package ru.mcu.analytics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the analytics, all with defaults (domain brief: editable, never constants).
 *
 * @param minSample                  answered cases a department needs in the period to be ranked
 * @param headOfAdministrationEmail  who receives the weekly note
 * @param publicUrl                  base address for links in e-mails; defaults to {@code mcu.escalation.public-url}
 * @param weeklyNoteDay              the day of the week the note is built (local time)
 * @param weeklyNoteTime             the local time (Asia/Sakhalin) the note is built
 * @param growthMinCount             a topic or place must have at least this many cases in the week to be a growth factor
 * @param growthMinZ                 and grow beyond noise: z = (n − p) / √(n + p) at least this
 * @param repeatRadiusMeters         complaints within this distance (same rubric) are from the same place
 * @param repeatLookbackDays         how far back an earlier complaint makes a new one a repeat
 * @param roadmapCheckInterval       how often overdue roadmap measures are looked for
 */
@ConfigurationProperties("mcu.analytics")
public record AnalyticsProperties(Integer minSample, String headOfAdministrationEmail, String publicUrl,
                                  DayOfWeek weeklyNoteDay, LocalTime weeklyNoteTime,
                                  Integer growthMinCount, Double growthMinZ,
                                  Integer repeatRadiusMeters, Integer repeatLookbackDays,
                                  Duration roadmapCheckInterval) {

    public AnalyticsProperties {
        minSample = minSample == null ? 10 : minSample;
        headOfAdministrationEmail = headOfAdministrationEmail == null ? "head-of-administration@mcu.example" : headOfAdministrationEmail;
        weeklyNoteDay = weeklyNoteDay == null ? DayOfWeek.MONDAY : weeklyNoteDay;
        weeklyNoteTime = weeklyNoteTime == null ? LocalTime.of(9, 0) : weeklyNoteTime;
        growthMinCount = growthMinCount == null ? 5 : growthMinCount;
        growthMinZ = growthMinZ == null ? 2.0 : growthMinZ;
        repeatRadiusMeters = repeatRadiusMeters == null ? 150 : repeatRadiusMeters;
        repeatLookbackDays = repeatLookbackDays == null ? 90 : repeatLookbackDays;
        roadmapCheckInterval = roadmapCheckInterval == null ? Duration.ofMinutes(15) : roadmapCheckInterval;
    }
}
