package ru.mcu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year of the production calendar: its status and source and the days that differ from
 * the plain weekday rule. Immutable.
 *
 * @param year       the calendar year
 * @param status     confirmed by an administrator, or provisional
 * @param source     where the days come from (the decree, the rules, an import)
 * @param updatedAt  last change, or null for a year computed by the rules
 * @param updatedBy  who changed it last, or null
 * @param exceptions the days that differ from {@link CalendarRules#plainKind}, by date
 */
public record YearDays(int year, CalendarStatus status, String source, Instant updatedAt, String updatedBy,
                       Map<LocalDate, CalendarDay> exceptions) {

    public YearDays {
        TreeMap<LocalDate, CalendarDay> copy = new TreeMap<>(exceptions);
        copy.keySet().stream().filter(d -> d.getYear() != year).findAny().ifPresent(d -> {
            throw new IllegalArgumentException(d + " is not in " + year);
        });
        exceptions = Collections.unmodifiableSortedMap(copy);
    }

    /** A year from a list of days; days that do not differ from the weekday rule are dropped. */
    public static YearDays of(int year, CalendarStatus status, String source, Instant updatedAt, String updatedBy,
                              Collection<CalendarDay> days) {
        Map<LocalDate, CalendarDay> map = new TreeMap<>();
        days.stream().filter(CalendarDay::isException).forEach(d -> map.put(d.date(), d));
        return new YearDays(year, status, source, updatedAt, updatedBy, map);
    }

    /** The year as the rules compute it: provisional. */
    public static YearDays byRules(int year) {
        return of(year, CalendarStatus.PROVISIONAL, CalendarRules.SOURCE, null, null, CalendarRules.exceptions(year));
    }

    public boolean isProvisional() {
        return status == CalendarStatus.PROVISIONAL;
    }

    public DayKind kindOf(LocalDate date) {
        return day(date).kind();
    }

    /** The day with its kind and note; a plain day has no note. */
    public CalendarDay day(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in " + year);
        }
        CalendarDay day = exceptions.get(date);
        return day != null ? day : new CalendarDay(date, CalendarRules.plainKind(date), null);
    }

    /** Every day of the year in order. */
    public List<CalendarDay> days() {
        List<CalendarDay> all = new ArrayList<>(366);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            all.add(day(d));
        }
        return all;
    }

    /** Working days including shortened ones. */
    public long workingDayCount() {
        return days().stream().filter(d -> d.kind().isWorking()).count();
    }

    /** Shortened (pre-holiday) days. */
    public long shortenedDayCount() {
        return exceptions.values().stream().filter(d -> d.kind() == DayKind.SHORTENED).count();
    }
}
