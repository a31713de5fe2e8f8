package ru.mcu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year computed from the Labour Code alone, for years without a decree (domain brief §4):
 * Saturday and Sunday off; the fixed holidays of ст. 112 ТК РФ; a holiday on a weekend moves
 * the day off to the next working day, except the 1–8 January holidays (their moves are
 * chosen by the Government's decree, which this year does not have yet); the working day
 * right before a holiday is one hour shorter (ст. 95 ТК РФ).
 */
public final class CalendarRules {

    /** The source recorded for a year computed by these rules. */
    public static final String SOURCE = "По правилам ТК РФ (ст. 95, 112): постановления о переносе выходных нет";

    private static final Map<MonthDay, String> HOLIDAYS = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 2), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 3), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 4), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 5), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 6), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 7), "Рождество Христово"),
            Map.entry(MonthDay.of(1, 8), "Новогодние каникулы"),
            Map.entry(MonthDay.of(2, 23), "День защитника Отечества"),
            Map.entry(MonthDay.of(3, 8), "Международный женский день"),
            Map.entry(MonthDay.of(5, 1), "Праздник Весны и Труда"),
            Map.entry(MonthDay.of(5, 9), "День Победы"),
            Map.entry(MonthDay.of(6, 12), "День России"),
            Map.entry(MonthDay.of(11, 4), "День народного единства"));

    private CalendarRules() {
    }

    /** Monday to Friday working, Saturday and Sunday not: the rule every stored day differs from. */
    public static DayKind plainKind(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayKind.NON_WORKING : DayKind.WORKING;
    }

    /** True for the fixed non-working holidays of ст. 112 ТК РФ. */
    public static boolean isHoliday(LocalDate date) {
        return HOLIDAYS.containsKey(MonthDay.from(date));
    }

    /** The days of the year that differ from {@link #plainKind}, by the rules, in date order. */
    public static List<CalendarDay> exceptions(int year) {
        Set<LocalDate> off = new HashSet<>();
        List<CalendarDay> days = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
            if (isHoliday(d) || plainKind(d) == DayKind.NON_WORKING) {
                off.add(d);
            }
        }
        for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
            if (!isHoliday(d)) {
                continue;
            }
            String name = HOLIDAYS.get(MonthDay.from(d));
            if (plainKind(d) == DayKind.WORKING) {
                days.add(new CalendarDay(d, DayKind.NON_WORKING, name));
            } else if (d.getMonthValue() != 1) {
                LocalDate moved = d.plusDays(1);
                while (off.contains(moved)) {
                    moved = moved.plusDays(1);
                }
                off.add(moved);
                days.add(new CalendarDay(moved, DayKind.NON_WORKING,
                        "Выходной перенесён с " + d.getDayOfMonth() + " " + genitiveMonth(d) + " (" + name + ")"));
            }
        }
        for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
            if (!off.contains(d) && isHoliday(d.plusDays(1))) {
                days.add(new CalendarDay(d, DayKind.SHORTENED, "Предпраздничный день, на час короче"));
            }
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(days);
    }

    private static String genitiveMonth(LocalDate date) {
        return switch (date.getMonthValue()) {
            case 1 -> "января";
            case 2 -> "февраля";
            case 3 -> "марта";
            case 4 -> "апреля";
            case 5 -> "мая";
            case 6 -> "июня";
            case 7 -> "июля";
            case 8 -> "августа";
            case 9 -> "сентября";
            case 10 -> "октября";
            case 11 -> "ноября";
            default -> "декабря";
        };
    }
}
