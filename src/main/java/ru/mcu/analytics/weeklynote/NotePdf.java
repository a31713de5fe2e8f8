package ru.mcu.analytics.weeklynote;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.mcu.analytics.charts.Chart;
import ru.mcu.analytics.charts.PdfCharts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.AnalyticsFormat;
import ru.mcu.analytics.growth.GrowthFactor;
import ru.mcu.analytics.rating.DepartmentRating;

/**
 * The weekly note as a PDF a person prints: A4, DejaVu Sans embedded (so Cyrillic shows on any
 * machine), tables and the bar charts drawn as vector graphics.
 */
@Component
class NotePdf {

    private static final Color HEADER = new Color(0xE9, 0xEE, 0xF4);
    private static final Color BAR = new Color(0x1F, 0x4E, 0x79);
    private static final Color BAR_BEFORE = new Color(0xA9, 0xBC, 0xD0);

    private final BaseFont regular;
    private final BaseFont bold;
    private final AnalyticsFormat fmt;

    NotePdf(AnalyticsFormat fmt) {
        this.fmt = fmt;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(WeeklyNote note, List<Chart> ratingCharts, List<Chart> growthCharts, List<NoteSection.Content> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Еженедельная аналитическая записка за " + note.week().title());
        doc.addAuthor("Муниципальный центр управления");
        doc.open();
        doc.add(new Paragraph("Еженедельная аналитическая записка Муниципального центра управления", new Font(bold, 15)));
        doc.add(text("Неделя: " + note.week().title() + "; сравнение с неделей " + note.week().previous().title() + ". Сформирована "
                + fmt.dateTime(note.builtAt()) + " (время Южно-Сахалинска)."));
        blockReports(doc, note);

        heading(doc, "1. Поступление");
        doc.add(text("Всего поступило " + note.total().count() + " (неделей ранее " + note.total().previous() + ", " + note.total().change() + ")."));
        for (BarChart chart : NoteDocuments.charts(note)) {
            doc.add(chart(writer, chart));
        }
        doc.add(countTable("Канал", note.byChannel()));
        doc.add(countTable("Тема", note.byTopic()));

        heading(doc, "2. Главные проблемы и места");
        doc.add(countTable("Рубрика", note.topProblems()));
        doc.add(countTable("Район", note.topPlaces()));

        heading(doc, "3. Просроченные обращения и ответственные");
        doc.add(text("Без ответа после истечения срока: " + note.overdueTotal() + "."));
        List<List<String>> owners = new ArrayList<>();
        note.overdueByDepartment().forEach(c -> owners.add(List.of(c.label(), String.valueOf(c.count()))));
        table(doc, List.of("Ответственный получатель", "Просрочено"), owners, new float[]{5, 1});
        List<List<String>> overdue = new ArrayList<>();
        note.overdueCases().forEach(c -> overdue.add(List.of(c.number(), c.department(), c.rubric(),
                c.due().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), String.valueOf(c.daysOverdue()))));
        table(doc, List.of("Номер", "Ответственный получатель", "Рубрика", "Срок", "Дней"), overdue, new float[]{2, 4, 3, 1.6f, 1});

        heading(doc, "4. Рейтинг ответственных получателей");
        doc.add(text("Место получают исполнители, давшие за неделю не менее " + note.minSample() + " ответов."));
        List<List<String>> rating = new ArrayList<>();
        List<DepartmentRating> shown = new ArrayList<>(note.ranked());
        shown.addAll(note.unrankedActive());
        for (DepartmentRating r : shown) {
            rating.add(List.of(r.ranked() ? String.valueOf(r.rank()) : "—", r.name(), String.valueOf(r.received()), String.valueOf(r.answered()),
                    fmt.percent(r.onTimeShare()), String.valueOf(r.overdue()), fmt.decimal(r.medianAnswerDays()), fmt.decimal(r.avgRating())));
        }
        table(doc, List.of("Место", "Ответственный получатель", "Поступило", "Ответ", "В срок", "Просрочено", "Медиана, дн.", "Оценка"),
                rating, new float[]{1, 5, 1.3f, 1.2f, 1.2f, 1.4f, 1.4f, 1.2f});
        for (Chart chart : ratingCharts) {
            if (!chart.rects("bar").isEmpty() || !chart.rects("bar-low").isEmpty()) {
                doc.add(PdfCharts.image(writer, chart, regular, bold, doc.getPageSize().getWidth() - 80));
            }
        }

        heading(doc, "5. Точки роста");
        List<List<String>> growth = new ArrayList<>();
        for (GrowthFactor f : note.growth()) {
            growth.add(List.of(f.title(), String.valueOf(f.count()), String.valueOf(f.previous()),
                    String.join("; ", f.drivers().stream().map(d -> d.name() + ": " + d.count()).toList())));
        }
        if (growth.isEmpty()) {
            doc.add(text("Роста выше случайного нет."));
        }
        table(doc, List.of("Что растёт", "За неделю", "Неделей ранее", "За счёт рубрик"), growth, new float[]{4, 1.3f, 1.5f, 5});
        for (Chart chart : growthCharts) {
            doc.add(PdfCharts.image(writer, chart, regular, bold, 400));
        }
        doc.add(text("Повторные жалобы из одного места: " + fmt.percent(note.repeated().share()) + " (" + note.repeated().repeated()
                + " из " + note.repeated().withPlace() + ")."));

        heading(doc, "6. Дорожные карты");
        List<List<String>> roadmaps = new ArrayList<>();
        note.roadmaps().forEach(r -> roadmaps.add(List.of(r.title(), r.owner(), r.done() + " из " + r.measures(), String.valueOf(r.overdue()))));
        if (roadmaps.isEmpty()) {
            doc.add(text("Дорожных карт в работе нет."));
        }
        table(doc, List.of("Проблема", "Ответственный", "Выполнено мер", "Просрочено мер"), roadmaps, new float[]{5, 4, 1.5f, 1.5f});

        heading(doc, "7. Удовлетворённость заявителей");
        doc.add(text("Оценок за неделю: " + note.satisfaction().rated() + ", средняя " + fmt.decimal(note.satisfaction().average())
                + ", удовлетворены (4–5) " + fmt.percent(note.satisfaction().satisfiedShare()) + "; неделей ранее: "
                + note.satisfactionBefore().rated() + " оценок, средняя " + fmt.decimal(note.satisfactionBefore().average())
                + ", удовлетворены " + fmt.percent(note.satisfactionBefore().satisfiedShare()) + "."));

        sections(doc, sections, 8);
        doc.close();
        return out.toByteArray();
    }

