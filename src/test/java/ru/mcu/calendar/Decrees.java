package ru.mcu.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2025 and 2026 calendars written out from the decrees quoted in the domain brief §4,
 * independently of the seed migration, so that tests can hold the seed and the arithmetic to them.
 */
public final class Decrees {

    private Decrees() {
    }

    /** 2025, ПП РФ № 1335 of 04.10.2024: non-working days ({@code MM-dd} or ranges {@code MM-dd..MM-dd}). */
    public static final String NON_WORKING_2025 =
            "01-01..01-08 02-22..02-23 03-08..03-09 05-01..05-04 05-08..05-11 06-12..06-15 11-02..11-04 12-31";
    /** 2025: shortened days as published with the decree; Saturday 1 November is a working (shortened) day. */
    public static final String SHORTENED_2025 = "03-07 04-30 06-11 11-01";
    /** 2026, ПП РФ № 1466 of 24.09.2025: non-working days. */
    public static final String NON_WORKING_2026 =
            "01-01..01-11 02-21..02-23 03-07..03-09 05-01..05-03 05-09..05-11 06-12..06-14 11-04 12-31";
    /** 2026: shortened days. */
    public static final String SHORTENED_2026 = "04-30 05-08 06-11 11-03";

    /** ПП РФ № 1335 of 04.10.2024; shortened days as published with it (7 Mar, 30 Apr, 11 Jun, 1 Nov). */
    public static YearDays year2025() {
        return year(2025, "ПП РФ № 1335", NON_WORKING_2025, SHORTENED_2025);
    }

    /** ПП РФ № 1466 of 24.09.2025. */
    public static YearDays year2026() {
        return year(2026, "ПП РФ № 1466", NON_WORKING_2026, SHORTENED_2026);
    }

    /** A calendar of 2025 and 2026 by the decrees, other years by the rules, the standard schedule. */
    public static FixedCalendar calendar() {
        return new FixedCalendar(WorkingSchedule.standard(), year2025(), year2026());
    }

    /** Days as {@code MM-dd} or ranges {@code MM-dd..MM-dd}, separated by spaces. */
    private static YearDays year(int year, String source, String nonWorking, String shortened) {
        List<CalendarDay> days = new ArrayList<>();
        add(days, year, nonWorking, DayKind.NON_WORKING);
        add(days, year, shortened, DayKind.SHORTENED);
        return YearDays.of(year, CalendarStatus.CONFIRMED, source, null, null, days);
    }

    private static void add(List<CalendarDay> days, int year, String spec, DayKind kind) {
        for (LocalDate d : dates(year, spec)) {
            days.add(new CalendarDay(d, kind, null));
        }
    }

    /** The dates a spec such as {@link #NON_WORKING_2026} names in {@code year}. */
    public static List<LocalDate> dates(int year, String spec) {
        List<LocalDate> dates = new ArrayList<>();
        for (String range : spec.split(" ")) {
            String[] ends = range.split("\\.\\.");
            LocalDate from = LocalDate.parse(year + "-" + ends[0]);
            LocalDate to = LocalDate.parse(year + "-" + ends[ends.length - 1]);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        return dates;
    }
}
