package ru.mcu.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * An administrator's changes to the calendar: one day, a whole year from a file, the
 * confirmation of a year. A year computed by the rules is first stored as it was computed, so
 * that an edit changes only what the administrator changed. Every change is written to the
 * history; each call is one transaction, all or nothing.
 */
@Service
@Transactional
class CalendarAdministration {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_NOTE = 300;
    static final int MAX_REASON = 500;

    private final StoredYears years;
    private final StoredDays days;
    private final CalendarChanges changes;
    private final ProductionCalendar calendar;
    private final Clock clock;

    CalendarAdministration(StoredYears years, StoredDays days, CalendarChanges changes, ProductionCalendar calendar,
                           Clock clock) {
        this.years = years;
        this.days = days;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Sets the kind and note of one day; setting a day back to the weekday rule removes its row. */
    public CalendarDay setDay(int year, LocalDate date, DayKind kind, String note, String reason, String actor) {
        List<FieldError> errors = new ArrayList<>();
        checkYear(year, errors);
        if (date != null && date.getYear() != year) {
            errors.add(new FieldError("date", "Дата " + date + " не относится к " + year + " году"));
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "Укажите вид дня: WORKING, SHORTENED или NON_WORKING"));
        }
        checkLength("note", note, MAX_NOTE, errors);
        checkLength("reason", reason, MAX_REASON, errors);
        throwIfAny(errors);
        Objects.requireNonNull(date, "date");

        StoredYear stored = storedYear(year, actor);
        CalendarDay wanted = plainIfNotException(new CalendarDay(date, kind, note));
        CalendarDay current = days.findById(date).map(StoredDay::toDay)
                .orElseGet(() -> plain(date));
        if (current.equals(wanted)) {
            return current;
        }
        Instant now = clock.instant();
        write(current, wanted);
        changes.save(new CalendarChange(year, CalendarChange.Action.DAY, date, current.kind(), wanted.kind(), wanted.note(),
                blankToNull(reason) != null ? reason.strip() : wanted.note(), actor, now));
        stored.touch(now, actor);
        calendar.evictOnCommit(year);
        return wanted;
    }

    /** Marks the year confirmed. */
    public void confirm(int year, String actor) {
        List<FieldError> errors = new ArrayList<>();
        checkYear(year, errors);
        throwIfAny(errors);
        StoredYear stored = storedYear(year, actor);
        Instant now = clock.instant();
        stored.confirm(now, actor);
        changes.save(new CalendarChange(year, CalendarChange.Action.CONFIRM, null, null, null, null,
                "Год подтверждён: " + stored.source(), actor, now));
        calendar.evictOnCommit(year);
    }

    /**
     * Replaces the year's days with the given ones: listed days as listed, every other day by the
     * weekday rule. The status stays as it was; confirming is a separate step.
     */
    public ImportResult importYear(int year, List<CalendarDay> imported, String source, String actor) {
        List<FieldError> errors = new ArrayList<>();
        checkYear(year, errors);
        checkLength("source", source, MAX_REASON, errors);
        throwIfAny(errors);

        StoredYear stored = storedYear(year, actor);
        Map<LocalDate, StoredDay> current = days.findByYear(year).stream()
                .collect(Collectors.toMap(d -> d.toDay().date(), Function.identity(), (a, b) -> a, TreeMap::new));
        Map<LocalDate, CalendarDay> wanted = imported.stream().filter(CalendarDay::isException)
                .collect(Collectors.toMap(CalendarDay::date, Function.identity(), (a, b) -> b, TreeMap::new));
        String reason = blankToNull(source) == null ? "Загрузка из файла" : "Загрузка: " + source.strip();
        Instant now = clock.instant();
        int changed = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            StoredDay row = current.get(date);
            CalendarDay before = row != null ? row.toDay() : plain(date);
            CalendarDay after = wanted.getOrDefault(date, plain(date));
            if (before.equals(after)) {
                continue;
            }
            write(before, after);
            changes.save(new CalendarChange(year, CalendarChange.Action.IMPORT, date, before.kind(), after.kind(), after.note(),
                    reason, actor, now));
            changed++;
        }
        if (blankToNull(source) != null) {
            stored.source(source.strip());
        }
        stored.touch(now, actor);
        calendar.evictOnCommit(year);
        return new ImportResult(year, changed, wanted.size());
    }

    /** The year's history, newest first. */
    @Transactional(readOnly = true)
    public List<CalendarChange> history(int year) {
        return changes.history(year);
    }

    /**
     * What an import did.
     *
     * @param year       the year
     * @param changed    days whose kind or note changed
     * @param exceptions days that now differ from the weekday rule
     */
    record ImportResult(int year, int changed, int exceptions) {
    }

    static void checkYear(int year, List<FieldError> errors) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError("year", "Год должен быть от " + FIRST_YEAR + " до " + LAST_YEAR));
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void write(CalendarDay before, CalendarDay after) {
        LocalDate date = after.date();
        if (!after.isException()) {
            days.findById(date).ifPresent(days::delete);
        } else if (before.isException()) {
            days.findById(date).ifPresent(row -> row.update(after));
        } else {
            days.save(new StoredDay(after));
        }
    }

    /** The stored year, locked; a year computed by the rules is stored as computed first. */
    private StoredYear storedYear(int year, String actor) {
        if (years.insertProvisional(year, CalendarRules.SOURCE, actor) == 1) {
            CalendarRules.exceptions(year).forEach(day -> days.save(new StoredDay(day)));
        }
        return years.lock(year).orElseThrow();
    }

    private static CalendarDay plain(LocalDate date) {
        return new CalendarDay(date, CalendarRules.plainKind(date), null);
    }

    /** A day that follows the weekday rule is not stored, so it keeps no note. */
    private static CalendarDay plainIfNotException(CalendarDay day) {
        return day.isException() ? day : plain(day.date());
    }

    private static void checkLength(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "Не длиннее " + max + " символов"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
