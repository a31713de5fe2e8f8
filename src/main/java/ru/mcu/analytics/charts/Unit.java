package ru.mcu.analytics.charts;

import java.util.Locale;

/** What a chart's values are: counts or shares 0..1 (shown as percent, axis to 100 %). */
public enum Unit {
    COUNT, SHARE;

    String format(double value) {
        return this == SHARE ? Math.round(value * 100) + " %" : (value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.forLanguageTag("ru"), "%.1f", value));
    }

    /** A round maximum for the axis: four equal steps, for counts whole ones (1, 2, 5, 10, 20, 50...). */
    double axisMax(double max) {
        if (this == SHARE) {
            return 1;
        }
        double quarter = Math.max(max, 1) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double step : new double[] {1, 2, 5, 10}) {
            double candidate = Math.max(1, step * magnitude);
            if (candidate >= quarter) {
                return 4 * Math.rint(candidate);
            }
        }
        return 40 * magnitude;
    }
}
