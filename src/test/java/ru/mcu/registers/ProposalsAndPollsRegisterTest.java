package ru.mcu.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.Pages;
import ru.mcu.analytics.weeklynote.NoteDocuments;
import ru.mcu.analytics.weeklynote.WeeklyNote;
import ru.mcu.analytics.weeklynote.WeeklyNoteBuilder;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.support.TestDays;

/**
 * The registers of digitalisation proposals (1.2.8, 3.2.3.3) and of poll priorities (1.1.3.6): validation, audit, the
 * ranking of problem points on known cases, the export for the regional platform and the weekly note's section.
 */
class ProposalsAndPollsRegisterTest extends IntegrationTest {

    private static final String MARCH = "from=2019-03-01&to=2019-03-31";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private WeeklyNoteBuilder notes;
    @Autowired
    private NoteDocuments documents;
    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void knownCases() {
        api = new Api(rest);
        cleanUp();
        // March 2019 against the 31 days before it: roads in Луговое grew 10 against 1 (no place given);
        // waste in the centre 6 against 0, all at one address: a cluster of repeated complaints
        for (int i = 1; i <= 10; i++) {
            CaseRows.of("PPR-R" + i).rubric("roads.potholes").district("lugovoe").received("2019-03-" + (10 + i) + " 10:00").insert(jdbc);
        }
        CaseRows.of("PPR-R0").rubric("roads.potholes").district("lugovoe").received("2019-02-10 10:00").insert(jdbc);
        for (int i = 1; i <= 6; i++) {
            CaseRows.of("PPR-W" + i).rubric("waste.collection").district("center").received("2019-03-0" + i + " 09:00")
                    .place(46.95, 142.73, "ул. Тестовая, 1").insert(jdbc);
        }
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from poll_priority where period_from = '2019-03-01'");
        CaseRows.deleteAll(jdbc, "PPR-");
    }

    @Test
    void shouldRankTheProblemPointsOfAPeriodByCasesThenGrowth() {
        JsonNode candidates = api.getJson("mcu-head", "/api/registers/poll-priorities/candidates?" + MARCH);
        List<String> ranked = new ArrayList<>();
        candidates.forEach(c -> ranked.add(c.get("rank").asInt() + " " + c.get("title").asText() + " " + c.get("count").asInt()
                + "/" + (c.path("previous").isNumber() ? c.get("previous").asText() : "-")));
        assertThat(ranked).containsExactly(
                "1 Дороги 10/1",
                "2 Дороги — Луговое 10/1",
                "3 Луговое 10/1",
                "4 Вывоз мусора (ТКО) 6/0",
                "5 Вывоз мусора (ТКО) — Южно-Сахалинск (центр) 6/0",
                "6 Южно-Сахалинск (центр) 6/0",
                "7 Вывоз ТКО: ул. Тестовая, 1 6/-");
        JsonNode cluster = candidates.get(6);
        assertThat(cluster.get("key").asText()).isEqualTo("cluster:waste.collection:ул. тестовая, 1");
        assertThat(cluster.get("caseNumbers").size()).isEqualTo(6);
        assertThat(cluster.get("question").asText()).contains("Вывоз ТКО", "ул. Тестовая, 1");
        assertThat(candidates.get(1).get("question").asText())
                .isEqualTo("Какие вопросы по теме «Дороги» в районе «Луговое» следует решить в первую очередь?");
        assertThat(candidates.get(0).get("cases").asText()).isEqualTo("/analytics/cases?from=2019-03-01&to=2019-03-31&rubric=roads");
    }

