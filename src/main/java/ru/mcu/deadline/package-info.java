/**
 * Terms (сроки) of cases: the arithmetic of calendar days, working days and working hours over
 * the production calendar ({@link ru.mcu.deadline.TermArithmetic}), the deadline policies per
 * regime, channel and rubric as editable data ({@link ru.mcu.deadline.DeadlinePolicies}), and
 * the terms a case gets when it arrives ({@link ru.mcu.deadline.Deadlines}). See docs/deadlines.md.
 */
package ru.mcu.deadline;
