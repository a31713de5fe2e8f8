package ru.mcu.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts lay out what they are given, and their SVG and PDF draw it. */
class ChartsTest {

    private static org.w3c.dom.Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(org.w3c.dom.Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    @Test
    void shouldDrawOneBarPerValueWithLengthsInProportionAndTheSmallSamplesPale() throws Exception {
        Chart chart = BarChart.of("Доля ответов в срок", Unit.SHARE).sampleNoun("отв.").subtitle("Минимальная выборка: 10")
                .bar("Департамент А", 1.0, 40, false, "/analytics/cases?department=a")
                .bar("Департамент Б", 0.5, 12, false, "/analytics/cases?department=b")
                .bar("Департамент В", 0.25, 3, true, "/analytics/cases?department=c")
                .bar("Департамент Г", null, 0, true, null)
                .build();
        org.w3c.dom.Document svg = parse(chart.svg());
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Доля ответов в срок");
        assertThat(elements(svg, "desc").get(0).getTextContent()).contains("Департамент В — 25 % (3 отв., мало данных)", "Департамент Г — нет данных");

        List<Element> bars = elements(svg, "rect").stream().filter(r -> r.getAttribute("class").startsWith("bar")).toList();
        assertThat(bars).hasSize(3);
        double full = Double.parseDouble(bars.get(0).getAttribute("width"));
        assertThat(full).isEqualTo(BarChart.BAR_WIDTH);
        assertThat(Double.parseDouble(bars.get(1).getAttribute("width"))).isEqualTo(full / 2);
        assertThat(Double.parseDouble(bars.get(2).getAttribute("width"))).isEqualTo(full / 4);
        assertThat(bars).extracting(b -> b.getAttribute("class")).containsExactly("bar", "bar", "bar-low");
        assertThat(bars.get(2).getAttribute("fill")).isNotEqualTo(bars.get(0).getAttribute("fill"));
        assertThat(elements(svg, "a")).extracting(a -> a.getAttribute("href"))
                .containsExactly("/analytics/cases?department=a", "/analytics/cases?department=b", "/analytics/cases?department=c");
        assertThat(chart.svg()).contains("100 % · 40 отв.", "25 % · 3 отв., мало данных").doesNotContain("style=", "<script");
    }

    @Test
    void shouldScaleCountsToARoundAxis() {
        Chart chart = BarChart.of("Поступило", Unit.COUNT).bar("А", 37.0, 37, false, null).bar("Б", 10.0, 10, false, null).build();
        List<Chart.Rect> bars = chart.rects("bar");
        // the axis runs to 40 in four whole steps of 10
        assertThat(bars.get(0).w()).isEqualTo(BarChart.BAR_WIDTH * 37 / 40);
        assertThat(bars.get(1).w()).isEqualTo(BarChart.BAR_WIDTH * 10 / 40);
        assertThat(chart.svg()).contains(">40</text>", ">30</text>").doesNotContain(">50</text>");
        assertThat(Unit.COUNT.axisMax(1)).as("whole ticks for small counts").isEqualTo(4);
        assertThat(Unit.COUNT.axisMax(0)).isEqualTo(4);
        assertThat(Unit.COUNT.axisMax(9)).isEqualTo(20);
        assertThat(Unit.COUNT.axisMax(130)).isEqualTo(200);
    }

    @Test
    void shouldDrawALinePerSeriesWithPointsAtTheirValuesAndMarkedWeeks() throws Exception {
        Chart chart = LineChart.of("Поступление по темам", Unit.COUNT, List.of("05.01", "12.01", "19.01", "26.01"))
                .size(400, 100)
                .series("Дороги", List.of(0.0, 10.0, 20.0, 40.0), List.of("/a0", "/a1", "/a2", "/a3"), Set.of(3))
                .series("Снег", Arrays.asList(5.0, null, 5.0, 5.0), null, null)
                .build();
        org.w3c.dom.Document svg = parse(chart.svg());
        List<Element> lines = elements(svg, "polyline").stream().filter(l -> l.getAttribute("class").equals("series")).toList();
        assertThat(lines).as("the second series is broken by its missing week into one line of two points").hasSize(2);
        List<Element> dots = elements(svg, "circle");
        assertThat(dots).hasSize(7);
        List<Chart.Dot> roads = chart.dots().subList(0, 4);
        double bottom = roads.get(0).y();
        double top = roads.get(3).y();
        // the axis runs to 40 over 100 units of height
        assertThat(bottom - top).isEqualTo(100.0);
        assertThat(bottom - roads.get(1).y()).isEqualTo(25.0);
        assertThat(bottom - roads.get(2).y()).isEqualTo(50.0);
        assertThat(dots.stream().filter(d -> d.getAttribute("class").contains("marked")).count()).isEqualTo(1);
        assertThat(elements(svg, "a")).extracting(a -> a.getAttribute("href")).containsExactly("/a0", "/a1", "/a2", "/a3");
        assertThat(elements(svg, "desc").get(0).getTextContent()).contains("Дороги: последнее значение 40", "отмечено периодов: 1");
    }

    @Test
    void shouldDrawTheSameChartInAPdfWithItsRussianTexts() throws Exception {
        Chart chart = BarChart.of("Доля ответов в срок", Unit.SHARE).subtitle("Минимальная выборка: 10 ответов")
                .bar("Департамент образования", 0.8, 20, false, null).bar("Отдел строительства", 0.4, 3, true, null).build();
        Chart lines = LineChart.of("Тема в месте: Дороги — Луговое", Unit.COUNT, List.of("05.01", "12.01", "19.01", "26.01"))
                .size(400, 100).noLegend().series("Дороги — Луговое", List.of(1.0, 2.0, 1.0, 12.0), null, Set.of(3)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        BaseFont regular = font("fonts/DejaVuSans.ttf");
        BaseFont bold = font("fonts/DejaVuSans-Bold.ttf");
        doc.add(PdfCharts.image(writer, chart, regular, bold, 500));
        doc.add(PdfCharts.image(writer, lines, regular, bold, 400));
        doc.close();
        // a picture of the page to look at (target/screenshots/charts-pdf.png)
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 90), "png",
                    java.nio.file.Path.of("target/screenshots/charts-pdf.png").toFile());
        }
        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Доля ответов в срок", "Департамент образования", "80 %", "40 % · 3, мало данных",
                "Тема в месте: Дороги — Луговое");
    }

    @Test
    void shouldShortenALongDepartmentNameSoThatItFitsLeftOfTheBars() throws Exception {
        // the labels are anchored at their end: a label wider than its column lost its first letters («епартамент…»)
        BaseFont regular = font("fonts/DejaVuSans.ttf");
        for (String name : List.of("МКУ «Управление информационно-финансового обеспечения земельными ресурсами»",
                "Департамент продовольственных ресурсов и потребительского рынка",
                "МКУ «Управление жилищной политики города Южно-Сахалинска»", "Департамент архитектуры и градостроительства",
                "Отдел муниципального жилищного контроля")) {
            String shown = BarChart.shorten(name, BarChart.LABEL_CHARS);
            float width = regular.getWidthPoint(shown, 11);
            assertThat(width).as(shown).isLessThanOrEqualTo((float) BarChart.LABEL_WIDTH - 8);
            assertThat(shown).startsWith(name.substring(0, 10));
        }
    }

    private static BaseFont font(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }
}
