package ru.mcu.analytics.charts;

import java.util.Locale;

/** What a chart's values are: counts or shares 0..1 (shown as percent, axis to 100 %). */
public enum Unit {
    COUNT, SHARE;

    String format(double value) {
        return this == SHARE ? Math.round(value * 100) + " %" : (value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.forLanguageTag("ru"), "%.1f", value));
    }

    /** A round maximum for the axis. */
    double axisMax(double max) {
        if (this == SHARE) {
            return 1;
        }
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
