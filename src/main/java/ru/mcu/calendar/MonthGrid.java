package ru.mcu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One month of a year as the calendar page draws it: weeks from Monday to Sunday, empty cells
 * (null) before the first and after the last day.
 *
 * @param name  the month in Russian ("Январь")
 * @param weeks rows of seven cells
 */
record MonthGrid(String name, List<List<CalendarDay>> weeks) {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The twelve months of the year. */
    static List<MonthGrid> of(YearDays year) {
        List<MonthGrid> months = new ArrayList<>(12);
        for (Month month : Month.values()) {
            months.add(of(year, month));
        }
        return months;
    }

    private static MonthGrid of(YearDays year, Month month) {
        List<List<CalendarDay>> weeks = new ArrayList<>();
        List<CalendarDay> week = new ArrayList<>();
        LocalDate first = LocalDate.of(year.year(), month, 1);
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            week.add(null);
        }
        for (LocalDate d = first; d.getMonth() == month; d = d.plusDays(1)) {
            week.add(year.day(d));
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN);
        return new MonthGrid(Character.toUpperCase(name.charAt(0)) + name.substring(1), weeks);
    }
}
