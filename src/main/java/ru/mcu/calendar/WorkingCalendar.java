package ru.mcu.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The production calendar as the deadline arithmetic sees it. Dates are local dates in
 * Asia/Sakhalin ({@link ru.mcu.platform.time.LocalZone#ZONE}).
 */
public interface WorkingCalendar {

    /** Working, shortened or non-working. */
    DayKind kindOf(LocalDate date);

    /** True for working and shortened days. */
    default boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorking();
    }

    /** The working period of the day, local time; empty on a non-working day. */
    Optional<WorkingHours> workingHours(LocalDate date);

    /** True when the year has no confirmed calendar and its days come from the rules. */
    boolean isProvisional(int year);
}
