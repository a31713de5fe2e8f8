package ru.mcu.analytics.charts;

/** The colours of the charts: the pages' blue, and series colours distinguishable in print. */
final class Palette {

    static final String MAIN = "#1f4e79";
    static final String LOW = "#b8c4d2";
    static final String AXIS = "#8a97a8";
    static final String GRID = "#e1e7ee";
    static final String TEXT = "#1d2733";
    static final String MUTED = "#56657a";
    static final String MARK = "#b00020";
    static final String[] SERIES = {"#1f4e79", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d", "#b7950b",
        "#2c3e50", "#e84393"};

    private Palette() {
    }

    static String series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }
}
