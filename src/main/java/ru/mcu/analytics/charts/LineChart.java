package ru.mcu.analytics.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines over a row of periods (weeks, months): one series per topic or department, the points
 * of a series that matter (a week that triggered a growth factor) marked, each point a link to
 * its cases where it has one. A missing value (null) breaks the line. Build with {@link #of},
 * add {@link #series}, then {@link #build()}.
 */
public final class LineChart {

    /** One line; {@code hrefs} and {@code marked} may be empty. */
    public record Series(String name, List<Double> values, List<String> hrefs, Set<Integer> marked) {
    }

    private final String title;
    private final Unit unit;
    private final List<String> periods;
    private final List<Series> series = new ArrayList<>();
    private double width = 760;
    private double plotHeight = 220;
    private boolean legend = true;
    private String subtitle = "";
    private int labelEvery = 1;

    private LineChart(String title, Unit unit, List<String> periods) {
        this.title = title;
        this.unit = unit;
        this.periods = List.copyOf(periods);
    }

    /** A chart over {@code periods}, their short labels in order («12.01»). */
    public static LineChart of(String title, Unit unit, List<String> periods) {
        return new LineChart(title, unit, periods);
    }

    public LineChart size(double chartWidth, double chartPlotHeight) {
        this.width = chartWidth;
        this.plotHeight = chartPlotHeight;
        return this;
    }

    public LineChart subtitle(String value) {
        this.subtitle = value;
        return this;
    }

    /** Without the legend (a single series titled by the chart). */
    public LineChart noLegend() {
        this.legend = false;
        return this;
    }

    /** Writes every n-th period's label under the axis. */
    public LineChart labelEvery(int n) {
        this.labelEvery = Math.max(1, n);
        return this;
    }

    public LineChart series(String name, List<Double> values, List<String> hrefs, Set<Integer> marked) {
        series.add(new Series(name, values, hrefs == null ? List.of() : hrefs, marked == null ? Set.of() : marked));
        return this;
    }

    public Chart build() {
        double left = 46;
        double right = 12;
        double top = subtitle.isEmpty() ? 28 : 42;
        double max = unit.axisMax(series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        double plotWidth = width - left - right;
        double bottom = top + plotHeight;
        int legendRows = legend ? (series.size() + 2) / 3 : 0;
        double height = bottom + 22 + legendRows * 16 + (legend ? 6 : 0);
        List<Chart.Shape> shapes = new ArrayList<>();
        shapes.add(new Chart.Label(0, 15, title, 13, "start", true, Palette.TEXT));
        if (!subtitle.isEmpty()) {
            shapes.add(new Chart.Label(0, 31, subtitle, 11, "start", false, Palette.MUTED));
        }
        for (int i = 0; i <= 4; i++) {
            double y = bottom - plotHeight * i / 4;
            shapes.add(new Chart.Line(new double[] {left, y, left + plotWidth, y}, i == 0 ? Palette.AXIS : Palette.GRID, 1, false, "grid"));
            shapes.add(new Chart.Label(left - 5, y + 4, unit.format(max * i / 4), 10, "end", false, Palette.MUTED));
        }
        int n = periods.size();
        for (int i = 0; i < n; i++) {
            if (i % labelEvery == 0) {
                shapes.add(new Chart.Label(x(i, n, left, plotWidth), bottom + 14, periods.get(i), 9, "middle", false, Palette.MUTED));
            }
        }
        for (int si = 0; si < series.size(); si++) {
            Series s = series.get(si);
            String colour = Palette.series(si);
            List<Double> run = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Double v = i < s.values().size() ? s.values().get(i) : null;
                if (v == null) {
                    flush(shapes, run, colour);
                    continue;
                }
                run.add(x(i, n, left, plotWidth));
                run.add(bottom - plotHeight * v / max);
            }
            flush(shapes, run, colour);
            for (int i = 0; i < n; i++) {
                Double v = i < s.values().size() ? s.values().get(i) : null;
                if (v == null) {
                    continue;
                }
                boolean marked = s.marked().contains(i);
                String href = i < s.hrefs().size() ? s.hrefs().get(i) : null;
                shapes.add(new Chart.Dot(x(i, n, left, plotWidth), bottom - plotHeight * v / max, marked ? 4.5 : 2.5,
                        marked ? Palette.MARK : colour, marked, v, s.name() + ", " + periods.get(i) + ": " + unit.format(v), href));
            }
            if (legend) {
                double lx = (si % 3) * (width / 3);
                double ly = bottom + 30 + (si / 3) * 16;
                shapes.add(new Chart.Rect(lx, ly - 8, 12, 8, colour, "legend", si, null, null));
                shapes.add(new Chart.Label(lx + 16, ly, BarChart.shorten(s.name(), 34), 11, "start", false, Palette.TEXT));
            }
        }
        StringBuilder description = new StringBuilder(title).append(". ").append(subtitle.isEmpty() ? "" : subtitle + ". ");
        if (n > 0) {
            description.append("Периоды с ").append(periods.get(0)).append(" по ").append(periods.get(n - 1)).append(". ");
        }
        for (Series s : series) {
            double last = lastValue(s);
            double peak = s.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
            description.append(s.name()).append(": последнее значение ").append(unit.format(last)).append(", наибольшее ")
                    .append(unit.format(peak));
            if (!s.marked().isEmpty()) {
                description.append(", отмечено периодов: ").append(s.marked().size());
            }
            description.append("; ");
        }
        return new Chart(title, description.toString().trim(), width, height, List.copyOf(shapes));
    }

    private static double lastValue(Series s) {
        for (int i = s.values().size() - 1; i >= 0; i--) {
            if (s.values().get(i) != null) {
                return s.values().get(i);
            }
        }
        return 0;
    }

    private static void flush(List<Chart.Shape> shapes, List<Double> run, String colour) {
        if (run.size() >= 4) {
            double[] points = new double[run.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = run.get(i);
            }
            shapes.add(new Chart.Line(points, colour, 2, false, "series"));
        }
        run.clear();
    }

    private static double x(int i, int n, double left, double plotWidth) {
        return n <= 1 ? left + plotWidth / 2 : left + plotWidth * i / (n - 1);
    }
}
