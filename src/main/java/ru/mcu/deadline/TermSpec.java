package ru.mcu.deadline;

import java.util.Objects;

/**
 * A term rule: so many units from a start, e.g. 30 calendar days.
 *
 * @param unit   calendar days, working days or working hours
 * @param amount how many, at least 1
 */
public record TermSpec(TermUnit unit, int amount) {

    /** The largest amount a policy may set. */
    public static final int MAX_AMOUNT = 1000;

    public TermSpec {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("A term is 1 to " + MAX_AMOUNT + " units, not " + amount);
        }
    }

    public static TermSpec calendarDays(int amount) {
        return new TermSpec(TermUnit.CALENDAR_DAYS, amount);
    }

    public static TermSpec workingDays(int amount) {
        return new TermSpec(TermUnit.WORKING_DAYS, amount);
    }

    public static TermSpec workingHours(int amount) {
        return new TermSpec(TermUnit.WORKING_HOURS, amount);
    }

    /** In Russian: "30 календарных дней". */
    public String describe() {
        return unit.describe(amount);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
