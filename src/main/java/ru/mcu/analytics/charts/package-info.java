/**
 * Charts drawn by the application itself, with no script and nothing from outside: a builder
 * lays a chart out once as a {@link ru.mcu.analytics.charts.Chart} (rectangles, lines, dots,
 * labels in a box of its own units), {@link ru.mcu.analytics.charts.Svg} writes it as inline
 * SVG for the pages (with a title and a description for screen readers, each bar or dot a
 * link to its cases where it has one) and {@link ru.mcu.analytics.charts.PdfCharts} draws the
 * same shapes as vector graphics in a PDF (OpenPDF). Builders: {@link ru.mcu.analytics.charts.BarChart}
 * (horizontal bars of values or shares, some marked as below the minimum sample) and
 * {@link ru.mcu.analytics.charts.LineChart} (series over weeks or months, some points marked).
 */
package ru.mcu.analytics.charts;
