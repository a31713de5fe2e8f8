/**
 * The morning dashboard at {@code /}: what is overdue, due today and tomorrow by department,
 * the terms at risk, what came in since yesterday, this week against the previous one and the
 * satisfaction of the month; every figure links to the list of its cases
 * ({@code /analytics/cases}) with the same measure and filters. A block head sees his
 * departments only; nothing here carries a citizen's data.
 */
package ru.mcu.analytics.dashboard;
