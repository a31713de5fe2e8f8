package ru.mcu.analytics.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.Pages;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The reports for the regional ЦУР against a data set counted by hand (March 2019; other tests
 * count that month too, so the set is removed after each test):
 *
 * <pre>
 * R1 SITE   roads.potholes center     roads        recv 05.03 ans 10.03 due 04.04 on time  rated 5  (citizen's data seeded)  MEASURES_TAKEN
 * R2 SITE   roads.potholes center     roads        recv 06.03 ans 20.03 due 15.03 late     rated 1                           EXPLAINED
 * R3 LETTER roads.potholes khomutovo  roads        recv 07.03 open, due 20.03: open and overdue
 * R4 LETTER waste.collection lugovoe  —            recv 08.03 forwarded to another body 09.03                             FORWARDED
 * P1 POS «Дороги» roads.potholes      city-economy recv 02.03 ans 20.03 due 30.03 on time, one rework, rated 4
 * P2 POS «Дороги» (no rubric)         —            recv 03.03 not municipal 04.03 (forwarded)
 * P3 POS «ЖКХ» housing-utilities.heating city-economy recv 04.03 ans 15.03 due 14.03 late, returned as not ours once, rated 2
 * P4 POS (no category)                city-economy recv 20.02 ans 01.03 due 05.03 on time
 * I1 INCIDENT roads.potholes center   roads        recv 10.03 ans 11.03 due 17.03 on time
 * </pre>
 */
class RegionalReportsTest extends IntegrationTest {

    static final String NAME = "Кукушкина Евлампия Прохоровна";
    static final String EMAIL = "evlampia.k@example.ru";
    static final String PHONE = "+7 914 555-77-01";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegionalReports reports;
    @LocalServerPort
    private int port;

    private Api api;

    @AfterEach
    void removeTheSet() {
        CaseRows.deleteAll(jdbc, "T-REG-");
    }

    @BeforeEach
    void seed() {
        api = new Api(rest);
        CaseRows.deleteAll(jdbc, "T-REG-");
        CaseRows.of("T-REG-R1").rubric("roads.potholes").district("center").department("roads").received("2019-03-05 10:00")
                .answered("2019-03-10 10:00").due("2019-04-04 23:59").rated(5, "2019-03-12 10:00").set("result_type", "MEASURES_TAKEN")
                .citizen(NAME, EMAIL, PHONE, "693000, ул. Тайная, 1").insert(jdbc);
        CaseRows.of("T-REG-R2").rubric("roads.potholes").district("center").department("roads").received("2019-03-06 10:00")
                .answered("2019-03-20 10:00").due("2019-03-15 23:59").rated(1, "2019-03-21 10:00").set("result_type", "EXPLAINED").insert(jdbc);
        CaseRows.of("T-REG-R3").channel("LETTER").rubric("roads.potholes").district("khomutovo").department("roads")
                .received("2019-03-07 10:00").open().due("2019-03-20 23:59").insert(jdbc);
        CaseRows.of("T-REG-R4").channel("LETTER").rubric("waste.collection").district("lugovoe").received("2019-03-08 10:00")
                .set("closed_at", CaseRows.local("2019-03-09 10:00")).set("resolution", "FORWARDED").set("forwarded_to", "Министерство ЖКХ")
                .set("result_type", "FORWARDED").insert(jdbc);
        CaseRows.of("T-REG-P1").channel("POS").set("category", "Дороги").rubric("roads.potholes").department("city-economy")
                .received("2019-03-02 10:00").answered("2019-03-20 10:00").due("2019-03-30 18:00").set("rework_count", 1)
                .rated(4, "2019-03-25 10:00").insert(jdbc);
        CaseRows.of("T-REG-P2").channel("POS").set("category", "Дороги").received("2019-03-03 10:00")
                .set("closed_at", CaseRows.local("2019-03-04 10:00")).set("resolution", "REJECTED_NOT_MUNICIPAL").insert(jdbc);
        CaseRows.of("T-REG-P3").channel("POS").set("category", "ЖКХ").rubric("housing-utilities.heating").department("city-economy")
                .received("2019-03-04 10:00").answered("2019-03-15 10:00").due("2019-03-14 18:00").set("reroute_count", 1)
                .rated(2, "2019-03-16 10:00").insert(jdbc);
        CaseRows.of("T-REG-P4").channel("POS").department("city-economy").received("2019-02-20 10:00").answered("2019-03-01 10:00")
                .due("2019-03-05 18:00").insert(jdbc);
        CaseRows.of("T-REG-I1").channel("INCIDENT").rubric("roads.potholes").district("center").department("roads")
                .received("2019-03-10 10:00").answered("2019-03-11 10:00").due("2019-03-17 18:00").insert(jdbc);
    }

    private static ReportPeriod march() {
        return ReportPeriod.parse("2019-03", LocalDate.of(2026, 11, 18));
    }

    /** The values of a line of a table, as the page writes them. */
    private static List<Object> values(ReportDocument.Table table, String name) {
        ReportDocument.Row row = name.equals("Всего") ? table.total()
                : table.rows().stream().filter(r -> name.equals(r.cells().get(0).value())).findFirst().orElseThrow(() -> new AssertionError(name));
        return row.cells().stream().skip(1).map(ReportDocument.Cell::value).toList();
    }

    private static ReportDocument.Table table(ReportDocument doc, String id) {
        return doc.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shouldCountTheMonthPerChannelAndRecipientAsComputedByHand() {
        ReportDocument doc = reports.periodic(march());

        assertThat(doc.period()).isEqualTo("Март 2019");
        ReportDocument.Table channels = table(doc, "by-channel");
        // received, answered, on time, on-time share, late, open overdue, forwarded, not ours, reworked, rated, average, low share
        assertThat(values(channels, "Официальный сайт")).containsExactly(2L, 2L, 1L, 0.5, 1L, 0L, 0L, 0L, 0L, 2L, 3.0, 0.5);
        assertThat(values(channels, "Письменное обращение")).containsExactly(2L, 0L, 0L, null, 0L, 1L, 1L, 0L, 0L, 0L, null, null);
        assertThat(values(channels, "Платформа обратной связи")).containsExactly(3L, 3L, 2L, 2 / 3.0, 1L, 0L, 1L, 1L, 1L, 2L, 3.0, 0.5);
        assertThat(values(channels, "Инцидент Менеджмент")).containsExactly(1L, 1L, 1L, 1.0, 0L, 0L, 0L, 0L, 0L, 0L, null, null);
        assertThat(values(channels, "ЕПГУ")).containsExactly(0L, 0L, 0L, null, 0L, 0L, 0L, 0L, 0L, 0L, null, null);
        assertThat(values(channels, "Всего")).containsExactly(8L, 6L, 4L, 4 / 6.0, 2L, 1L, 2L, 1L, 1L, 4L, 3.0, 0.5);

        ReportDocument.Table departments = table(doc, "by-department");
        assertThat(departments.rows()).extracting(r -> r.cells().get(0).value())
                .containsExactly("Департамент дорожного хозяйства и благоустройства", "Департамент городского хозяйства", "Без исполнителя");
        assertThat(values(departments, "Департамент дорожного хозяйства и благоустройства"))
                .containsExactly(4L, 3L, 2L, 2 / 3.0, 1L, 1L, 0L, 0L, 0L, 2L, 3.0, 0.5);
        assertThat(values(departments, "Департамент городского хозяйства")).containsExactly(2L, 3L, 2L, 2 / 3.0, 1L, 0L, 0L, 1L, 1L, 2L, 3.0, 0.5);
        assertThat(values(departments, "Без исполнителя")).containsExactly(2L, 0L, 0L, null, 0L, 0L, 2L, 0L, 0L, 0L, null, null);

        assertThat(table(doc, "top-topics").rows()).extracting(r -> r.cells().get(0).value(), r -> r.cells().get(1).value())
                .startsWith(org.assertj.core.groups.Tuple.tuple("Дороги", 5L));
        assertThat((Double) table(doc, "top-topics").rows().get(0).cells().get(2).value()).isCloseTo(5 / 8.0, within(1e-9));
        assertThat(table(doc, "top-districts").rows()).extracting(r -> r.cells().get(0).value(), r -> r.cells().get(1).value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Южно-Сахалинск (центр)", 3L),
                        org.assertj.core.groups.Tuple.tuple("Хомутово", 1L), org.assertj.core.groups.Tuple.tuple("Луговое", 1L));
    }

    @Test
    void shouldReportTheQuarterWithTheMonthsBeforeIt() {
        ReportDocument doc = reports.periodic(ReportPeriod.parse("2019-Q1", LocalDate.of(2026, 11, 18)));

        assertThat(doc.period()).isEqualTo("I квартал 2019");
        assertThat(values(table(doc, "by-channel"), "Платформа обратной связи").get(0)).as("P4 received in February").isEqualTo(4L);
        assertThat(values(table(doc, "by-channel"), "Всего").get(0)).isEqualTo(9L);
    }

    @Test
    void shouldCountThePosMessagesByCategory() {
        ReportDocument doc = reports.pos(march());

        ReportDocument.Table categories = table(doc, "by-category");
        assertThat(categories.rows()).extracting(r -> r.cells().get(0).value()).containsExactly("Дороги", "ЖКХ", "Без категории");
        assertThat(values(categories, "Дороги")).containsExactly(2L, 1L, 1L, 1.0, 0L, 0L, 1L, 0L, 1L, 1L, 4.0, 0.0);
        assertThat(values(categories, "ЖКХ")).containsExactly(1L, 1L, 0L, 0.0, 1L, 0L, 0L, 1L, 0L, 1L, 2.0, 1.0);
        assertThat(values(categories, "Без категории")).containsExactly(0L, 1L, 1L, 1.0, 0L, 0L, 0L, 0L, 0L, 0L, null, null);
        assertThat(values(categories, "Всего")).containsExactly(3L, 3L, 2L, 2 / 3.0, 1L, 0L, 1L, 1L, 1L, 2L, 3.0, 0.5);
    }

    @Test
    void shouldWriteTheReportAsXlsxAndPdfWithoutPersonalData() throws Exception {
        ResponseEntity<byte[]> xlsx = as("mcu-head").getForEntity("/api/analytics/regional/report.xlsx?period=2019-03", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("mcu-cur-report-2019-03.xlsx");
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet channels = book.getSheet("По каналам поступления");
            Row header = channels.getRow(ReportXlsx.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Канал");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Доля низких оценок (1–2)");
            Row site = channels.getRow(ReportXlsx.HEADER_ROW + 3);
            assertThat(site.getCell(0).getStringCellValue()).isEqualTo("Официальный сайт");
            assertThat(site.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(site.getCell(4).getNumericCellValue()).isEqualTo(0.5);
            assertThat(new DataFormatter().formatCellValue(site.getCell(4))).isEqualTo("50.0%");
            Row total = channels.getRow(ReportXlsx.HEADER_ROW + 7);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Всего");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(8.0);
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            DataFormatter f = new DataFormatter();
            for (Sheet s : book) {
                for (Row r : s) {
                    r.forEach(c -> all.append(f.formatCellValue(c)).append(' '));
                }
            }
        }
        assertThat(all.toString()).contains("Департамент городского хозяйства", "Дороги", "Южно-Сахалинск (центр)")
                .doesNotContain(NAME, EMAIL, PHONE, "Кукушкина", "ул. Тайная");

        byte[] pdf = as("mcu-head").getForObject("/api/analytics/regional/report.pdf?period=2019-03", byte[].class);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            // a long name wraps within its cell: its lines come out apart, with the row's figures between them
            assertThat(text).contains("Отчёт МЦУ для регионального ЦУР", "Март 2019", "По ответственным получателям",
                    "Департамент дорожного хозяйства", "благоустройства", "Главные районы");
            assertThat(text).doesNotContain(NAME, EMAIL, PHONE, "Кукушкина", "ул. Тайная");
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? ":embedded" : ""));
            }
            assertThat(fonts).anyMatch(n -> n.contains("DejaVuSans") && n.endsWith(":embedded"));
        }

        byte[] posPdf = as("mcu-head").getForObject("/api/analytics/regional/pos.pdf?period=2019-03", byte[].class);
        try (PDDocument doc = Loader.loadPDF(posPdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Отчёт по Платформе обратной связи", "ЖКХ", "Без категории")
                    .doesNotContain(NAME, EMAIL, PHONE);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                as("mcu-head").getForObject("/api/analytics/regional/pos.xlsx?period=2019-03", byte[].class)))) {
            Row roads = book.getSheet("Сообщения ПОС по категориям").getRow(ReportXlsx.HEADER_ROW + 1);
            assertThat(roads.getCell(0).getStringCellValue()).isEqualTo("Дороги");
            assertThat(roads.getCell(9).getNumericCellValue()).as("re-opened after a low rating").isEqualTo(1.0);
            assertThat(roads.getCell(11).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    void shouldRefuseABadPeriodNamingIt() {
        for (String bad : List.of("2019-13", "2019-Q5", "март", "2099-01", "2099-Q1")) {
            ResponseEntity<String> refused = api.get("mcu-head", "/api/analytics/regional/report.xlsx?period=" + bad);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(Json.parse(refused.getBody()).get("errors").findValuesAsText("field")).as(bad).containsExactly("period");
        }
        assertThat(api.get("mcu-head", "/api/analytics/regional/pos.pdf?period=2019-00").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var page = new Pages(port).login("mcu-head").get("/analytics/regional/report?period=2019-13");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Месяц в виде ГГГГ-ММ");
    }

    /** «Доля ответов в срок» is on time / (on time + late): its link opens its numerator, the answers in time. */
    @Test
    void shouldLinkTheOnTimeShareToTheAnswersInTime() {
        ReportDocument.Table channels = table(reports.periodic(march()), "by-channel");
        for (ReportDocument.Row row : channels.rows()) {
            assertThat(row.cells().get(4).href()).as("the share of %s", row.cells().get(0).value()).isEqualTo(row.cells().get(3).href());
        }
        ReportDocument.Row site = channels.rows().stream().filter(r -> "Официальный сайт".equals(r.cells().get(0).value())).findFirst()
                .orElseThrow();
        assertThat(site.cells().get(3).value()).isEqualTo(1L);
        String opened = new Pages(port).login("mcu-head").get(site.cells().get(4).href()).body();
        assertThat(opened).as("the one answer in time, not the late one").contains("T-REG-R1").doesNotContain("T-REG-R2");
    }

    @Test
    void shouldLinkEveryFigureOfThePagesToItsCases() {
        Pages pages = new Pages(port).login("mcu-head");
        String page = pages.get("/analytics/regional/report?period=2019-03").body();
        assertThat(page).contains("Март 2019", "period=2019-03", "Скачать XLSX")
                .contains("/analytics/cases?from=2019-03-01&amp;to=2019-03-31&amp;channel=SITE&amp;measure=late")
                .contains("department=none&amp;measure=forwarded")
                .doesNotContain(NAME, EMAIL, PHONE);
        assertThat(pages.get("/analytics/cases?from=2019-03-01&to=2019-03-31&channel=SITE&measure=late").body()).contains("T-REG-R2")
                .doesNotContain("T-REG-R1");
        assertThat(pages.get("/analytics/cases?from=2019-03-01&to=2019-03-31&measure=forwarded").body()).contains("T-REG-R4", "T-REG-P2")
                .doesNotContain("T-REG-R1");

        String pos = pages.get("/analytics/regional/pos?period=2019-03").body();
        assertThat(pos).contains("Отчёт по Платформе обратной связи", "channel=POS&amp;measure=late&amp;category=%D0%96%D0%9A%D0%A5");
        String late = pages.get("/analytics/cases?from=2019-03-01&to=2019-03-31&channel=POS&category=%D0%96%D0%9A%D0%A5&measure=late").body();
        assertThat(late).contains("T-REG-P3", "категория ПОС: ЖКХ").doesNotContain("T-REG-P1");
        assertThat(pages.get("/analytics/cases?from=2019-03-01&to=2019-03-31&channel=POS&category=none&measure=answered").body())
                .contains("T-REG-P4").doesNotContain("T-REG-P3");
    }

    @Test
    void shouldReportTheResultsOfAppealsByTopicAsXlsxAndPdf() throws Exception {
        ResponseEntity<byte[]> xlsx = as("mcu-head").getForEntity("/api/analytics/results.xlsx?month=2019-03&by=topic", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(ReportXlsx.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Тема");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Поддержано (всего)");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("в т.ч. меры приняты");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Разъяснено");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Направлено по компетенции");
            Row roads = sheet.getRow(ReportXlsx.HEADER_ROW + 1);
            assertThat(roads.getCell(0).getStringCellValue()).isEqualTo("Дороги");
            // R1 (measures taken) and R2 (explained); R3 is open; P1 and I1 are not 59-ФЗ appeals
            assertThat(roads.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(roads.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(roads.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(roads.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            Row waste = sheet.getRow(ReportXlsx.HEADER_ROW + 2);
            assertThat(waste.getCell(0).getStringCellValue()).isEqualTo("Вывоз мусора (ТКО)");
            assertThat(waste.getCell(8).getNumericCellValue()).isEqualTo(1.0);
        }
        byte[] pdf = as("mcu-head").getForObject("/api/analytics/results.pdf?month=2019-03&by=topic", byte[].class);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Результаты рассмотрения обращений (ССТУ.РФ)", "Обращения по темам",
                    "Дороги", "Вывоз мусора (ТКО)").doesNotContain(NAME, EMAIL, PHONE);
        }
        String page = new Pages(port).login("mcu-head").get("/analytics/results?month=2019-03&by=topic").body();
        assertThat(page).contains("Тема", "Дороги", "results.xlsx?month=2019-03&amp;by=topic");
        assertThat(api.get("mcu-head", "/api/analytics/results.xlsx?month=2019-03&by=street").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
