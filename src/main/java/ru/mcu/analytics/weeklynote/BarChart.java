package ru.mcu.analytics.weeklynote;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart of counts this week against the week before, drawn by the
 * application itself: as SVG for the HTML note and, through {@link NotePdf}, as vector
 * graphics in the PDF. The layout (bar lengths) is computed here once for both.
 */
public record BarChart(String title, List<WeeklyNote.Count> rows) {

    static final double LABEL_WIDTH = 220;
    static final double BAR_WIDTH = 300;
    static final double ROW_HEIGHT = 26;

    long max() {
        return rows.stream().mapToLong(r -> Math.max(r.count(), r.previous())).max().orElse(0);
    }

    /** Length of a bar for a value, in the chart's units. */
    double length(long value) {
        long max = max();
        return max == 0 ? 0 : BAR_WIDTH * value / max;
    }

    double height() {
        return 30 + ROW_HEIGHT * rows.size() + 20;
    }

    /** The chart as an inline SVG element. */
    public String svg() {
        double width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">",
                width, height(), width, height()));
        svg.append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">").append(HtmlUtils.htmlEscape(title)).append("</text>");
        double y = 30;
        for (WeeklyNote.Count r : rows) {
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%.1f\">%s</text>", y + 15, HtmlUtils.htmlEscape(shorten(r.label()))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"11\" fill=\"#1f4e79\"/>",
                    LABEL_WIDTH, y + 3, length(r.count())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"6\" fill=\"#a9bcd0\"/>",
                    LABEL_WIDTH, y + 15, length(r.previous())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%d</text>", LABEL_WIDTH + length(r.count()) + 4, y + 13, r.count()));
            y += ROW_HEIGHT;
        }
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"0\" y=\"%.1f\" width=\"10\" height=\"8\" fill=\"#1f4e79\"/><text x=\"14\" y=\"%.1f\">эта неделя</text>"
                        + "<rect x=\"100\" y=\"%.1f\" width=\"10\" height=\"8\" fill=\"#a9bcd0\"/><text x=\"114\" y=\"%.1f\">предыдущая</text>",
                y + 4, y + 12, y + 4, y + 12));
        return svg.append("</svg>").toString();
    }

    static String shorten(String label) {
        return label.length() > 34 ? label.substring(0, 33) + "…" : label;
    }
}
