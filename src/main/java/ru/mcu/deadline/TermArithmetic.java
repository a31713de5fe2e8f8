package ru.mcu.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.mcu.calendar.WorkingCalendar;
import ru.mcu.calendar.WorkingHours;
import ru.mcu.platform.time.LocalZone;

/**
 * The one place where terms are counted, over a {@link WorkingCalendar}, by the conventions of
 * the domain brief §3. All instants are UTC; every local reasoning is in Asia/Sakhalin.
 *
 * <ul>
 *   <li><b>N calendar days</b> from T end at 23:59:59 local on (local date of T) + N; when that
 *       day is not a working day, at 23:59:59 of the next working day (ГК РФ ст. 193).</li>
 *   <li><b>N working days</b> from T: the day of T does not count, whatever the hour; the term
 *       ends at the end of the Nth working day after it (18:00, 17:00 on a shortened day).</li>
 *   <li><b>H working hours</b> from T are counted only inside the working periods of working
 *       days (09:00–18:00, shortened days to 17:00); T outside them starts the count at the
 *       next working period. A term that uses up a period exactly ends at its close (18:00),
 *       not at the next opening.</li>
 *   <li><b>Suspension</b> stops the clock. The term is extended by the suspended amount measured
 *       in its own unit: calendar days as the number of local midnights between the day the
 *       suspension starts and the day it ends; working days as the working days after the day it
 *       starts up to and including the day it ends (the day of resumption does not count, like
 *       the day of T); working hours as the working time inside [from, to). Suspensions are
 *       taken in order and only while the term still runs: one that starts at or after the
 *       (extended) due moment changes nothing. While a suspension that started before the due
 *       moment is still open, the term has no due moment at all.</li>
 * </ul>
 */
public final class TermArithmetic {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** No calendar has a year without working days; beyond this the calendar data is broken. */
    private static final int SEARCH_LIMIT_DAYS = 3 * 366;

    private final WorkingCalendar calendar;
    private final ZoneId zone = LocalZone.ZONE;

    public TermArithmetic(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** When a term that starts at {@code start} ends. */
    public Instant due(Instant start, TermSpec term) {
        return extended(start, term, 0, Duration.ZERO);
    }

    /**
     * When a term that starts at {@code start} ends, extended by the given suspensions (see the
     * class comment); empty while an open suspension holds the clock.
     */
    public Optional<Instant> due(Instant start, TermSpec term, List<SuspensionPeriod> suspensions) {
        List<AppliedSuspension> applied = applied(start, term, suspensions);
        if (applied.isEmpty()) {
            return Optional.of(due(start, term));
        }
        return Optional.ofNullable(applied.get(applied.size() - 1).dueAfter());
    }

    /**
     * One suspension as the count took it: the period inside the term (clipped to its start,
     * overlapping ones merged), what it added in the term's unit (days for day terms, working
     * time for hour terms) and the due moment after it, null while it is still open.
     */
    public record AppliedSuspension(SuspensionPeriod suspension, long days, Duration workingTime, Instant dueAfter) {
    }

    /**
     * The suspensions that moved the term, in order, each with what it added (see the class
     * comment): one that starts at or after the due moment reached so far is not among them; an
     * open one is the last, with no due moment.
     */
    public List<AppliedSuspension> applied(Instant start, TermSpec term, List<SuspensionPeriod> suspensions) {
        List<AppliedSuspension> applied = new ArrayList<>();
        long extraDays = 0;
        Duration extraTime = Duration.ZERO;
        Instant due = due(start, term);
        for (SuspensionPeriod s : normalised(start, suspensions)) {
            if (!s.from().isBefore(due)) {
                break;
            }
            if (s.isOpen()) {
                applied.add(new AppliedSuspension(s, 0, Duration.ZERO, null));
                break;
            }
            long days = 0;
            Duration time = Duration.ZERO;
            switch (term.unit()) {
                case CALENDAR_DAYS -> days = ChronoUnit.DAYS.between(localDate(s.from()), localDate(s.to()));
                case WORKING_DAYS -> days = workingDaysAfterUpTo(localDate(s.from()), localDate(s.to()));
                case WORKING_HOURS -> time = workingTimeBetween(s.from(), s.to());
            }
            extraDays += days;
            extraTime = extraTime.plus(time);
            due = extended(start, term, extraDays, extraTime);
            applied.add(new AppliedSuspension(s, days, time, due));
        }
        return applied;
    }

    /** N calendar days from {@code start}: 23:59:59 local of that day, or of the next working day. */
    public Instant afterCalendarDays(Instant start, int days) {
        LocalDate day = localDate(start).plusDays(days);
        int guard = 0;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
            checkGuard(++guard, start);
        }
        return day.atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    /**
     * N working days after {@code start}: the end of the Nth working day after the local day of
     * {@code start}. Also the helper for "N working days after the term" (second-level escalation).
     */
    public Instant afterWorkingDays(Instant start, int days) {
        LocalDate day = localDate(start);
        for (int counted = 0; counted < days; counted++) {
            day = nextWorkingDayAfter(day);
        }
        return day.atTime(hoursOf(day).end()).atZone(zone).toInstant();
    }

    /**
     * The given working time from {@code start}, counted inside the working periods only. A zero
     * amount gives the next moment inside a working period (or {@code start} if it is inside one).
     */
    public Instant afterWorkingTime(Instant start, Duration amount) {
        Duration left = amount;
        LocalDate day = localDate(start);
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
            Optional<WorkingHours> hours = calendar.workingHours(day);
            if (hours.isEmpty()) {
                continue;
            }
            Instant open = at(day, hours.get().start());
            Instant close = at(day, hours.get().end());
            Instant from = start.isAfter(open) ? start : open;
            if (!from.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(from, close);
            if (left.compareTo(available) <= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
        }
        throw noWorkingDays(start);
    }

    /**
     * 09:00 local (the start of the working day) of the last working day strictly before the
     * local day of {@code due}: the follow-up date and the reminder "one working day before".
     */
    public Instant reminderBefore(Instant due) {
        LocalDate day = localDate(due).minusDays(1);
        int guard = 0;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
            checkGuard(++guard, due);
        }
        return at(day, hoursOf(day).start());
    }

    /**
     * The moment {@code term} before {@code due}, counted backwards by the same conventions: N
     * working days before is the end of the Nth working day before the local day of {@code due};
     * N calendar days before is the end of the last working day on or before that day minus N;
     * H working hours before are counted back inside the working periods.
     */
    public Instant before(Instant due, TermSpec term) {
        return switch (term.unit()) {
            case WORKING_DAYS -> {
                LocalDate day = localDate(due);
                for (int counted = 0; counted < term.amount(); counted++) {
                    day = previousWorkingDayBefore(day);
                }
                yield at(day, hoursOf(day).end());
            }
            case CALENDAR_DAYS -> {
                LocalDate day = localDate(due).minusDays(term.amount());
                if (!calendar.isWorkingDay(day)) {
                    day = previousWorkingDayBefore(day);
                }
                yield at(day, hoursOf(day).end());
            }
            case WORKING_HOURS -> {
                Duration left = Duration.ofHours(term.amount());
                LocalDate day = localDate(due);
                for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.minusDays(1)) {
                    Optional<WorkingHours> hours = calendar.workingHours(day);
                    if (hours.isEmpty()) {
                        continue;
                    }
                    Instant open = at(day, hours.get().start());
                    Instant until = min(due, at(day, hours.get().end()));
                    if (!until.isAfter(open)) {
                        continue;
                    }
                    Duration available = Duration.between(open, until);
                    if (left.compareTo(available) <= 0) {
                        yield until.minus(left);
                    }
                    left = left.minus(available);
                }
                throw noWorkingDays(due);
            }
        };
    }

