package ru.mcu.analytics.charts;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Draws a {@link Chart} as vector graphics in a PDF (OpenPDF): the same shapes as its SVG,
 * the y axis turned upwards, texts in the given fonts (DejaVu Sans, for Cyrillic).
 */
public final class PdfCharts {

    private PdfCharts() {
    }

    /** The chart as an image of vector graphics, {@code widthPoints} wide on the page. */
    public static Image image(PdfWriter writer, Chart chart, BaseFont regular, BaseFont bold, float widthPoints) {
        float w = (float) chart.width();
        float h = (float) chart.height();
        PdfTemplate t = writer.getDirectContent().createTemplate(w, h);
        draw(t, chart, regular, bold);
        Image image = Image.getInstance(t);
        image.scalePercent(Math.min(100f, widthPoints / w * 100f));
        return image;
    }

    /** Draws the chart on a canvas whose origin is its lower left corner. */
    public static void draw(PdfContentByte canvas, Chart chart, BaseFont regular, BaseFont bold) {
        float h = (float) chart.height();
        for (Chart.Shape shape : chart.shapes()) {
            if (shape instanceof Chart.Rect r) {
                canvas.setColorFill(color(r.fill()));
                canvas.rectangle((float) r.x(), h - (float) (r.y() + r.h()), (float) r.w(), (float) r.h());
                canvas.fill();
            } else if (shape instanceof Chart.Line l) {
                canvas.setColorStroke(color(l.stroke()));
                canvas.setLineWidth((float) l.strokeWidth());
                if (l.dashed()) {
                    canvas.setLineDash(4, 3, 0);
                }
                double[] p = l.points();
                canvas.moveTo((float) p[0], h - (float) p[1]);
                for (int i = 2; i + 1 < p.length; i += 2) {
                    canvas.lineTo((float) p[i], h - (float) p[i + 1]);
                }
                canvas.stroke();
                canvas.setLineDash(0);
            } else if (shape instanceof Chart.Dot d) {
                canvas.setColorFill(color(d.fill()));
                canvas.circle((float) d.x(), h - (float) d.y(), (float) d.r());
                canvas.fill();
            } else if (shape instanceof Chart.Label t) {
                canvas.setColorFill(color(t.fill()));
                canvas.beginText();
                canvas.setFontAndSize(t.bold() ? bold : regular, (float) t.size());
                int align = switch (t.anchor()) {
                    case "middle" -> PdfContentByte.ALIGN_CENTER;
                    case "end" -> PdfContentByte.ALIGN_RIGHT;
                    default -> PdfContentByte.ALIGN_LEFT;
                };
                canvas.showTextAligned(align, t.text(), (float) t.x(), h - (float) t.y(), 0);
                canvas.endText();
            }
        }
        canvas.setColorFill(Color.BLACK);
    }

    static Color color(String hex) {
        return Color.decode(hex);
    }
}
