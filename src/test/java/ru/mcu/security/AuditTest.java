package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/** The audit log records who was shown a citizen's data, where, and who changed the case; the head of the МЦУ reads it. */
class AuditTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private Api api;
    private String number;

    @BeforeEach
    void fileCase() {
        api = new Api(rest);
        number = Cases.roadsAppeal(api, "Разбита дорога на ул. Комсомольской").get("number").asText();
    }

    private List<Map<String, Object>> reads(String actor) {
        return jdbc.queryForList("select surface, detail from audit_log where case_number = ? and actor = ? and action = 'PERSONAL_DATA_READ'",
                number, actor);
    }

    @Test
    void shouldRecordThatMcuHeadReadTheCitizensData() {
        assertThat(reads("mcu-head")).isEmpty();
        api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(reads("mcu-head")).singleElement().satisfies(row -> assertThat(row.get("surface")).isEqualTo("API"));

        api.getJson("mcu-head", "/api/cases?department=roads");
        assertThat(reads("mcu-head")).as("lists carry no personal data").hasSize(1);
    }

    @Test
    void shouldRecordReadsOfTheCaseCardThroughTheEngine() {
        String task = api.taskOf("roads-clerk", number).get("id").asText();
        api.getJson("roads-clerk", "/engine-rest/task/" + task + "/form-variables");
        assertThat(reads("roads-clerk")).singleElement().satisfies(row -> assertThat(row.get("surface")).isEqualTo("ENGINE_REST"));
        api.get("education-clerk", "/engine-rest/task/" + task + "/form-variables");
        assertThat(reads("education-clerk")).as("a refused read showed nothing").isEmpty();
    }

    @Test
    void shouldShowTheAuditToTheHeadOfTheMcuOnly() {
        api.getJson("mcu-head", "/api/cases/" + number);
        JsonNode entries = api.getJson("mcu-head", "/api/audit?caseNumber=" + number);
        assertThat(entries.findValuesAsText("action")).contains("PERSONAL_DATA_READ", "CASE_CHANGE", "API_CHANGE");
        assertThat(entries.toString()).contains("Зарегистрировано, направлено исполнителю").contains("POST /api/appeals");
        assertThat(api.getJson("mcu-head", "/api/audit?kind=READS&caseNumber=" + number).findValuesAsText("action"))
                .containsOnly("PERSONAL_DATA_READ");
        assertThat(api.get("roads-head", "/api/audit").getStatusCode().value()).isEqualTo(403);

        Pages head = new Pages(port);
        head.login("mcu-head", "demo");
        HttpResponse<String> page = head.get("/audit?caseNumber=" + number);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Журнал аудита").contains(number).contains("Просмотр персональных данных").contains("mcu-head");
        String table = page.body().substring(page.body().indexOf("<tbody>"));
        assertThat(table).as("no codes on a Russian page").contains("ход рассмотрения", "API для интеграций")
                .doesNotContain(">API<", ">CASE<", "REGISTERED", "RECEIVED", "CITIZEN_");

        Pages clerk = new Pages(port);
        clerk.login("roads-clerk", "demo");
        assertThat(clerk.get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldPageTheAuditFiftyEntriesAtATime() {
        String busy = "A-2026-9" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000, 99999));
        for (int i = 0; i < 120; i++) {
            jdbc.update("insert into audit_log (occurred_at, actor, action, surface, case_number, detail) values (?, 'roads-clerk', "
                    + "'PERSONAL_DATA_READ', 'TASKLIST', ?, ?)", java.sql.Timestamp.from(time.instant().minusSeconds(i)), busy, "Запись " + i);
        }
        Pages head = new Pages(port);
        head.login("mcu-head", "demo");

        String first = head.get("/audit?caseNumber=" + busy).body();
        assertThat(first.split("<td>Запись ", -1)).hasSize(51);
        assertThat(first).contains("Записи 1–50, страница 1").contains("старше →").doesNotContain("← новее").contains("Tasklist");
        String second = head.get("/audit?caseNumber=" + busy + "&page=1").body();
        assertThat(second).contains("<td>Запись 50</td>", "<td>Запись 99</td>").doesNotContain("<td>Запись 49</td>", "<td>Запись 100</td>");
        String third = head.get("/audit?caseNumber=" + busy + "&page=2").body();
        assertThat(third.split("<td>Запись ", -1)).hasSize(21);
        assertThat(third).contains("Записи 101–120, страница 3").contains("← новее").doesNotContain("старше →")
                .contains("Запись 119");
    }

    @Test
    void shouldKeepTheOutboxFromClerksAndRecordWhoReadIt() {
        Pages clerk = new Pages(port);
        clerk.login("education-clerk", "demo");
        assertThat(clerk.get("/outbox").statusCode()).isEqualTo(403);
        assertThat(clerk.get("/outbox?caseNumber=" + number).body()).doesNotContain("@example.ru");

        Pages head = new Pages(port);
        head.login("mcu-head", "demo");
        HttpResponse<String> outbox = head.get("/outbox?caseNumber=" + number);
        assertThat(outbox.statusCode()).isEqualTo(200);
        String rows = outbox.body().substring(outbox.body().indexOf("<tbody>"));
        assertThat(rows).as("kinds and states in Russian").contains("Заявителю: обращение зарегистрировано")
                .doesNotContain("CITIZEN_", ">SENT<", ">PENDING<");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'mcu-head' and surface = 'OUTBOX' and case_number = ?",
                Integer.class, number)).isEqualTo(1);
    }
}
