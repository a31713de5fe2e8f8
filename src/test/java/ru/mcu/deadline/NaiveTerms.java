package ru.mcu.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import ru.mcu.calendar.Decrees;
import ru.mcu.platform.time.LocalZone;

/**
 * The conventions of the domain brief §3 counted the slow, obvious way (day by day, minute by
 * minute) over the decrees' lists of days, without the application's calendar classes: the
 * oracle the calendar sweep holds {@link TermArithmetic} and the running application to.
 * 2025 and 2026 come from the decrees; 2027 is written out by the Labour Code's rules.
 */
final class NaiveTerms {

    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime CLOSE = LocalTime.of(18, 0);
    private static final LocalTime SHORT_CLOSE = LocalTime.of(17, 0);

    private final Set<LocalDate> nonWorking = new HashSet<>();
    private final Set<LocalDate> shortened = new HashSet<>();

    NaiveTerms() {
        nonWorking.addAll(Decrees.dates(2025, Decrees.NON_WORKING_2025));
        shortened.addAll(Decrees.dates(2025, Decrees.SHORTENED_2025));
        nonWorking.addAll(Decrees.dates(2026, Decrees.NON_WORKING_2026));
        shortened.addAll(Decrees.dates(2026, Decrees.SHORTENED_2026));
        // 2027 by ТК РФ ст. 112 and 95: 1–8 January, 23 February, 8 March, 4 November on weekdays;
        // 1 May (Sat), 9 May (Sun) and 12 June (Sat) moved to the next working day
        nonWorking.addAll(Decrees.dates(2027, "01-01..01-08 02-23 03-08 05-03 05-10 06-14 11-04"));
        shortened.addAll(Decrees.dates(2027, "02-22 04-30 06-11 11-03 12-31"));
    }

    boolean isWorking(LocalDate day) {
        if (nonWorking.contains(day)) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || shortened.contains(day);
    }

    LocalTime closeOf(LocalDate workingDay) {
        return shortened.contains(workingDay) ? SHORT_CLOSE : CLOSE;
    }

    /** N calendar days: 23:59:59 of the local day + N, or of the first working day from it. */
    Instant calendarDays(Instant start, long days) {
        LocalDate day = local(start).toLocalDate().plusDays(days);
        while (!isWorking(day)) {
            day = day.plusDays(1);
        }
        return at(day, LocalTime.of(23, 59, 59));
    }

    /** N working days: the day of the start does not count; the close of the Nth working day after it. */
    Instant workingDays(Instant start, long days) {
        LocalDate day = local(start).toLocalDate();
        for (long counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorking(day)) {
                counted++;
            }
        }
        return at(day, closeOf(day));
    }

    /** H working hours, minute by minute inside the working periods. */
    Instant workingHours(Instant start, Duration amount) {
        long needed = amount.toMinutes();
        Instant minute = start;
        for (long counted = 0; ; minute = minute.plusSeconds(60)) {
            if (counted == needed) {
                return minute;
            }
            if (isWorkingMinute(minute)) {
                counted++;
            }
        }
    }

    /** Working time inside [from, to), minute by minute. */
    Duration workingTimeBetween(Instant from, Instant to) {
        long minutes = 0;
        for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
            if (isWorkingMinute(m)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    /** 09:00 of the last working day before the local day of {@code due}. */
    Instant reminderBefore(Instant due) {
        LocalDate day = local(due).toLocalDate().minusDays(1);
        while (!isWorking(day)) {
            day = day.minusDays(1);
        }
        return at(day, OPEN);
    }

    /** Working days d with {@code after} < d <= {@code upTo}. */
    long workingDaysAfterUpTo(LocalDate after, LocalDate upTo) {
        long count = 0;
        for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
            if (isWorking(d)) {
                count++;
            }
        }
        return count;
    }

    private boolean isWorkingMinute(Instant minute) {
        ZonedDateTime local = local(minute);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        return isWorking(day) && !time.isBefore(OPEN) && time.isBefore(closeOf(day));
    }

    static ZonedDateTime local(Instant instant) {
        return instant.atZone(LocalZone.ZONE);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(LocalZone.ZONE).toInstant();
    }
}
