/**
 * The year at a glance, page {@code /analytics/trends}: the inflow by topic as weekly lines and
 * the share of answers on time by department month by month, drawn with
 * {@link ru.mcu.analytics.charts}; every point links to its cases; only the cases the user may
 * read count.
 */
package ru.mcu.analytics.trends;
