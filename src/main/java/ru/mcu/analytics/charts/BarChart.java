package ru.mcu.analytics.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one a row, each with its label, its value and the size of the sample it
 * stands on; a bar whose sample is below the minimum is drawn pale and says so, so that one
 * fast answer never looks like a record. Build with {@link #of}, add {@link #bar}s, then
 * {@link #build()}.
 */
public final class BarChart {

    static final double LABEL_WIDTH = 250;
    /** Characters of a label that fit {@link #LABEL_WIDTH} at 11 px in DejaVu Sans (about 0.66 em a letter, measured: ChartsTest); longer ones end in «…». */
    static final int LABEL_CHARS = 33;
    static final double BAR_WIDTH = 330;
    static final double VALUE_WIDTH = 150;
    static final double ROW = 22;
    static final double TOP = 46;

    /** One bar: {@code value} null when there is nothing to measure; {@code href} the cases behind it. */
    public record Bar(String label, Double value, long sample, boolean low, String href) {
    }

    private final String title;
    private final Unit unit;
    private final List<Bar> bars = new ArrayList<>();
    private String subtitle = "";
    private String sampleNoun = "";

    private BarChart(String title, Unit unit) {
        this.title = title;
        this.unit = unit;
    }

    public static BarChart of(String title, Unit unit) {
        return new BarChart(title, unit);
    }

    /** The line under the title, e.g. the minimum sample. */
    public BarChart subtitle(String value) {
        this.subtitle = value;
        return this;
    }

    /** How the sample is named after its size: «ответов», «оценок». */
    public BarChart sampleNoun(String value) {
        this.sampleNoun = value;
        return this;
    }

    public BarChart bar(String label, Double value, long sample, boolean low, String href) {
        bars.add(new Bar(label, value, sample, low, href));
        return this;
    }

    public Chart build() {
        double max = unit.axisMax(bars.stream().filter(b -> b.value() != null).mapToDouble(Bar::value).max().orElse(0));
        double width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        double height = TOP + ROW * Math.max(1, bars.size()) + 22;
        List<Chart.Shape> shapes = new ArrayList<>();
        shapes.add(new Chart.Label(0, 15, title, 14, "start", true, Palette.TEXT));
        shapes.add(new Chart.Label(0, 32, subtitle, 11, "start", false, Palette.MUTED));
        double bottom = TOP + ROW * Math.max(1, bars.size());
        for (int i = 0; i <= 4; i++) {
            double x = LABEL_WIDTH + BAR_WIDTH * i / 4;
            shapes.add(new Chart.Line(new double[] {x, TOP - 4, x, bottom}, i == 0 ? Palette.AXIS : Palette.GRID, 1, false, "grid"));
            shapes.add(new Chart.Label(x, bottom + 14, unit.format(max * i / 4), 10, "middle", false, Palette.MUTED));
        }
        double y = TOP;
        for (Bar b : bars) {
            shapes.add(new Chart.Label(LABEL_WIDTH - 8, y + 15, shorten(b.label(), LABEL_CHARS), 11, "end", false, Palette.TEXT));
            String sample = b.sample() + (sampleNoun.isEmpty() ? "" : " " + sampleNoun);
            if (b.value() == null) {
                shapes.add(new Chart.Label(LABEL_WIDTH + 6, y + 15, "нет данных", 11, "start", false, Palette.MUTED));
            } else {
                double length = BAR_WIDTH * b.value() / max;
                String text = unit.format(b.value()) + " · " + sample + (b.low() ? ", мало данных" : "");
                shapes.add(new Chart.Rect(LABEL_WIDTH, y + 4, length, ROW - 8, b.low() ? Palette.LOW : Palette.MAIN,
                        b.low() ? "bar-low" : "bar", b.value(), b.label() + ": " + text, b.href()));
                shapes.add(new Chart.Label(LABEL_WIDTH + length + 6, y + 15, text, 11, "start", false, b.low() ? Palette.MUTED : Palette.TEXT));
            }
            y += ROW;
        }
        String description = title + ". " + subtitle + " " + String.join("; ", bars.stream()
                .map(b -> b.label() + " — " + (b.value() == null ? "нет данных" : unit.format(b.value()) + " (" + b.sample()
                        + (sampleNoun.isEmpty() ? "" : " " + sampleNoun) + (b.low() ? ", мало данных" : "") + ")")).toList());
        return new Chart(title, description.trim(), width, height, List.copyOf(shapes));
    }

    static String shorten(String label, int max) {
        if (label == null) {
            return "";
        }
        return label.length() > max ? label.substring(0, max - 1) + "…" : label;
    }
}
