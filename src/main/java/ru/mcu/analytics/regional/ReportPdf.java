package ru.mcu.analytics.regional;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A report as a PDF to print or send: A4 landscape, DejaVu Sans embedded (Cyrillic on any
 * machine), a table per section with its headings repeated on every page.
 */
@Component
public class ReportPdf {

    private static final Color HEADER = new Color(0xE9, 0xEE, 0xF4);

    private final BaseFont regular;
    private final BaseFont bold;

    ReportPdf() {
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    public byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(report.title() + ": " + report.period());
        doc.addAuthor("Муниципальный центр управления");
        doc.open();
        doc.add(new Paragraph(report.title(), new Font(bold, 14)));
        doc.add(new Paragraph("Период: " + report.period(), new Font(regular, 10)));
        for (String note : report.notes()) {
            Paragraph p = new Paragraph(note, new Font(regular, 8));
            p.setSpacingBefore(2);
            doc.add(p);
        }
        for (ReportDocument.Table table : report.tables()) {
            Paragraph heading = new Paragraph(table.title(), new Font(bold, 11));
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            doc.add(heading);
            int n = table.columns().size();
            float[] widths = new float[n];
            for (int i = 0; i < n; i++) {
                // a figure column as wide as its longest heading word, so that no word is broken
                widths[i] = i == 0 ? Math.max(3.5f, n * 0.25f) : Math.max(1f, longestWord(table.columns().get(i).title()) / 7.5f);
            }
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (ReportDocument.Column c : table.columns()) {
                PdfPCell cell = new PdfPCell(new Phrase(c.title(), new Font(bold, 6.5f)));
                cell.setBackgroundColor(HEADER);
                t.addCell(cell);
            }
            for (ReportDocument.Row row : table.rows()) {
                add(t, table, row, regular);
            }
            if (table.total() != null) {
                add(t, table, table.total(), bold);
            }
            if (table.rows().isEmpty() && table.total() == null) {
                doc.add(new Paragraph("Нет данных за период.", new Font(regular, 9)));
            } else {
                doc.add(t);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static void add(PdfPTable t, ReportDocument.Table table, ReportDocument.Row row, BaseFont font) {
        for (int i = 0; i < row.cells().size(); i++) {
            ReportDocument.Kind kind = table.columns().get(i).kind();
            PdfPCell cell = new PdfPCell(new Phrase(ReportFormat.format(kind, row.cells().get(i).value()), new Font(font, 7.5f)));
            if (kind != ReportDocument.Kind.TEXT) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(cell);
        }
    }

    private static int longestWord(String title) {
        int longest = 0;
        for (String word : title.split("[\\s()«»]+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + path, e);
        }
    }
}