    @Test
    void shouldKeepChosenPointsRankedWithTheirEditedQuestionAndExportThem() throws Exception {
        ResponseEntity<String> cluster = api.post("pos-coordinator", "/api/registers/poll-priorities", """
                {"key": "cluster:waste.collection:ул. тестовая, 1", "from": "2019-03-01", "to": "2019-03-31",
                 "question": "Нужна ли на ул. Тестовой, 1 новая контейнерная площадка?"}""");
        assertThat(cluster.getStatusCode().value()).as(cluster.getBody()).isEqualTo(201);
        long clusterId = Json.parse(cluster.getBody()).get("id").asLong();
        ResponseEntity<String> roads = api.post("mcu-head", "/api/registers/poll-priorities",
                "{\"key\": \"growth:TOPIC_IN_DISTRICT:roads:lugovoe\", \"from\": \"2019-03-01\", \"to\": \"2019-03-31\"}");
        assertThat(roads.getStatusCode().value()).as(roads.getBody()).isEqualTo(201);
        JsonNode road = Json.parse(roads.getBody());
        assertThat(road.get("count").asInt()).as("computed from the cases, not taken from the caller").isEqualTo(10);
        assertThat(road.get("question").asText()).as("the proposed question when none is typed").contains("«Дороги» в районе «Луговое»");

        ResponseEntity<String> again = api.post("mcu-head", "/api/registers/poll-priorities",
                "{\"key\": \"growth:TOPIC_IN_DISTRICT:roads:lugovoe\", \"from\": \"2019-03-01\", \"to\": \"2019-03-31\"}");
        assertThat(again.getStatusCode().value()).isEqualTo(400);
        assertThat(Json.parse(again.getBody()).get("errors").findValuesAsText("field")).containsExactly("key");
        ResponseEntity<String> bad = api.post("mcu-head", "/api/registers/poll-priorities",
                "{\"key\": \"growth:TOPIC:nothing:-\", \"from\": \"2019-03-01\", \"to\": \"март\"}");
        assertThat(Json.parse(bad.getBody()).get("errors").findValuesAsText("field")).containsExactly("to");
        ResponseEntity<String> blank = api.exchange("mcu-head", HttpMethod.PUT, "/api/registers/poll-priorities/" + clusterId,
                "{\"question\": \"\", \"status\": \"SOMEDAY\"}");
        assertThat(Json.parse(blank.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("question", "status");
        assertThat(api.post("curator", "/api/registers/poll-priorities",
                "{\"key\": \"growth:TOPIC:roads:-\", \"from\": \"2019-03-01\", \"to\": \"2019-03-31\"}").getStatusCode().value()).isEqualTo(403);

        List<String> register = new ArrayList<>();
        api.getJson("curator", "/api/registers/poll-priorities").forEach(p -> {
            if (p.get("from").asText().equals("2019-03-01")) {
                register.add(p.get("title").asText());
            }
        });
        assertThat(register).as("ten cases before six").containsExactly("Дороги — Луговое", "Вывоз ТКО: ул. Тестовая, 1");

        ResponseEntity<String> approved = api.exchange("im-coordinator", HttpMethod.PUT, "/api/registers/poll-priorities/" + clusterId,
                "{\"question\": \"Нужна ли на ул. Тестовой, 1 контейнерная площадка с навесом?\", \"status\": \"APPROVED\"}");
        assertThat(Json.parse(approved.getBody()).get("status").asText()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REGISTER_CHANGE' and detail like ?", Long.class,
                "Приоритет для опроса №" + clusterId + ": состояние «предложен» → «согласован»; вопрос: Нужна ли%")).isEqualTo(1);

        String csv = new String(download("/api/registers/poll-priorities/export.csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFМесто;Номер в реестре;Источник;Проблемная точка;Код темы;Тема;Код района;Район;"
                + "Место (адрес или участок);Период с;Период по;Обращений и сообщений;За предыдущий период;Рост;Вопрос для опроса;"
                + "Код состояния;Состояние;Ссылка на обращения и сообщения;Номера обращений и сообщений");
        String roadLine = line(lines, ";Дороги — Луговое;");
        assertThat(roadLine).contains(";точка роста;Дороги — Луговое;roads;Дороги;lugovoe;Луговое;;2019-03-01;2019-03-31;10;1;9;",
                ";PROPOSED;предложен;http");
        assertThat(line(lines, ";Вывоз ТКО: ул. Тестовая, 1;")).contains(";6;;;Нужна ли на ул. Тестовой, 1 контейнерная площадка с навесом?;APPROVED;")
                .endsWith(";PPR-W1, PPR-W2, PPR-W3, PPR-W4, PPR-W5, PPR-W6");
        assertThat(roadLine).as("a growth factor lists no numbers: its link is the slice").endsWith(";");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("/api/registers/poll-priorities/export.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("Вопрос для опроса");
            boolean found = false;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(3).getStringCellValue().equals("Дороги — Луговое")) {
                    assertThat(sheet.getRow(i).getCell(11).getNumericCellValue()).isEqualTo(10.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        JsonNode json = api.getJson("mcu-head", "/api/registers/poll-priorities/export.json");
        JsonNode first = null;
        for (JsonNode n : json) {
            if (n.get("id").asLong() == clusterId) {
                first = n;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("question").asText()).isEqualTo("Нужна ли на ул. Тестовой, 1 контейнерная площадка с навесом?");
        assertThat(first.get("cases").asInt()).isEqualTo(6);
        assertThat(first.get("caseNumbers").size()).isEqualTo(6);
        assertThat(first.get("casesLink").asText()).contains("/analytics/cases?from=2019-03-01&to=2019-03-31&rubric=waste.collection");

        api.exchange("mcu-head", HttpMethod.PUT, "/api/registers/poll-priorities/" + clusterId,
                "{\"question\": \"Нужна ли площадка?\", \"status\": \"REJECTED\"}");
        assertThat(new String(download("/api/registers/poll-priorities/export.csv"), StandardCharsets.UTF_8))
                .as("a rejected point is not exported").doesNotContain("ул. Тестовая, 1");
    }

    @Test
    void shouldAddAPointFromThePageWithItsQuestion() {
        Pages head = new Pages(port).login("mcu-head");
        String page = "/analytics/registers/polls?" + MARCH;
        assertThat(head.get(page).body()).contains("Проблемные точки периода", "Дороги — Луговое", "В реестр");
        HttpResponse<String> empty = head.submit(page, "/analytics/registers/polls", "key", "growth:TOPIC:roads:-", "from", "2019-03-01",
                "to", "2019-03-31", "question", "x".repeat(1001));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Не длиннее 1000 символов");
        HttpResponse<String> added = head.submit(page, "/analytics/registers/polls", "key", "growth:TOPIC:roads:-", "from", "2019-03-01",
                "to", "2019-03-31", "question", "Какие улицы отремонтировать в первую очередь?");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(head.get(page).body()).contains("Какие улицы отремонтировать в первую очередь?", "в реестре, №");
        assertThat(new Pages(port).login("curator").get(page).body()).contains("Дороги — Луговое").doesNotContain("В реестр");
    }

    @Test
    void shouldRequireTheMeasuredEffectToMarkAProposalImplementedAndAuditChanges() {
        ResponseEntity<String> bad = api.post("mcu-head", "/api/registers/proposals",
                "{\"title\": \"\", \"description\": \"Д\", \"kind\": \"IDEA\", \"source\": \"\", \"status\": \"IMPLEMENTED\"}");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(Json.parse(bad.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "kind", "source", "effectMeasured");
        ResponseEntity<String> created = api.post("mcu-head", "/api/registers/proposals", """
                {"title": "Чат-бот приёма сообщений о ямах", "description": "Приём сообщений о ямах с фото и геометкой через чат-бот",
                 "kind": "BEST_PRACTICE", "source": "МЦУ Хабаровска", "effectExpected": "Регистрация за минуты вместо суток"}""");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        long id = Json.parse(created.getBody()).get("id").asLong();
        assertThat(Json.parse(created.getBody()).get("status").asText()).isEqualTo("PROPOSED");
        String implemented = """
                {"title": "Чат-бот приёма сообщений о ямах", "description": "Приём сообщений о ямах с фото и геометкой через чат-бот",
                 "kind": "BEST_PRACTICE", "source": "МЦУ Хабаровска", "effectExpected": "Регистрация за минуты вместо суток",
                 "status": "IMPLEMENTED"%s}""";
        assertThat(api.exchange("mcu-head", HttpMethod.PUT, "/api/registers/proposals/" + id, implemented.formatted(""))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(api.getJson("mcu-head", "/api/registers/proposals/" + id).get("status").asText()).as("nothing half-written")
                .isEqualTo("PROPOSED");
        ResponseEntity<String> done = api.exchange("mcu-head", HttpMethod.PUT, "/api/registers/proposals/" + id,
                implemented.formatted(", \"effectMeasured\": \"Среднее время регистрации 12 минут\""));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        assertThat(jdbc.queryForList("select detail from audit_log where action = 'REGISTER_CHANGE' and detail like ? order by id",
                String.class, "Предложение №" + id + ":%")).containsExactly(
                "Предложение №" + id + ": внесено: «Чат-бот приёма сообщений о ямах» (лучшая практика, МЦУ Хабаровска), состояние «предложено»",
                "Предложение №" + id + ": состояние «предложено» → «внедрено»; достигнутый эффект: Среднее время регистрации 12 минут");

        Pages curator = new Pages(port).login("curator");
        assertThat(curator.get("/analytics/registers/proposals/" + id).body()).contains("Чат-бот приёма сообщений о ямах", "внедрено",
                "История изменений").doesNotContain("id=\"proposal-form\"");
    }

    @Test
    void shouldListThisWeeksRecommendationsAndProposalChangesInTheWeeklyNote() {
        ResponseEntity<String> due = api.post("mcu-head", "/api/registers/recommendations",
                "{\"text\": \"T-NOTE Проверить график вывоза ТКО\", \"addresseeName\": \"ООО «Экосервис»\", \"dueDate\": \"2026-11-20\"}");
        assertThat(due.getStatusCode().value()).as(due.getBody()).isEqualTo(201);
        ResponseEntity<String> proposal = api.post("mcu-head", "/api/registers/proposals",
                "{\"title\": \"T-NOTE Электронная очередь на личный приём\", \"description\": \"Запись через сайт\", \"kind\": \"DIGITALISATION\","
                        + " \"source\": \"Департамент внутренней политики\"}");
        long proposalId = Json.parse(proposal.getBody()).get("id").asLong();
        api.exchange("mcu-head", HttpMethod.PUT, "/api/registers/proposals/" + proposalId,
                "{\"title\": \"T-NOTE Электронная очередь на личный приём\", \"description\": \"Запись через сайт\", \"kind\": \"DIGITALISATION\","
                        + " \"source\": \"Департамент внутренней политики\", \"status\": \"ACCEPTED\"}");

        WeeklyNote note = notes.build(java.time.LocalDate.of(2026, 11, 18));
        String html = documents.html(note);
        assertThat(html).contains("8. " + RegistersNoteSection.TITLE, "T-NOTE Проверить график вывоза ТКО", "ООО «Экосервис»", "20.11.2026",
                "срок на этой неделе", "T-NOTE Электронная очередь на личный приём", "«предложено» → «принято к внедрению»");
        assertThat(documents.pdf(note)).isNotEmpty();

        WeeklyNote weekBefore = notes.build(TestDays.TODAY.atZone(ru.mcu.platform.time.LocalZone.ZONE).toLocalDate().minusWeeks(1));
        assertThat(documents.html(weekBefore)).contains(RegistersNoteSection.TITLE).doesNotContain("T-NOTE");
        jdbc.update("delete from recommendation where text like 'T-NOTE%'");
        jdbc.update("delete from practice_proposal where title like 'T-NOTE%'");
    }

    private byte[] download(String path) {
        ResponseEntity<byte[]> response = as("mcu-head").exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static String line(String[] lines, String containing) {
        for (String l : lines) {
            if (l.contains(containing)) {
                return l;
            }
        }
        throw new AssertionError("No line with " + containing);
    }
}
