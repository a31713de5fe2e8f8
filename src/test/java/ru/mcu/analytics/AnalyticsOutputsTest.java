package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.export.CaseExport;
import ru.mcu.analytics.growth.GrowthFactor;
import ru.mcu.analytics.growth.GrowthFactors;
import ru.mcu.analytics.growth.RepeatedComplaints;
import ru.mcu.analytics.heatmap.HeatMap;
import ru.mcu.analytics.heatmap.HeatMapQuery;
import ru.mcu.analytics.roadmap.Roadmap;
import ru.mcu.analytics.roadmap.RoadmapEscalation;
import ru.mcu.analytics.roadmap.Roadmaps;
import ru.mcu.analytics.weeklynote.NoteDocuments;
import ru.mcu.analytics.weeklynote.WeeklyNote;
import ru.mcu.analytics.weeklynote.WeeklyNoteBuilder;
import ru.mcu.analytics.weeklynote.WeeklyNotes;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * Heat map, growth factors, the weekly note (HTML, PDF, e-mail), exports and roadmap
 * escalation against hand-made data in July 2025, and the absence of a seeded citizen's data
 * from every analytical output.
 *
 * <pre>
 * week 14–20.07.2025: K1..K10 roads.potholes khomutovo (K1..K3 at «ул. Тестовая, 5»); W1..W6 waste.collection center
 * week 07–13.07.2025: P1, P2 roads.potholes center; V1..V3 waste.collection center
 * open since 01.06, due 01.07: O1 roads, overdue
 * heat map week 09–15.06.2025: H1 H2 roads center, same 500 m cell; H3 roads lugovoe (no place); H4 waste center
 * </pre>
 */
class AnalyticsOutputsTest extends IntegrationTest {

    static final Period WEEK = Period.weekOf(LocalDate.of(2025, 7, 14));
    static final String NAME = "Сидоренко Аглая Феоктистовна";
    static final String EMAIL = "aglaya.sid@example.ru";
    static final String PHONE = "+7 914 555-01-99";
    static final String POSTAL = "693020, ул. Секретная, д. 7, кв. 3";
    static final String TEXT = "Секретный текст обращения Аглаи";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private HeatMapQuery heatMaps;
    @Autowired
    private GrowthFactors growth;
    @Autowired
    private RepeatedComplaints repeats;
    @Autowired
    private WeeklyNoteBuilder builder;
    @Autowired
    private NoteDocuments documents;
    @Autowired
    private WeeklyNotes notes;
    @Autowired
    private CaseExport export;
    @Autowired
    private Roadmaps roadmaps;
    @Autowired
    private RoadmapEscalation escalation;
    @LocalServerPort
    private int port;

    @BeforeEach
    void seed() {
        jdbc.update("delete from roadmap where title like 'T-OUT%'");
        jdbc.update("delete from weekly_note where week_start = ?", java.sql.Date.valueOf(WEEK.from()));
        jdbc.update("delete from outbox_message where message_key like 'weekly-note:2025-07-14%'");
        CaseRows.deleteAll(jdbc, "T-OUT-");
        for (int i = 1; i <= 10; i++) {
            CaseRows k = CaseRows.of("T-OUT-K" + i).rubric("roads.potholes").district("khomutovo").department("roads")
                    .received("2025-07-1" + (4 + i % 5) + " 10:0" + (i % 10)).open().due("2025-08-15 23:59");
            if (i <= 3) {
                k.set("address", "ул. Тестовая, 5");
            }
            k.citizen(NAME, EMAIL, PHONE, POSTAL).set("text", TEXT).insert(jdbc);
        }
        for (int i = 1; i <= 6; i++) {
            CaseRows.of("T-OUT-W" + i).rubric("waste.collection").district("center").department("city-economy")
                    .received("2025-07-15 1" + i + ":00").registered("2025-07-15 1" + i + ":30").answered("2025-07-17 10:00")
                    .due("2025-08-14 23:59").rated(i <= 4 ? 5 : 2, "2025-07-18 10:00").insert(jdbc);
        }
        for (int i = 1; i <= 2; i++) {
            CaseRows.of("T-OUT-P" + i).rubric("roads.potholes").district("center").department("roads")
                    .received("2025-07-08 10:00").answered("2025-07-10 10:00").due("2025-08-07 23:59").insert(jdbc);
        }
        for (int i = 1; i <= 3; i++) {
            CaseRows.of("T-OUT-V" + i).rubric("waste.collection").district("center").department("city-economy")
                    .received("2025-07-09 10:00").answered("2025-07-10 10:00").due("2025-08-08 23:59").insert(jdbc);
        }
        CaseRows.of("T-OUT-O1").rubric("roads.potholes").district("center").department("roads")
                .received("2025-06-01 10:00").registered("2025-06-01 12:00").open().due("2025-07-01 23:59").insert(jdbc);
        CaseRows.of("T-OUT-H1").rubric("roads.potholes").district("center").received("2025-06-10 10:00").place(46.9612, 142.7383, null).insert(jdbc);
        CaseRows.of("T-OUT-H2").rubric("roads.sidewalks").district("center").received("2025-06-11 10:00").place(46.9615, 142.7385, null).insert(jdbc);
        CaseRows.of("T-OUT-H3").rubric("roads.potholes").district("lugovoe").received("2025-06-12 10:00").insert(jdbc);
        CaseRows.of("T-OUT-H4").rubric("waste.collection").district("center").received("2025-06-12 11:00").place(46.99, 142.72, null).insert(jdbc);
    }

