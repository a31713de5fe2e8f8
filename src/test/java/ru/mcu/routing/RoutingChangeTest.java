package ru.mcu.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.appeal.AppealProcess.RerouteDecision;
import ru.mcu.workflow.common.CaseVariables;

/**
 * A routing manager moves a rubric to another department: the dry run names the cases that
 * would move, the activated table routes new appeals only, a roll-back restores the previous
 * routing; every change is audited; bad uploads are answered 400 naming the field.
 */
class RoutingChangeTest extends IntegrationTest {

    static final String RUBRIC = "improvement.parks";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    /** The other tests share the engine: the release's table is made live again. */
    @AfterEach
    void releaseTableLiveAgain() throws Exception {
        RestoreRelease.restore(repository);
    }

    @Test
    void shouldRouteNewAppealsOnlyByTheActivatedTableAndRollBackToThePreviousRouting() {
        String old = file("Сломаны скамейки в парке").get("number").asText();
        assertThat(department(old)).isEqualTo("roads");
        String returned = file("В парке не работает фонтан").get("number").asText();
        api.submit("mcu-registrar", returned, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(CaseVariables.RUBRIC, RUBRIC).with(DISTRICT, "center")
                .with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", returned, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Парк у нас на содержании у культуры"));
        api.submit("mcu-registrar", returned, variables().with(REROUTE_DECISION, RerouteDecision.DEPARTMENT)
                .with(DEPARTMENT, "culture-tourism").with(REROUTE_COMMENT, "Парк культуры"));
        int before = live().getVersion();

        ResponseEntity<String> dryRun = upload("mcu-analyst", "parks-to-culture.dmn",
                Tables.releaseWithFirstRule(RUBRIC, "culture-tourism"), Map.of());
        assertThat(dryRun.getStatusCode()).as(dryRun.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = Json.parse(dryRun.getBody());
        assertThat(report.get("liveVersion").asInt()).isEqualTo(before);
        assertThat(numbers(department(report, "roads").get("lost"))).contains(old, returned);
        assertThat(numbers(department(report, "culture-tourism").get("gained"))).contains(old, returned);
        assertThat(numbers(report.get("rightFirstTime"))).contains(returned).doesNotContain(old);
        JsonNode moved = rule(report, "Rule_Moved");
        assertThat(moved.get("fires").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(rule(report, "Rule_08").get("fires").asInt()).isGreaterThanOrEqualTo(0);
        long candidate = report.get("candidateId").asLong();
        assertThat(department(file("Ещё скамейки").get("number").asText())).as("a dry run changes nothing").isEqualTo("roads");

        ResponseEntity<String> activated = post("mcu-analyst", "/api/routing/candidates/" + candidate + "/activation");
        assertThat(activated.getStatusCode()).as(activated.getBody()).isEqualTo(HttpStatus.OK);
        int version = Json.parse(activated.getBody()).get("version").asInt();
        assertThat(version).isEqualTo(before + 1);

        String fresh = file("Мусор в парке у фонтана").get("number").asText();
        assertThat(department(fresh)).isEqualTo("culture-tourism");
        assertThat(department(old)).as("routed cases stay where they are").isEqualTo("roads");
        assertThat(routedBy(fresh)).isEqualTo(version);
        assertThat(routedBy(old)).isEqualTo(before);
        List<String> audit = jdbc.queryForList("select detail from audit_log where actor = 'mcu-analyst' and action = 'ROUTING_TABLE_ACTIVATED'"
                + " order by id", String.class);
        assertThat(audit).anyMatch(d -> d.contains("parks-to-culture.dmn") && d.contains("версия " + version)
                && d.contains("вместо версии " + before));
        assertThat(post("mcu-analyst", "/api/routing/candidates/" + candidate + "/activation").getStatusCode())
                .as("a candidate goes live once").isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> rolledBack = post("mcu-analyst", "/api/routing/versions/" + before + "/rollback");
        assertThat(rolledBack.getStatusCode()).as(rolledBack.getBody()).isEqualTo(HttpStatus.OK);
        int restored = Json.parse(rolledBack.getBody()).get("version").asInt();
        assertThat(restored).isEqualTo(version + 1);
        String afterRollBack = file("Скамейки в парке снова сломаны").get("number").asText();
        assertThat(department(afterRollBack)).isEqualTo("roads");
        assertThat(routedBy(afterRollBack)).isEqualTo(restored);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'mcu-analyst' and action = 'ROUTING_TABLE_ACTIVATED'"
                + " and detail like ?", Integer.class, "Откат таблицы маршрутизации к версии " + before + "%")).isEqualTo(1);