    /** The sections other modules add ({@link NoteSection}), numbered from {@code first}. */
    private void sections(Document doc, List<NoteSection.Content> sections, int first) {
        int number = first;
        for (NoteSection.Content section : sections) {
            heading(doc, (number++) + ". " + section.title());
            for (NoteSection.Table t : section.tables()) {
                if (t.caption() != null) {
                    doc.add(new Paragraph(t.caption(), new Font(bold, 10)));
                }
                if (t.rows().isEmpty()) {
                    doc.add(text(t.empty()));
                    continue;
                }
                float[] widths = new float[t.widths().size()];
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = t.widths().get(i);
                }
                table(doc, t.headers(), t.rows(), widths);
            }
        }
    }

    /** The block heads' account of what was done this week, before the statistics. */
    private void blockReports(Document doc, WeeklyNote note) {
        heading(doc, "Что сделано за неделю по направлениям");
        if (note.blockReports().isEmpty()) {
            doc.add(text("Руководители блоков пока не представили сведений за эту неделю."));
        }
        for (WeeklyNote.BlockReport b : note.blockReports()) {
            Paragraph name = new Paragraph(b.department() + (b.blockHead() == null ? "" : " (руководитель блока: " + b.blockHead() + ")"),
                    new Font(bold, 10));
            name.setSpacingBefore(4);
            doc.add(name);
            doc.add(text(b.text()));
        }
    }

    private Paragraph text(String value) {
        Paragraph p = new Paragraph(value, new Font(regular, 10));
        p.setSpacingAfter(4);
        return p;
    }

    private void heading(Document doc, String value) {
        Paragraph p = new Paragraph(value, new Font(bold, 12));
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private PdfPTable countTable(String label, List<WeeklyNote.Count> rows) {
        List<List<String>> cells = new ArrayList<>();
        rows.forEach(c -> cells.add(List.of(c.label(), String.valueOf(c.count()), String.valueOf(c.previous()), c.change())));
        return build(List.of(label, "За неделю", "Неделей ранее", "Изменение"), cells, new float[]{5, 1.5f, 1.5f, 1.6f});
    }

    private void table(Document doc, List<String> header, List<List<String>> rows, float[] widths) {
        if (!rows.isEmpty()) {
            doc.add(build(header, rows, widths));
        }
    }

    private PdfPTable build(List<String> header, List<List<String>> rows, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, new Font(bold, 8.5f)));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                table.addCell(new PdfPCell(new Phrase(value, new Font(regular, 8.5f))));
            }
        }
        return table;
    }

    /** A bar chart drawn with the same layout as its SVG, scaled to the page. */
    private Image chart(PdfWriter writer, BarChart chart) {
        float scale = 0.8f;
        float width = (float) (BarChart.LABEL_WIDTH + BarChart.BAR_WIDTH + 60);
        float height = (float) chart.height();
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        text(t, bold, 11, 0, height - 14, chart.title());
        double y = 30;
        for (WeeklyNote.Count r : chart.rows()) {
            float base = (float) (height - y - 18);
            text(t, regular, 9, 0, base + 4, BarChart.shorten(r.label()));
            t.setColorFill(BAR);
            t.rectangle((float) BarChart.LABEL_WIDTH, base + 6, (float) chart.length(r.count()), 10);
            t.fill();
            t.setColorFill(BAR_BEFORE);
            t.rectangle((float) BarChart.LABEL_WIDTH, base, (float) chart.length(r.previous()), 5);
            t.fill();
            t.setColorFill(Color.BLACK);
            text(t, regular, 9, (float) (BarChart.LABEL_WIDTH + chart.length(r.count()) + 4), base + 6, String.valueOf(r.count()));
            y += BarChart.ROW_HEIGHT;
        }
        float legend = (float) (height - y - 16);
        t.setColorFill(BAR);
        t.rectangle(0, legend, 10, 8);
        t.fill();
        t.setColorFill(BAR_BEFORE);
        t.rectangle(100, legend, 10, 8);
        t.fill();
        t.setColorFill(Color.BLACK);
        text(t, regular, 9, 14, legend, "эта неделя");
        text(t, regular, 9, 114, legend, "предыдущая");
        Image image = Image.getInstance(t);
        image.scalePercent(scale * 100);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, float x, float y, String value) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(value);
        canvas.endText();
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + path, e);
        }
    }
}