    @Test
    void shouldCountTheHeatMapByTopicAndDistrictAndCell() {
        HeatMap map = heatMaps.heatMap(CaseSlice.of(Period.weekOf(LocalDate.of(2025, 6, 9))));

        assertThat(map.total()).isEqualTo(4);
        assertThat(map.count("roads", "center")).as("H1 and H2: two rubrics of one topic").isEqualTo(2);
        assertThat(map.count("roads", "lugovoe")).isEqualTo(1);
        assertThat(map.count("waste", "center")).isEqualTo(1);
        assertThat(map.topics()).extracting(HeatMap.Label::code).containsExactly("roads", "waste");
        assertThat(map.cells()).extracting(HeatMap.Cell::count).containsExactly(2L, 1L);
        assertThat(map.cells().get(0).bbox().minLat()).isLessThan(46.9612);

        HeatMap roadsOnly = heatMaps.heatMap(CaseSlice.of(Period.weekOf(LocalDate.of(2025, 6, 9))).withRubric("roads"));
        assertThat(roadsOnly.total()).isEqualTo(3);
    }

    @Test
    void shouldFindGrowthBeyondNoiseOnly() {
        List<GrowthFactor> factors = growth.factors(WEEK, null);

        assertThat(factors).extracting(GrowthFactor::title).containsExactlyInAnyOrder("Дороги", "Хомутово", "Дороги — Хомутово");
        GrowthFactor roads = factors.stream().filter(f -> f.level() == GrowthFactor.Level.TOPIC).findFirst().orElseThrow();
        assertThat(roads.count()).isEqualTo(10);
        assertThat(roads.previous()).isEqualTo(2);
        assertThat(roads.z()).isCloseTo(8 / Math.sqrt(12), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(roads.drivers()).extracting(GrowthFactor.Driver::rubric).containsExactly("roads.potholes");
        // waste grew 3 → 6: z = 1, noise
        assertThat(factors).noneMatch(f -> "waste".equals(f.topic()));

        RepeatedComplaints.Share share = repeats.share(WEEK);
        assertThat(share.withPlace()).isEqualTo(3);
        assertThat(share.repeated()).as("K2 and K3 repeat K1").isEqualTo(2);
        List<RepeatedComplaints.Cluster> clusters = repeats.clusters(CaseSlice.of(WEEK), time.instant());
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).place()).isEqualTo("ул. Тестовая, 5");
        assertThat(clusters.get(0).numbers()).hasSize(3);
    }

    @Test
    void shouldBuildTheNoteOfAFixedWeekWithKnownContents() throws Exception {
        WeeklyNote note = builder.build(LocalDate.of(2025, 7, 16));

        assertThat(note.week()).isEqualTo(WEEK);
        assertThat(note.total().count()).isEqualTo(16);
        assertThat(note.total().previous()).isEqualTo(5);
        assertThat(note.byTopic()).contains(new WeeklyNote.Count("Дороги", 10, 2), new WeeklyNote.Count("Вывоз мусора (ТКО)", 6, 3));
        assertThat(note.topProblems().get(0)).isEqualTo(new WeeklyNote.Count("Ямы и разрушение дорожного покрытия", 10, 2));
        assertThat(note.topPlaces().get(0).label()).isEqualTo("Хомутово");
        assertThat(note.overdueCases()).extracting(WeeklyNote.OverdueCase::number).contains("T-OUT-O1");
        assertThat(note.overdueCases()).filteredOn(c -> c.number().equals("T-OUT-O1")).singleElement()
                .satisfies(c -> assertThat(c.daysOverdue()).isEqualTo(19));
        assertThat(note.growth()).hasSize(3);
        assertThat(note.satisfaction()).isEqualTo(new WeeklyNote.Satisfaction(6, 4.0, 4 / 6.0));

        String html = documents.html(note);
        assertThat(html).contains("Еженедельная аналитическая записка", "<svg", "Поступило по каналам", "T-OUT-O1", "Дороги — Хомутово");
        assertThat(html).as("the rating's and the growth factors' charts").contains("Доля ответов в срок", "Минимальная выборка",
                "Тема в месте: Дороги — Хомутово", "class=\"dot marked\"");

        try (PDDocument pdf = Loader.loadPDF(documents.pdf(note))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Еженедельная аналитическая записка", "Точки роста", "Дороги — Хомутово", "T-OUT-O1",
                    "Удовлетворённость заявителей");
            assertThat(text).as("the charts drawn in the PDF").contains("Доля ответов в срок", "Минимальная выборка",
                    "Тема в месте: Дороги — Хомутово", "Поступило по неделям");
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? ":embedded" : ""));
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans") && f.endsWith(":embedded"));
        }
    }

    @Test
    void shouldArchiveAndSendTheNoteOnceToTheHeadOfAdministration() {
        WeeklyNotes.Archived draft = notes.build(LocalDate.of(2025, 7, 20), "pi-1");
        assertThat(draft.weekStart()).isEqualTo(WEEK.from());
        assertThat(draft.status()).isEqualTo("DRAFT");
        notes.review(draft.id(), "mcu-head", "Дороги в Хомутово — на контроль");

        assertThat(notes.send(draft.id())).isTrue();
        assertThat(notes.send(draft.id())).as("a repeated send writes nothing").isFalse();

        List<String> mails = jdbc.queryForList("select recipient || '|' || subject || '|' || text_body from outbox_message where message_key like 'weekly-note:2025-07-14%'", String.class);
        assertThat(mails).singleElement().satisfies(m -> assertThat(m)
                .startsWith("head-of-administration@mcu.example|Еженедельная аналитическая записка МЦУ за 14 июля 2025")
                .contains("Дороги в Хомутово — на контроль", "/analytics/notes/" + draft.id() + ".pdf"));
        assertThat(notes.get(draft.id()).orElseThrow().sent()).isTrue();
        assertThat(notes.build(WEEK.from(), "pi-2").id()).as("a sent note is kept as sent").isEqualTo(draft.id());
        assertThat(notes.pdf(draft.id()).orElseThrow()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void shouldExportTheCasesOfAPeriodAsCsvAndXlsxThatParseBack() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.csv(CaseSlice.of(WEEK), csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFНомер;Канал;");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(1 + 16);
        String w1 = lines.stream().filter(l -> l.startsWith("T-OUT-W1;")).findFirst().orElseThrow();
        List<String> cells = List.of(w1.split(";", -1));
        assertThat(cells).hasSize(export.headers().size());
        assertThat(cells.get(export.headers().indexOf("Ответ дан"))).isEqualTo("2025-07-17 10:00");
        assertThat(cells.get(export.headers().indexOf("Оценка"))).isEqualTo("5");
        assertThat(cells.get(export.headers().indexOf("Результат"))).isEqualTo("Дан ответ по существу");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.xlsx(CaseSlice.of(WEEK), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер");
            assertThat(sheet.getLastRowNum()).isEqualTo(16);
            List<String> numbers = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                numbers.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(numbers).contains("T-OUT-K1", "T-OUT-W6").doesNotContain("T-OUT-P1");
        }
    }

    @Test
    void shouldEscalateAnOverdueMeasureOncePerTerm() {
        long id = roadmaps.create(new Roadmaps.Draft("T-OUT Ямы в Хомутово", "Рост жалоб на ямы", "test", "roads.potholes", "khomutovo",
                "roads", ru.mcu.analytics.roadmap.RootCause.INFRASTRUCTURE_WEAR, null, List.of("T-OUT-K1", "T-OUT-K2", "T-OUT-NONE")), "mcu-head");
        roadmaps.approve(id, "roads-head", java.util.Set.of("dept-roads-heads"));
        long measure = roadmaps.addMeasure(id, "Ямочный ремонт ул. Тестовой", "roads-agency", LocalDate.of(2025, 1, 10));
        roadmaps.addMeasure(id, "Проверка подрядчика", "roads", roadmaps.today().plusYears(1));
        Roadmap roadmap = roadmaps.get(id).orElseThrow();
        assertThat(roadmap.caseNumbers()).containsExactly("T-OUT-K1", "T-OUT-K2");
        assertThat(roadmap.overdueOn(roadmaps.today())).isEqualTo(1);

        assertThat(escalation.escalateOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(escalation.escalateOverdue()).as("the same term is told once").isZero();
        roadmaps.updateMeasure(id, measure, Roadmap.MeasureStatus.IN_PROGRESS, LocalDate.of(2025, 1, 20));
        assertThat(escalation.escalateOverdue()).as("a new term that passed too").isEqualTo(1);

        List<String> recipients = jdbc.queryForList("select recipient from outbox_message where message_key like ?", String.class,
                "roadmap-measure-overdue:" + measure + ":%");
        assertThat(recipients).containsExactly("roads-agency-head@mcu.example", "roads-agency-head@mcu.example");
        roadmaps.updateMeasure(id, measure, Roadmap.MeasureStatus.DONE, LocalDate.of(2025, 1, 20));
        assertThat(roadmaps.get(id).orElseThrow().done()).isEqualTo(1);
    }

    @Test
    void shouldOfferARoadmapFromAGrowthFactorWithItsCasesLinked() {
        Pages pages = new Pages(port).login("mcu-head");
        String growthPage = pages.get("/analytics/growth?week=" + WEEK.from()).body();
        assertThat(growthPage).contains("Дороги — Хомутово", "/analytics/roadmaps/new?");

        String form = pages.get("/analytics/roadmaps/new?from=" + WEEK.from() + "&to=" + WEEK.to()
                + "&rubric=roads&district=khomutovo&title=%D0%AF%D0%BC%D1%8B").body();
        assertThat(form).contains("T-OUT-K1", "T-OUT-K10").doesNotContain("T-OUT-W1");
        assertThat(form).as("the topic's default department is offered as owner")
                .containsPattern("<option value=\"roads\" selected");
    }

    @Test
    void shouldShowNoCitizenDataInAnyAnalyticalOutput() throws Exception {
        Api api = new Api(rest);
        String q = "from=" + WEEK.from() + "&to=" + WEEK.to();
        List<String> outputs = new ArrayList<>();
        outputs.add(api.get("curator", "/api/ratings?" + q + "&minSample=1").getBody());
        outputs.add(api.get("curator", "/api/analytics/heatmap?" + q).getBody());
        outputs.add(api.get("curator", "/api/analytics/growth?week=" + WEEK.from()).getBody());
        outputs.add(api.get("curator", "/api/analytics/export/cases.csv?" + q).getBody());
        Pages pages = new Pages(port).login("curator");
        for (String page : List.of("/analytics/rating?" + q, "/analytics/heatmap?" + q, "/analytics/growth?week=" + WEEK.from(),
                "/analytics/cases?" + q, "/analytics/cases/T-OUT-K1", "/analytics/notes/week?day=" + WEEK.from())) {
            var response = pages.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            outputs.add(response.body());
        }
        WeeklyNote note = builder.build(WEEK.from());
        outputs.add(documents.html(note));
        outputs.add(documents.summary(note));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(note))) {
            outputs.add(new PDFTextStripper().getText(pdf));
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.xlsx(CaseSlice.of(WEEK), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            StringBuilder all = new StringBuilder();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    all.append(cell.toString()).append(' ');
                }
            }
            outputs.add(all.toString());
        }

        assertThat(String.join("\n", outputs)).as("the seeded case is in the outputs").contains("T-OUT-K1");
        for (String output : outputs) {
            assertThat(output).doesNotContain("Аглая", "Аглаи", "Сидоренко", "aglaya", "555-01-99", "Секретн");
        }
        JsonNode rating = ru.mcu.support.Json.parse(outputs.get(0));
        assertThat(rating.toString()).doesNotContain("citizen");
    }
}
