package ru.mcu.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import ru.mcu.platform.time.LocalZone;

/**
 * A period of whole local days (Asia/Sakhalin), both ends inclusive: from 00:00 local on
 * {@code from} to 00:00 local of the day after {@code to}. A case belongs to a period by the
 * instant a figure looks at (receipt, answer, rating...), so a case received before the period
 * and answered within it counts as answered in this period.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs both ends");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
    }

    /** The week (Monday to Sunday) that contains {@code day}. */
    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    /** The last complete week before the instant, as the Monday note reports it. */
    public static Period weekBefore(Instant now) {
        return weekOf(LocalDate.ofInstant(now, LocalZone.ZONE).minusWeeks(1));
    }

    /**
     * The last complete month before {@code today}: what the analytics pages open on, so that
     * they show a whole month rather than the first days of this one.
     */
    public static Period monthBefore(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new Period(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    /** From the first of the month of {@code today} to {@code today}. */
    public static Period monthToDate(LocalDate today) {
        return new Period(today.withDayOfMonth(1), today);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(LocalZone.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(LocalZone.ZONE).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length just before this one. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** For people: «16 ноября 2026 — 22 ноября 2026». */
    public String title() {
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " — " + DAY.format(to);
    }

    /** For tables: «16.11.2026–22.11.2026». */
    public String shortTitle() {
        return SHORT.format(from) + "–" + SHORT.format(to);
    }
}
