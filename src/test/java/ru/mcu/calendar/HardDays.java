package ru.mcu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ru.mcu.platform.time.LocalZone;

/**
 * The days a calendar bug shows on: the New Year holidays on both sides of a confirmed and a
 * provisional year, the other holidays of 2026, a shortened pre-holiday day, the working day
 * after a transferred day off, a working Saturday, the last half hour of the year in
 * Yuzhno-Sakhalinsk while the UTC date is still 31 December (and its first half hour, while
 * UTC is still in the old year), and a day of 2027, whose calendar is provisional. Tests of
 * terms, timers, periods and notes run for each of them: {@code @MethodSource("ru.mcu.calendar.HardDays#all")}.
 */
public final class HardDays {

    /** A named moment, local to Yuzhno-Sakhalinsk. */
    public record HardDay(String name, LocalDateTime local) {

        public Instant instant() {
            return local.atZone(LocalZone.ZONE).toInstant();
        }

        public LocalDate date() {
            return local.toLocalDate();
        }

        @Override
        public String toString() {
            return name + " (" + local + " Sakhalin)";
        }
    }

    private static final LocalTime MORNING = LocalTime.of(10, 0);

    private HardDays() {
    }

    /** Every hard day, in chronological order. */
    public static Stream<HardDay> all() {
        List<HardDay> days = new ArrayList<>();
        days.add(day("the working Saturday 1 November 2025", LocalDate.of(2025, 11, 1), MORNING));
        days.add(day("the working day after the transferred day off 3 November 2025", LocalDate.of(2025, 11, 5), MORNING));
        newYear(days, 2025);
        range(days, "February holidays", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 24));
        range(days, "March holidays", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10));
        days.add(day("the shortened day 30 April, after its close", LocalDate.of(2026, 4, 30), LocalTime.of(17, 30)));
        range(days, "May holidays", LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 12));
        range(days, "June holidays", LocalDate.of(2026, 6, 11), LocalDate.of(2026, 6, 13));
        days.add(day("the shortened day 3 November, an hour before its close", LocalDate.of(2026, 11, 3), LocalTime.of(16, 0)));
        range(days, "November holidays", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 5));
        newYear(days, 2026);
        days.add(day("a day of the provisional year 2027", LocalDate.of(2027, 3, 9), MORNING));
        return days.stream();
    }

    /** 26–31 December of {@code year} and 1–12 January after, with the year's last and first half hours. */
    private static void newYear(List<HardDay> days, int year) {
        range(days, "New Year", LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 31));
        days.add(day("31 December at 23:30, the UTC date still the 31st", LocalDate.of(year, 12, 31), LocalTime.of(23, 30)));
        days.add(day("1 January at 00:30, the UTC date still 31 December", LocalDate.of(year + 1, 1, 1), LocalTime.of(0, 30)));
        range(days, "New Year", LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 1, 12));
    }

    private static void range(List<HardDay> days, String name, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(day(name, d, MORNING));
        }
    }

    private static HardDay day(String name, LocalDate date, LocalTime time) {
        return new HardDay(name, date.atTime(time));
    }
}
