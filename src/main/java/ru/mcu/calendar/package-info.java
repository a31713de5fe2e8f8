/**
 * The production calendar (производственный календарь): which days are working, shortened
 * (pre-holiday) or non-working in Asia/Sakhalin, per year. A year with a Government decree is
 * data, loaded and edited by an administrator; a year without one is computed from the rules of
 * the Labour Code and flagged provisional. Other modules read it through
 * {@link ru.mcu.calendar.WorkingCalendar}.
 */
package ru.mcu.calendar;
