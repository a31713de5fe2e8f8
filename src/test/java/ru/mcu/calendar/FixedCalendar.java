package ru.mcu.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link WorkingCalendar} for pure tests: the given years, any other year by the rules. */
public final class FixedCalendar implements WorkingCalendar {

    private final WorkingSchedule schedule;
    private final Map<Integer, YearDays> years = new HashMap<>();

    public FixedCalendar(WorkingSchedule schedule, YearDays... years) {
        this.schedule = schedule;
        for (YearDays year : years) {
            this.years.put(year.year(), year);
        }
    }

    private YearDays year(int year) {
        return years.computeIfAbsent(year, YearDays::byRules);
    }

    @Override
    public DayKind kindOf(LocalDate date) {
        return year(date.getYear()).kindOf(date);
    }

    @Override
    public Optional<WorkingHours> workingHours(LocalDate date) {
        return schedule.hoursOf(kindOf(date));
    }

    @Override
    public boolean isProvisional(int year) {
        return year(year).isProvisional();
    }
}
