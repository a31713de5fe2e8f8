package ru.mcu.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import ru.mcu.calendar.WorkingCalendar;
import ru.mcu.calendar.WorkingHours;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.platform.text.RussianPlural;
import ru.mcu.platform.time.LocalZone;

/**
 * How a reminder or an escalation names a term: «завтра, 19.11.2026» only when the term really
 * is the next calendar day, else the weekday and the date («в понедельник, 23.11.2026»), and the
 * overdue in working days or working hours by the production calendar, never «0 ч 0 мин».
 */
final class TermWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** «в понедельник», «во вторник»…, Monday first. */
    private static final String[] ON_WEEKDAY = {"в понедельник", "во вторник", "в среду", "в четверг", "в пятницу",
            "в субботу", "в воскресенье"};

    private final WorkingCalendar calendar;
    private final TermArithmetic arithmetic;

    TermWords(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.arithmetic = new TermArithmetic(calendar);
    }

    /** «сегодня, 18.11.2026», «завтра, 19.11.2026», «в понедельник, 23.11.2026». */
    static String when(Instant term, Instant now) {
        LocalDate day = LocalDate.ofInstant(term, LocalZone.ZONE);
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        String date = DATE.format(day);
        if (day.equals(today)) {
            return "сегодня, " + date;
        }
        if (day.equals(today.plusDays(1))) {
            return "завтра, " + date;
        }
        return ON_WEEKDAY[day.getDayOfWeek().getValue() - 1] + ", " + date;
    }

    /** The local time of the term: «18:00», «23:59». */
    static String time(Instant term) {
        return TIME.format(LocalDateTime.ofInstant(term, LocalZone.ZONE));
    }

    /**
     * «просрочено на 3 рабочих дня» (working days whose working time ended after the term),
     * «просрочено на 5 рабочих часов» within the first of them, or null when less than a working
     * hour has passed: the letter then only says that the term has expired.
     */
    String overdue(Instant term, Instant now) {
        if (term == null || !now.isAfter(term)) {
            return null;
        }
        LocalDate termDay = LocalDate.ofInstant(term, LocalZone.ZONE);
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        long days = 0;
        for (LocalDate d = termDay.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            Optional<WorkingHours> hours = calendar.workingHours(d);
            if (hours.isPresent() && (d.isBefore(today) || !now.isBefore(at(d, hours.get())))) {
                days++;
            }
        }
        if (days > 0) {
            return "просрочено на " + RussianPlural.workingDays(days);
        }
        long hours = arithmetic.workingTimeBetween(term, now).toHours();
        return hours > 0 ? "просрочено на " + RussianPlural.workingHours(hours) : null;
    }

    private static Instant at(LocalDate day, WorkingHours hours) {
        return day.atTime(hours.end()).atZone(LocalZone.ZONE).toInstant();
    }
}
