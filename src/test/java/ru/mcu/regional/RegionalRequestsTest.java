package ru.mcu.regional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.Pages;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The register of the ЦУР's requests (3.2.3.4) on 18.11.2026: the term on the 2026 production
 * calendar (4 November is a holiday), the statuses, every field checked at once, the files
 * checked like a case's, every change in the audit log, and who may keep it.
 */
class RegionalRequestsTest extends IntegrationTest {

    private static final String SUBJECT = "T-REQ Сведения о численности сотрудников МЦУ";

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void clean() {
        api = new Api(rest);
        jdbc.update("delete from regional_request where subject like 'T-REQ%'");
        jdbc.update("delete from audit_log where action = 'REGIONAL_REQUEST_CHANGE'");
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static String request(String receivedOn, String days, String dueOn) {
        return "{\"receivedOn\": \"" + receivedOn + "\", \"incomingNumber\": \"ЦУР-17/2026\", \"subject\": \"" + SUBJECT + "\","
                + (days == null ? "" : "\"termWorkingDays\": " + days + ",")
                + (dueOn == null ? "" : "\"dueOn\": \"" + dueOn + "\",")
                + "\"responsibleDepartment\": \"internal-policy\", \"responsiblePerson\": \"Иванова О. П., начальник отдела\"}";
    }

    @Test
    void shouldCountTheTermInWorkingDaysOfTheProductionCalendarAndAuditTheRequest() {
        // received Monday 02.11.2026: 03.11 (shortened), 04.11 holiday, 05, 06, 09, 10 → the fifth working day is 10.11
        ResponseEntity<String> created = api.post("mcu-head", "/api/regional/requests", request("2026-11-02", "5", null));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = Json.parse(created.getBody());
        assertThat(body.at("/request/dueOn").asText()).isEqualTo("2026-11-10");
        assertThat(body.at("/request/termWorkingDays").asInt()).isEqualTo(5);
        assertThat(body.at("/request/responsibleDepartmentName").asText()).isEqualTo("Департамент внутренней политики");
        assertThat(body.get("status").asText()).as("the term passed on 10.11, today is 18.11").isEqualTo("overdue");
        assertThat(body.get("statusTitle").asText()).isEqualTo("просрочен");

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select actor, detail, surface from audit_log where action = 'REGIONAL_REQUEST_CHANGE' order by id");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor")).isEqualTo("mcu-head");
        assertThat((String) audit.get(0).get("detail")).contains("внесён", SUBJECT, "срок 10.11.2026 (5 раб. дн.)");
    }

    @Test
    void shouldTakeTheConfiguredTermWhenNoneIsGivenAndAnEnteredDateAsItIs() {
        // 16.11.2026 Monday + 5 working days (the default) = Monday 23.11
        JsonNode byDefault = Json.parse(api.post("pos-coordinator", "/api/regional/requests", request("2026-11-16", null, null)).getBody());
        assertThat(byDefault.at("/request/dueOn").asText()).isEqualTo("2026-11-23");
        assertThat(byDefault.get("status").asText()).isEqualTo("in-work");

        JsonNode entered = Json.parse(api.post("im-coordinator", "/api/regional/requests", request("2026-11-16", "3", "2026-12-01")).getBody());
        assertThat(entered.at("/request/dueOn").asText()).isEqualTo("2026-12-01");
        assertThat(absent(entered.at("/request/termWorkingDays"))).as("an entered date is not a count of days").isTrue();
    }

    @Test
    void shouldAnswerTheRequestAndRecordWhatChanged() {
        long id = Json.parse(api.post("mcu-head", "/api/regional/requests", request("2026-11-02", "5", null)).getBody()).at("/request/id").asLong();

        String answered = "{\"receivedOn\": \"2026-11-02\", \"subject\": \"" + SUBJECT + "\", \"termWorkingDays\": 5,"
                + " \"responsiblePerson\": \"Петров И. И.\", \"answerText\": \"Направлена справка о штате МЦУ\", \"answeredOn\": \"2026-11-12\"}";
        ResponseEntity<String> updated = api.exchange("demo", HttpMethod.PUT, "/api/regional/requests/" + id, answered);

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = Json.parse(updated.getBody());
        assertThat(body.get("status").asText()).isEqualTo("answered");
        assertThat(body.get("answeredLate").asBoolean()).as("answered 12.11 after the term of 10.11").isTrue();
        assertThat(absent(body.at("/request/responsibleDepartment"))).isTrue();
        assertThat(api.getJson("mcu-head", "/api/regional/requests?status=answered")).anyMatch(r -> r.at("/request/id").asLong() == id);
        assertThat(api.getJson("mcu-head", "/api/regional/requests?status=overdue")).noneMatch(r -> r.at("/request/id").asLong() == id);

        String detail = jdbc.queryForObject("select detail from audit_log where action = 'REGIONAL_REQUEST_CHANGE' and actor = 'demo'", String.class);
        assertThat(detail).contains("Запрос ЦУР №" + id + " изменён", "дата ответа: — → 12.11.2026", "текст ответа изменён",
                "ответственный: Департамент внутренней политики — Иванова О. П., начальник отдела → Петров И. И.");
    }

    @Test
    void shouldRefuseBadInputNamingEveryFieldAndWriteNothing() {
        String bad = "{\"receivedOn\": \"02.11.2026\", \"subject\": \" \", \"termWorkingDays\": 0, \"responsibleDepartment\": \"nowhere\","
                + " \"answeredOn\": \"2026-11-30\"}";
        ResponseEntity<String> refused = api.post("mcu-head", "/api/regional/requests", bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = Json.parse(refused.getBody()).get("errors");
        assertThat(errors.findValuesAsText("field")).contains("receivedOn", "subject", "termWorkingDays", "responsibleDepartment", "answeredOn",
                "answerText");
        assertThat(jdbc.queryForObject("select count(*) from regional_request where subject like 'T-REQ%'", Integer.class)).isZero();
        assertThat(api.get("mcu-head", "/api/regional/requests?status=lost").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> dueBefore = api.post("mcu-head", "/api/regional/requests", request("2026-11-10", null, "2026-11-09"));
        assertThat(Json.parse(dueBefore.getBody()).get("errors").findValuesAsText("field")).containsExactly("dueOn");
    }

    @Test
    void shouldKeepFilesCheckedLikeTheFilesOfACase() {
        long id = Json.parse(api.post("mcu-head", "/api/regional/requests", request("2026-11-16", "5", null)).getBody()).at("/request/id").asLong();
        byte[] text = "Справка о штате МЦУ".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> added = api.post("mcu-head", "/api/regional/requests/" + id + "/files",
                "{\"name\": \"справка.txt\", \"contentType\": \"text/plain\", \"content\": \"" + Base64.getEncoder().encodeToString(text) + "\"}");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long fileId = Json.parse(added.getBody()).get("id").asLong();
        ResponseEntity<byte[]> download = as("mcu-head").getForEntity("/api/regional/requests/" + id + "/files/" + fileId, byte[].class);
        assertThat(download.getBody()).isEqualTo(text);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        byte[] program = {'M', 'Z', 0, 0, 1, 2, 3};
        ResponseEntity<String> refused = api.post("mcu-head", "/api/regional/requests/" + id + "/files",
                "{\"name\": \"справка.pdf\", \"content\": \"" + Base64.getEncoder().encodeToString(program) + "\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(refused.getBody()).get("errors").findValuesAsText("field")).containsExactly("file.content");
        assertThat(api.getJson("mcu-head", "/api/regional/requests/" + id).at("/request/files")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'REGIONAL_REQUEST_CHANGE' and detail like '%добавлен файл «справка.txt»%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void shouldOpenTheRegisterToTheHeadCoordinatorsAndAdministratorOnly() {
        assertThat(api.get("roads-clerk", "/api/regional/requests").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("curator", "/api/regional/requests").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String user : List.of("mcu-head", "pos-coordinator", "im-coordinator", "demo")) {
            assertThat(api.get(user, "/api/regional/requests").getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        assertThat(new Pages(port).login("roads-clerk").get("/analytics/regional/requests").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldShowFormErrorsOnThePageAndSaveAGoodForm() {
        Pages pages = new Pages(port).login("mcu-head");
        String page = "/analytics/regional/requests";

        HttpResponse<String> refused = pages.submit(page, page, "receivedOn", "2026-11-16", "subject", "", "termWorkingDays", "5",
                "responsibleDepartment", "", "responsiblePerson", "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Запрос не сохранён", "Обязательное поле",
                "Укажите ответственное подразделение или ответственного сотрудника");

        HttpResponse<String> saved = pages.submit(page, page, "receivedOn", "2026-11-16", "subject", SUBJECT + " (страница)",
                "termWorkingDays", "5", "responsibleDepartment", "internal-policy", "responsiblePerson", "");
        assertThat(saved.statusCode()).isEqualTo(302);
        String list = pages.get(page).body();
        assertThat(list).contains(SUBJECT + " (страница)", "23.11.2026", "в работе");
        assertThat(jdbc.queryForObject("select created_by from regional_request where subject = ?", String.class, SUBJECT + " (страница)"))
                .isEqualTo("mcu-head");
    }
}
