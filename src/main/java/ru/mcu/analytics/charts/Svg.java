package ru.mcu.analytics.charts;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a {@link Chart} as an inline SVG element: {@code role="img"} with its title and
 * description for screen readers, presentation attributes only (no style attributes, no
 * script), each bar or dot a link to its cases where it has one, with a tooltip.
 */
public final class Svg {

    private static int counter;

    private Svg() {
    }

    /** The SVG element. */
    public static String render(Chart chart) {
        String id = "chart-" + Integer.toHexString(System.identityHashCode(chart)) + "-" + next();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %s %s\" width=\"%s\" height=\"%s\""
                        + " aria-labelledby=\"%s-t %s-d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">",
                n(chart.width()), n(chart.height()), n(chart.width()), n(chart.height()), id, id));
        s.append("<title id=\"").append(id).append("-t\">").append(esc(chart.title())).append("</title>");
        s.append("<desc id=\"").append(id).append("-d\">").append(esc(chart.description())).append("</desc>");
        for (Chart.Shape shape : chart.shapes()) {
            if (shape instanceof Chart.Rect r) {
                link(s, r.href(), () -> {
                    s.append("<rect class=\"").append(r.kind()).append("\" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                            .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h()))
                            .append("\" fill=\"").append(r.fill()).append("\" data-value=\"").append(n(r.value())).append('"');
                    tooltip(s, r.tooltip(), "rect");
                });
            } else if (shape instanceof Chart.Line l) {
                    StringBuilder points = new StringBuilder();
                    for (int i = 0; i + 1 < l.points().length; i += 2) {
                        points.append(i == 0 ? "" : " ").append(n(l.points()[i])).append(',').append(n(l.points()[i + 1]));
                    }
                    s.append("<polyline class=\"").append(l.kind()).append("\" points=\"").append(points).append("\" fill=\"none\" stroke=\"")
                            .append(l.stroke()).append("\" stroke-width=\"").append(n(l.strokeWidth())).append('"')
                            .append(l.dashed() ? " stroke-dasharray=\"4 3\"" : "").append("/>");
            } else if (shape instanceof Chart.Dot d) {
                link(s, d.href(), () -> {
                    s.append("<circle class=\"").append(d.marked() ? "dot marked" : "dot").append("\" cx=\"").append(n(d.x()))
                            .append("\" cy=\"").append(n(d.y())).append("\" r=\"").append(n(d.r())).append("\" fill=\"").append(d.fill())
                            .append("\" data-value=\"").append(n(d.value())).append('"')
                            .append(d.marked() ? " stroke=\"" + Palette.MARK + "\" stroke-width=\"2\"" : "");
                    tooltip(s, d.tooltip(), "circle");
                });
            } else if (shape instanceof Chart.Label t) {
                s.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                        .append("\" font-size=\"").append(n(t.size())).append("\" text-anchor=\"").append(t.anchor()).append('"')
                        .append(t.bold() ? " font-weight=\"bold\"" : "").append(" fill=\"").append(t.fill()).append("\">")
                        .append(esc(t.text())).append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static void link(StringBuilder s, String href, Runnable inner) {
        if (href != null) {
            s.append("<a href=\"").append(esc(href)).append("\">");
        }
        inner.run();
        if (href != null) {
            s.append("</a>");
        }
    }

    private static void tooltip(StringBuilder s, String tooltip, String element) {
        if (tooltip == null) {
            s.append("/>");
        } else {
            s.append("><title>").append(esc(tooltip)).append("</title></").append(element).append('>');
        }
    }

    private static synchronized int next() {
        return ++counter;
    }

    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A number for SVG: at most two decimals, a dot. */
    static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
