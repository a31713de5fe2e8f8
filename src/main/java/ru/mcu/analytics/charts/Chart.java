package ru.mcu.analytics.charts;

import java.util.List;

/**
 * A chart laid out in its own units (y grows downwards, as in SVG): what {@link Svg} and
 * {@link PdfCharts} draw. {@code title} and {@code description} say in words what it shows.
 */
public record Chart(String title, String description, double width, double height, List<Shape> shapes) {

    /** Something drawn. */
    public sealed interface Shape permits Rect, Line, Dot, Label {
    }

    /**
     * A filled rectangle: a bar.
     *
     * @param kind    {@code bar}, {@code bar-low} (below the minimum sample), {@code legend}, {@code band}
     * @param value   the value it stands for, for people and tests
     * @param tooltip what a pointer over it reads; null for none
     * @param href    the cases behind it; null for none
     */
    public record Rect(double x, double y, double w, double h, String fill, String kind, double value, String tooltip, String href)
            implements Shape {
    }

    /** A polyline: a series or an axis; {@code points} as x, y pairs. */
    public record Line(double[] points, String stroke, double strokeWidth, boolean dashed, String kind) implements Shape {
    }

    /** A point of a series; {@code marked} for a point the chart draws attention to. */
    public record Dot(double x, double y, double r, String fill, boolean marked, double value, String tooltip, String href)
            implements Shape {
    }

    /** A text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    public record Label(double x, double y, String text, double size, String anchor, boolean bold, String fill) implements Shape {
    }

    /** The shapes of a kind, in order (tests, renderers). */
    public List<Rect> rects(String kind) {
        return shapes.stream().filter(s -> s instanceof Rect r && r.kind().equals(kind)).map(s -> (Rect) s).toList();
    }

    /** The dots, in order. */
    public List<Dot> dots() {
        return shapes.stream().filter(s -> s instanceof Dot).map(s -> (Dot) s).toList();
    }

    /** The SVG of this chart. */
    public String svg() {
        return Svg.render(this);
    }
}
