/**
 * Reports for the regional ЦУР: the periodic report (Regulation 3.2.3.5) per channel and per
 * recipient with the top topics and districts, and the ПОС report (2.6.4) by category, for a
 * month or a quarter; each as a page whose every figure opens its cases, as XLSX and as PDF, with
 * the columns documented in docs/analytics.md. Figures only: no output reads a citizen's data.
 * {@link ru.mcu.analytics.regional.ReportDocument} is the one model the page, the XLSX
 * ({@link ru.mcu.analytics.regional.ReportXlsx}) and the PDF ({@link ru.mcu.analytics.regional.ReportPdf})
 * are drawn from, so the three cannot disagree; the ССТУ report of {@code analytics.results} uses it too.
 */
package ru.mcu.analytics.regional;
