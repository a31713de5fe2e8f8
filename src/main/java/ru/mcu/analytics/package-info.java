/**
 * Analytics for decisions: the rating of the responsible recipients, the heat map and growth
 * factors, root-cause roadmaps, the weekly analytical note and exports for the regional ЦУР.
 * Queries over the case tables with plain SQL, never through the case aggregate; no output
 * carries a citizen's personal data or the text of an appeal. The definitions of every figure
 * are in {@link ru.mcu.analytics.Measure} and {@code docs/analytics.md}.
 */
package ru.mcu.analytics;