    /** The end of the working period of {@code day}; empty when it is not a working day. */
    public Optional<Instant> endOfWorkingDay(LocalDate day) {
        return calendar.workingHours(day).map(hours -> at(day, hours.end()));
    }

    /** Working time inside [from, to), by the working periods of the calendar. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<WorkingHours> hours = calendar.workingHours(day);
            if (hours.isEmpty()) {
                continue;
            }
            Instant begin = max(from, at(day, hours.get().start()));
            Instant end = min(to, at(day, hours.get().end()));
            if (begin.isBefore(end)) {
                total = total.plus(Duration.between(begin, end));
            }
        }
        return total;
    }

    /** True when a year between the local years of the two instants is not confirmed. */
    public boolean involvesProvisionalYear(Instant from, Instant to) {
        int first = localDate(min(from, to)).getYear();
        int last = localDate(max(from, to)).getYear();
        for (int year = first; year <= last; year++) {
            if (calendar.isProvisional(year)) {
                return true;
            }
        }
        return false;
    }

    private Instant extended(Instant start, TermSpec term, long extraDays, Duration extraTime) {
        return switch (term.unit()) {
            case CALENDAR_DAYS -> afterCalendarDays(start, Math.toIntExact(term.amount() + extraDays));
            case WORKING_DAYS -> afterWorkingDays(start, Math.toIntExact(term.amount() + extraDays));
            case WORKING_HOURS -> afterWorkingTime(start, Duration.ofHours(term.amount()).plus(extraTime));
        };
    }

    /** Working days d with {@code after} &lt; d &le; {@code upTo}. */
    private long workingDaysAfterUpTo(LocalDate after, LocalDate upTo) {
        long count = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** In order of start, clipped to the term's start, overlaps merged, those before the start dropped. */
    private static List<SuspensionPeriod> normalised(Instant start, List<SuspensionPeriod> suspensions) {
        List<SuspensionPeriod> sorted = suspensions.stream()
                .filter(s -> s.isOpen() || s.to().isAfter(start))
                .map(s -> s.from().isBefore(start) ? new SuspensionPeriod(start, s.to()) : s)
                .sorted(Comparator.comparing(SuspensionPeriod::from))
                .toList();
        List<SuspensionPeriod> merged = new ArrayList<>();
        for (SuspensionPeriod s : sorted) {
            SuspensionPeriod last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.isOpen() || !s.from().isAfter(last.to()))) {
                Instant to = last.isOpen() || s.isOpen() ? null : max(last.to(), s.to());
                merged.set(merged.size() - 1, new SuspensionPeriod(last.from(), to));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        int guard = 0;
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
            checkGuard(++guard, next);
        }
        return next;
    }

    private LocalDate previousWorkingDayBefore(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        int guard = 0;
        while (!calendar.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
            checkGuard(++guard, previous);
        }
        return previous;
    }

    private WorkingHours hoursOf(LocalDate workingDay) {
        return calendar.workingHours(workingDay)
                .orElseThrow(() -> new IllegalStateException("The calendar gives no working hours for working day " + workingDay));
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static void checkGuard(int steps, Object near) {
        if (steps > SEARCH_LIMIT_DAYS) {
            throw noWorkingDays(near);
        }
    }

    private static IllegalStateException noWorkingDays(Object near) {
        return new IllegalStateException("No working day within " + SEARCH_LIMIT_DAYS + " days of " + near);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
