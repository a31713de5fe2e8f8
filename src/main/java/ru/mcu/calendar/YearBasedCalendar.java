package ru.mcu.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** A {@link WorkingCalendar} that answers from whole years and a working schedule. */
public abstract class YearBasedCalendar implements WorkingCalendar {

    private final WorkingSchedule schedule;

    protected YearBasedCalendar(WorkingSchedule schedule) {
        this.schedule = schedule;
    }

    /** The year with its status, source and the days that differ from the weekday rule. */
    public abstract YearDays year(int year);

    /** The schedule working hours are taken from. */
    public WorkingSchedule schedule() {
        return schedule;
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
