package ru.mcu.registers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.Pages;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** The register of recommendations (Regulation 1.2.6): through the API and the page, validated, audited, read-only for the curator. */
class RecommendationsRegisterTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void cases() {
        api = new Api(rest);
        CaseRows.deleteAll(jdbc, "REC-");
        for (int i = 1; i <= 4; i++) {
            CaseRows.of("REC-" + i).rubric("roads.potholes").district("lugovoe").department("roads").received("2019-05-0" + i + " 10:00")
                    .insert(jdbc);
        }
        CaseRows.of("REC-9").rubric("waste.collection").district("lugovoe").received("2019-05-02 10:00").insert(jdbc);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from recommendation_case where case_id in (select id from cases where number like 'REC-%')");
        CaseRows.deleteAll(jdbc, "REC-");
    }

    @Test
    void shouldCreateAndChangeARecommendationWithCasesAndAComputedBasisAndAuditEachChange() {
        ResponseEntity<String> created = api.post("mcu-head", "/api/registers/recommendations", """
                {"text": "Включить ул. Луговую в план ямочного ремонта", "addresseeDepartment": "roads", "dueDate": "2026-12-01",
                 "caseNumbers": ["rec-1", "REC-2"], "basisRubric": "roads", "basisDistrict": "lugovoe",
                 "basisFrom": "2019-05-01", "basisTo": "2019-05-31"}""");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode r = Json.parse(created.getBody());
        long id = r.get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/registers/recommendations/" + id);
        assertThat(r.get("status").asText()).as("a new recommendation is a draft").isEqualTo("DRAFT");
        assertThat(r.get("addressee").asText()).isEqualTo("Департамент дорожного хозяйства и благоустройства");
        assertThat(r.get("caseNumbers").toString()).isEqualTo("[\"REC-1\",\"REC-2\"]");
        assertThat(r.get("basis").get("count").asInt()).as("four roads cases of Луговое in May 2019, the waste one not counted").isEqualTo(4);
        assertThat(r.get("basis").get("cases").asText()).startsWith("/analytics/cases?from=2019-05-01&to=2019-05-31")
                .contains("rubric=roads", "district=lugovoe");

        ResponseEntity<String> changed = api.exchange("pos-coordinator", HttpMethod.PUT, "/api/registers/recommendations/" + id, """
                {"text": "Включить ул. Луговую в план ямочного ремонта", "addresseeName": "ООО «Дорстрой»", "dueDate": "2026-12-10",
                 "status": "SENT", "caseNumbers": ["REC-3"]}""");
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        JsonNode after = Json.parse(changed.getBody());
        assertThat(after.get("status").asText()).isEqualTo("SENT");
        assertThat(after.get("addressee").asText()).isEqualTo("ООО «Дорстрой»");
        assertThat(after.path("addresseeDepartment").isValueNode()).as("no department any more").isFalse();
        assertThat(after.path("basis").isObject()).as("the basis removed").isFalse();
        assertThat(after.get("caseNumbers").toString()).isEqualTo("[\"REC-3\"]");

        assertThat(jdbc.queryForList("select actor || ' ' || detail from audit_log where action = 'REGISTER_CHANGE' and detail like ?"
                + " order by id", String.class, "Рекомендация №" + id + ":%"))
                .containsExactly("mcu-head Рекомендация №" + id + ": создана: адресат «Департамент дорожного хозяйства и благоустройства»,"
                                + " срок 01.12.2026, состояние «проект»",
                        "pos-coordinator Рекомендация №" + id + ": состояние «проект» → «направлена»; срок 01.12.2026 → 10.12.2026;"
                                + " адресат «Департамент дорожного хозяйства и благоустройства» → «ООО «Дорстрой»»; связанные номера: 1;"
                                + " основание: нет");
        assertThat(api.getJson("curator", "/api/registers/recommendations/" + id).get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void shouldRefuseBadInputNamingEveryFieldAndWriteNothing() {
        long before = count();
        ResponseEntity<String> bad = api.post("mcu-head", "/api/registers/recommendations", """
                {"text": " ", "dueDate": "01.12.2026", "status": "LATER", "caseNumbers": ["REC-1", "A-1900-000001"],
                 "basisRubric": "nonsense", "basisTo": "2019-05-31"}""");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = Json.parse(bad.getBody()).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("text", "addresseeDepartment", "dueDate", "status",
                "caseNumbers", "basisRubric", "basisFrom");
        assertThat(bad.getBody()).contains("A-1900-000001").doesNotContain("REC-1,");

        ResponseEntity<String> both = api.post("mcu-head", "/api/registers/recommendations", """
                {"text": "Т", "addresseeDepartment": "roads", "addresseeName": "ООО «Дорстрой»", "dueDate": "2026-12-01"}""");
        assertThat(Json.parse(both.getBody()).get("errors").findValuesAsText("field")).containsExactly("addresseeName");
        ResponseEntity<String> unknown = api.post("mcu-head", "/api/registers/recommendations", """
                {"text": "Т", "addresseeDepartment": "mars", "dueDate": "2026-12-01", "basisFrom": "2019-05-31", "basisTo": "2019-05-01"}""");
        assertThat(Json.parse(unknown.getBody()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("addresseeDepartment", "basisTo");
        assertThat(count()).as("nothing written").isEqualTo(before);

        assertThat(api.exchange("mcu-head", HttpMethod.PUT, "/api/registers/recommendations/999999",
                "{\"text\": \"Т\", \"addresseeDepartment\": \"roads\", \"dueDate\": \"2026-12-01\"}").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void shouldLetTheCuratorReadButNotChangeAndKeepDepartmentsOut() {
        assertThat(api.post("curator", "/api/registers/recommendations",
                "{\"text\": \"Т\", \"addresseeDepartment\": \"roads\", \"dueDate\": \"2026-12-01\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("curator", "/api/registers/recommendations").getStatusCode().value()).isEqualTo(200);
        assertThat(api.get("roads-clerk", "/api/registers/recommendations").getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("mcu-registrar", "/api/registers/proposals").getStatusCode().value()).isEqualTo(403);

        Pages curator = new Pages(port).login("curator");
        HttpResponse<String> page = curator.get("/analytics/registers/recommendations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Рекомендации ответственным получателям").doesNotContain("id=\"recommendation-form\"");
        assertThat(curator.submit("/analytics/registers/recommendations", "/analytics/registers/recommendations",
                "text", "Т", "addresseeDepartment", "roads", "dueDate", "2026-12-01").statusCode()).isEqualTo(403);
        assertThat(new Pages(port).login("roads-head").get("/analytics/registers/recommendations").statusCode()).isEqualTo(403);
        assertThat(new Pages(port).login("roads-head").get("/analytics").body()).doesNotContain("/analytics/registers");
        assertThat(curator.get("/analytics").body()).contains("/analytics/registers/recommendations", "/analytics/registers/polls");
    }

    @Test
    void shouldSaveFromThePageAndShowAWrongFieldBesideItWithWhatWasTyped() {
        Pages head = new Pages(port).login("mcu-head");
        String list = "/analytics/registers/recommendations";
        assertThat(head.get(list).body()).contains("id=\"recommendation-form\"");
        HttpResponse<String> wrong = head.submit(list, list, "text", "Навести порядок с уборкой снега во дворах", "addresseeDepartment", "",
                "addresseeName", "", "dueDate", "2026-12-05", "status", "DRAFT", "caseNumbers", "REC-1 REC-404");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Запись не сохранена", "Укажите адресата", "Нет обращений или сообщений с номерами: REC-404",
                "Навести порядок с уборкой снега во дворах", "REC-1 REC-404");
        long before = count();

        HttpResponse<String> saved = head.submit(list, list, "text", "T-PAGE Навести порядок с уборкой снега во дворах",
                "addresseeDepartment", "city-economy", "addresseeName", "", "dueDate", "2026-12-05", "status", "DRAFT", "caseNumbers", "REC-1",
                "basisRubric", "", "basisDistrict", "", "basisFrom", "", "basisTo", "");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(count()).isEqualTo(before + 1);
        long id = jdbc.queryForObject("select max(id) from recommendation where text like 'T-PAGE%'", Long.class);
        String edit = list + "/" + id;
        assertThat(head.submit(edit, edit, "text", "T-PAGE Навести порядок с уборкой снега во дворах", "addresseeDepartment", "city-economy",
                "dueDate", "2026-12-05", "status", "IN_PROGRESS", "caseNumbers", "REC-1").statusCode()).isEqualTo(302);
        assertThat(head.get(edit).body()).contains("выполняется", "История изменений", "состояние «проект» → «выполняется»",
                "/analytics/cases/REC-1");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from recommendation", Long.class);
    }
}
