package ru.mcu.workflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONTRIBUTION_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTION_DUE_DATE;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTORS_CHOSEN;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseQueries;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.support.ProcessVariables;

/**
 * Co-executors through the engine REST API as Tasklist uses it: the registrar names them, each
 * co-executor's clerk sees and completes only his own task, the lead department's answer waits
 * for the contributions and shows them, and the case keeps them.
 */
class CoExecutionTest extends IntegrationTest {

    @Autowired
    private CaseQueries cases;
    @Autowired
    private ru.mcu.directory.Directory directory;

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    private Api api;

    private String registeredWithCoExecutors(String coExecutorsJson, ProcessVariables extra) {
        api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма у школы № 5 на ул. Ленина, дети обходят по проезжей части",
                        "school5@example.ru")).getBody()).get("number").asText();
        ResponseEntity<String> done = submit("mcu-registrar", api.taskOf("mcu-registrar", number),
                Api.variablesJson(extra.with(REGISTRATION_DECISION, RegistrationDecision.REGISTER).with(KIND, AppealKind.COMPLAINT)
                        .with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"))
                        // Tasklist submits a tag list as a Json variable
                        + ", " + Api.jsonVariable(CO_EXECUTORS_CHOSEN, coExecutorsJson));
        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        return number;
    }

    private ResponseEntity<String> submit(String user, JsonNode task, ProcessVariables variables) {
        return submit(user, task, Api.variablesJson(variables));
    }

    private ResponseEntity<String> submit(String user, JsonNode task, String variablesJson) {
        String id = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            api.post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}");
        }
        return api.post(user, "/engine-rest/task/" + id + "/submit-form", "{\"variables\": {" + variablesJson + "}}");
    }

    /** The engine REST API's date: 2026-12-02T18:00:00.000+1100. */
    private static Instant instant(JsonNode date) {
        return java.time.OffsetDateTime.parse(date.asText(), java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
                .toInstant();
    }

    private JsonNode tasksOf(String user, String number) {
        return api.getJson(user, "/engine-rest/task?processInstanceBusinessKey=" + number);
    }

    @Test
    void shouldLetEachCoExecutorSeeAndCompleteOnlyItsTaskAndTheLeadGatherTheContribution() {
        String number = registeredWithCoExecutors("[\"education\", \"city-economy\"]", variables());

        JsonNode education = api.taskOf("education-clerk", number);
        assertThat(education.get("taskDefinitionKey").asText()).isEqualTo(AppealProcess.Elements.CONTRIBUTE);
        assertThat(api.taskOf("city-economy-clerk", number).get("taskDefinitionKey").asText()).isEqualTo(AppealProcess.Elements.CONTRIBUTE);
        JsonNode lead = api.taskOf("roads-clerk", number);
        assertThat(lead.get("taskDefinitionKey").asText()).isEqualTo(AppealProcess.Elements.CONSIDER);
        assertThat(tasksOf("land-clerk", number)).as("a department that is neither lead nor co-executor").isEmpty();
        // the default sub-term: 10 working days from 18.11.2026 end on 02.12.2026 18:00, earlier than
        // 5 working days before the answer term of 18.12.2026
        assertThat(instant(education.get("due"))).isEqualTo(Instant.parse("2026-12-02T07:00:00Z"));

        // the lead cannot send its answer while the contributions are awaited and the sub-term runs
        ResponseEntity<String> early = submit("roads-clerk", lead,
                variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER).with(ANSWER_TEXT, "Яму заделаем."));
        assertThat(early.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(early.getBody()).contains("ждём").contains("Департамент образования");

        // a co-executor cannot complete the lead's task
        ResponseEntity<String> foreign = api.post("education-clerk", "/engine-rest/task/" + lead.get("id").asText() + "/submit-form",
                "{\"variables\": {" + Api.variablesJson(variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                        .with(ANSWER_TEXT, "x")) + "}}");
        assertThat(foreign.getStatusCode().is2xxSuccessful()).isFalse();

        ResponseEntity<String> given = submit("education-clerk", education,
                variables().with(CONTRIBUTION_TEXT, "Школа № 5 выставит дежурных у перехода до ремонта."));
        assertThat(given.getStatusCode().is2xxSuccessful()).as(given.getBody()).isTrue();
        assertThat(tasksOf("education-clerk", number)).as("its task is done").isEmpty();
        JsonNode cityEconomy = api.taskOf("city-economy-clerk", number);
        JsonNode cityEconomyForm = api.getJson("city-economy-clerk", "/engine-rest/task/" + cityEconomy.get("id").asText()
                + "/form-variables");
        assertThat(cityEconomyForm.path(CONTRIBUTION_TEXT.name()).path("value").isNull()).as("another co-executor's text stays on its task")
                .isTrue();
        assertThat(submit("city-economy-clerk", cityEconomy, variables().with(CONTRIBUTION_TEXT, "Ливнёвку прочистим."))
                .getStatusCode().is2xxSuccessful()).isTrue();

        JsonNode leadForm = api.getJson("roads-clerk", "/engine-rest/task/" + lead.get("id").asText() + "/form-variables");
        assertThat(leadForm.path(AppealProcess.Variables.CONTRIBUTIONS.name()).path("value").asText())
                .contains("Департамент образования").contains("Школа № 5 выставит дежурных у перехода до ремонта.")
                .contains("Ливнёвку прочистим.");

        ResponseEntity<String> answered = submit("roads-clerk", lead, variables()
                .with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER).with(ANSWER_TEXT, "Яму заделаем; школа выставит дежурных."));
        assertThat(answered.getStatusCode().is2xxSuccessful()).as(answered.getBody()).isTrue();
        assertThat(api.taskOf("roads-head", number).get("taskDefinitionKey").asText()).isEqualTo(AppealProcess.Elements.APPROVE);

        assertThat(cases.get(number).getEvents()).extracting(e -> e.getType())
                .contains(CaseEventType.CO_EXECUTORS_ASSIGNED, CaseEventType.CONTRIBUTION_GIVEN);
        String page = ru.mcu.calendar.PageSession.login("http://localhost:" + port, "roads-clerk").get("/cases/" + number).body();
        assertThat(page).contains("Соисполнители").contains("Школа № 5 выставит дежурных у перехода до ремонта.");
    }

    @Test
    void shouldLetTheLeadAnswerWithoutASilentCoExecutorOnceTheSubTermHasPassed() {
        String number = registeredWithCoExecutors("[\"education\"]", variables().with(CO_EXECUTION_DUE_DATE, "2026-11-20"));
        assertThat(instant(api.taskOf("education-clerk", number).get("due"))).as("18:00 Sakhalin time of the chosen day")
                .isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));

        time.advance(Duration.ofDays(3));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cases.get(number).getEvents().stream()
                .anyMatch(e -> e.getType() == CaseEventType.CONTRIBUTION_OVERDUE));

        JsonNode lead = api.taskOf("roads-clerk", number);
        ResponseEntity<String> answered = submit("roads-clerk", lead,
                variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER).with(ANSWER_TEXT, "Яму заделаем."));
        assertThat(answered.getStatusCode().is2xxSuccessful()).as(answered.getBody()).isTrue();
        assertThat(api.taskOf("education-clerk", number).get("taskDefinitionKey").asText())
                .as("the late co-executor may still contribute until the answer goes out").isEqualTo(AppealProcess.Elements.CONTRIBUTE);
    }

    @Test
    void shouldRefuseTheLeadDepartmentAsItsOwnCoExecutorNamingTheField() {
        api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма на ул. Сахалинской", null)).getBody()).get("number").asText();
        ResponseEntity<String> refused = submit("mcu-registrar", api.taskOf("mcu-registrar", number),
                Api.variablesJson(variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                        .with(KIND, AppealKind.COMPLAINT).with(DEPARTMENT, "roads"))
                        + ", " + Api.jsonVariable(CO_EXECUTORS_CHOSEN, "[\"roads\"]"));

        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(refused.getBody()).contains("не может быть своим соисполнителем");
        assertThat(api.taskOf("mcu-registrar", number).get("taskDefinitionKey").asText()).isEqualTo(AppealProcess.Elements.REGISTER);
    }

    @Test
    void shouldRecordEveryOtherDepartmentAsCoExecutorWithinOneHistoryLine() {
        java.util.List<String> others = directory.departments().stream().map(d -> d.getCode())
                .filter(c -> !"roads".equals(c) && directory.isActiveDepartment(c)).toList();
        String number = registeredWithCoExecutors(others.stream().map(c -> "\"" + c + "\"")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]")), variables());

        var assigned = cases.get(number).getEvents().stream().filter(e -> e.getType() == CaseEventType.CO_EXECUTORS_ASSIGNED)
                .findFirst().orElseThrow();
        assertThat(assigned.getDescription()).hasSizeLessThanOrEqualTo(1000).contains("всего " + others.size());
        assertThat(tasksOf("mcu-head", number)).as("a task for every co-executor and the lead's").hasSize(others.size() + 1);
    }
}