        JsonNode versions = api.getJson("mcu-analyst", "/api/routing/versions");
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(restored);
        assertThat(versions.get(0).get("live").asBoolean()).isTrue();
        assertThat(versions.get(0).get("rollbackToVersion").asInt()).isEqualTo(before);
        assertThat(versions.get(1).get("activatedBy").asText()).isEqualTo("mcu-analyst");
        assertThat(versions.get(1).get("dryRunSummary").asText()).startsWith("Проверено");
    }

    @Test
    void shouldAnswerBadUploadsWith400NamingTheField() {
        assertThat(field(upload("mcu-analyst", null, null, Map.of()))).isEqualTo("file");
        assertThat(field(upload("mcu-analyst", "routing.txt", Tables.release(), Map.of()))).isEqualTo("file");
        ResponseEntity<String> garbage = upload("mcu-analyst", "routing.dmn", "<definitions", Map.of());
        assertThat(field(garbage)).isEqualTo("file");
        assertThat(Json.parse(garbage.getBody()).get("errors").get(0).get("message").asText()).contains("DMN");
        assertThat(field(upload("mcu-analyst", "routing.dmn", Tables.release(), Map.of("from", "01.09.2026")))).isEqualTo("from");
        assertThat(field(upload("mcu-analyst", null, null, Map.of("candidateId", "999999")))).isEqualTo("candidateId");
        int candidates = jdbc.queryForObject("select count(*) from routing_table", Integer.class);
        assertThat(upload("mcu-analyst", "routing.dmn", Tables.release().replace("id=\"appeal-routing\"", "id=\"other\""), Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("select count(*) from routing_table", Integer.class)).as("nothing kept").isEqualTo(candidates);
    }

    @Test
    void shouldDeployAChangedRatingTableAtOnceAndRefuseAnUnknownOutcome() {
        String release = Tables.packaged("rating-outcome.dmn");
        int before = repository.createDecisionDefinitionQuery().decisionDefinitionKey("rating-outcome").latestVersion().singleResult().getVersion();
        String threeIsRework = release.replace("<text>&lt;= 2</text>", "<text>&lt;= 3</text>").replace("<text>&gt;= 3</text>", "<text>&gt;= 4</text>");

        ResponseEntity<String> deployed = uploadTo("/api/routing/rating-tables", "mcu-analyst", "rating-outcome.dmn", threeIsRework);
        assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Json.parse(deployed.getBody()).get("version").asInt()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'mcu-analyst' and detail like ?", Integer.class,
                "Таблица оценки ответа (rating-outcome) из файла «rating-outcome.dmn» развёрнута как версия " + (before + 1)
                        + " вместо версии " + before)).isEqualTo(1);

        ResponseEntity<String> refused = uploadTo("/api/routing/rating-tables", "mcu-analyst", "rating-outcome.dmn",
                release.replace("<text>\"CLOSE\"</text>", "<text>\"MAYBE\"</text>"));
        assertThat(field(refused)).isEqualTo("file");
        assertThat(refused.getBody()).contains("REWORK");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("rating-outcome").latestVersion().singleResult()
                .getVersion()).isEqualTo(before + 1);
        assertThat(uploadTo("/api/routing/rating-tables", "roads-head", "rating-outcome.dmn", threeIsRework).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldLetOnlyRoutingManagersHeadsAndAdministratorsChangeRouting() {
        assertThat(upload("roads-clerk", "routing.dmn", Tables.release(), Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("mcu-registrar", "routing.dmn", Tables.release(), Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("curator", "/api/routing/versions/1/rollback").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("mcu-head", "routing.dmn", Tables.release(), Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode file(String text) {
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, RUBRIC, text, null));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody());
    }

    private String department(String number) {
        JsonNode department = api.getJson("mcu-head", "/api/appeals/" + number).get("department");
        return department == null || department.isNull() ? null : department.asText();
    }

    private Integer routedBy(String number) {
        return jdbc.queryForObject("select r.decision_version from routing_record r join cases c on c.id = r.case_id where c.number = ?",
                Integer.class, number);
    }

    private DecisionDefinition live() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey("appeal-routing").latestVersion().singleResult();
    }

    private ResponseEntity<String> uploadTo(String path, String user, String fileName, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> upload(String user, String fileName, String content, Map<String, String> params) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (fileName != null) {
            form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        params.forEach(form::add);
        if (form.isEmpty()) {
            form.add("to", "");
        }
        return rest.exchange("/api/routing/dry-runs", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private ResponseEntity<String> post(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(null, headers), String.class);
    }

    private static String field(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return Json.parse(response.getBody()).get("errors").get(0).get("field").asText();
    }

    private static JsonNode department(JsonNode report, String code) {
        for (JsonNode d : report.get("departments")) {
            if (d.get("code").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("No department " + code + " in " + report);
    }

    private static JsonNode rule(JsonNode report, String id) {
        for (JsonNode r : report.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("No rule " + id);
    }

    private static List<String> numbers(JsonNode refs) {
        List<String> numbers = new ArrayList<>();
        refs.forEach(r -> numbers.add(r.get("number").asText()));
        return numbers;
    }
}
