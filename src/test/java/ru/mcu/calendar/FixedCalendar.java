package ru.mcu.calendar;

import java.util.HashMap;
import java.util.Map;

/** An in-memory calendar for pure tests: the given years, any other year by the rules. */
public final class FixedCalendar extends YearBasedCalendar {

    private final Map<Integer, YearDays> years = new HashMap<>();

    public FixedCalendar(WorkingSchedule schedule, YearDays... years) {
        super(schedule);
        for (YearDays year : years) {
            this.years.put(year.year(), year);
        }
    }

    @Override
    public YearDays year(int year) {
        return years.computeIfAbsent(year, YearDays::byRules);
    }
}
