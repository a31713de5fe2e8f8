package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.directory.StaffGroups;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.appeal.AppealProcess.RerouteDecision;
import ru.mcu.workflow.forms.CaseCard;

/**
 * A clerk of one department tries every way in to another department's case, through the
 * application's API and the engine REST API (as Tasklist calls it), and is refused as if the
 * case did not exist; the department's own clerk gets through; the curator reads without the
 * citizen's data and changes nothing.
 */
class DepartmentIsolationTest extends IntegrationTest {

    /** A curator of this test: the demo curator is locked for a moment by a test of wrong passwords. */
    static final String CURATOR = "isolation-curator";

    @Autowired
    private IdentityService identity;

    private Api api;
    private String number;
    private String processInstance;
    private String taskId;

    @BeforeEach
    void fileRoadsCase() {
        api = new Api(rest);
        if (identity.createUserQuery().userId(CURATOR).count() == 0) {
            User user = identity.newUser(CURATOR);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(CURATOR, StaffGroups.CURATORS);
        }
        JsonNode filed = Cases.roadsAppeal(api, "Глубокая яма на ул. Сахалинской у дома 48");
        number = filed.get("number").asText();
        processInstance = filed.get("processInstanceId").asText();
        taskId = api.taskOf("roads-clerk", number).get("id").asText();
    }

    @Test
    void shouldHideRoadsCaseFromEducationClerkInTheApplicationApi() {
        assertThat(api.get("education-clerk", "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("education-clerk", "/api/appeals/" + number).getBody())
                .isEqualTo(api.get("education-clerk", "/api/appeals/A-1999-999999").getBody().replace("A-1999-999999", number));
        assertThat(api.get("education-clerk", "/api/cases?size=200").getBody()).doesNotContain(number);
        assertThat(api.getJson("education-clerk", "/api/cases?department=roads").get("totalItems").asLong()).isZero();
        assertThat(api.get("education-clerk", "/api/cases/" + number + "/duplicates").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("education-clerk", "/api/cases/" + number + "/rating", "{\"score\": 5}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("education-clerk", "/api/cases/" + number + "/link", "{\"mainCase\": \"" + number + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.exchange("education-clerk", HttpMethod.DELETE, "/api/cases/" + number + "/link", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldShowRoadsCaseWithCitizenToRoadsClerkAndListWithout() {
        JsonNode own = api.getJson("roads-clerk", "/api/cases/" + number);
        assertThat(own.get("citizen").get("fullName").asText()).isEqualTo("Иванова Мария Петровна");
        JsonNode list = api.getJson("roads-clerk", "/api/cases?department=roads&size=200");
        JsonNode listed = null;
        for (JsonNode item : list.get("items")) {
            assertThat(item.get("department").asText()).isEqualTo("roads");
            assertThat(item.has("citizen")).as("no personal data in lists").isFalse();
            if (item.get("number").asText().equals(number)) {
                listed = item;
            }
        }
        assertThat(listed).isNotNull();
    }

    @Test
    void shouldRefuseEducationClerkEveryTaskAndProcessInstanceOfTheEngine() {
        assertThat(api.getJson("education-clerk", "/engine-rest/task?processInstanceBusinessKey=" + number)).isEmpty();
        assertThat(api.getJson("education-clerk", "/engine-rest/task/count").get("count").asLong())
                .isEqualTo(api.getJson("education-clerk", "/engine-rest/task/count?candidateGroup=dept-education").get("count").asLong()
                        + api.getJson("education-clerk", "/engine-rest/task/count?assignee=education-clerk").get("count").asLong());
        assertThat(api.get("education-clerk", "/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("education-clerk", "/engine-rest/task/" + taskId + "/form-variables").getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(api.post("education-clerk", "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"education-clerk\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("education-clerk", "/engine-rest/task/" + taskId + "/complete", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("education-clerk", "/engine-rest/task/" + taskId + "/submit-form", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("education-clerk", "/engine-rest/process-instance/" + processInstance).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getJson("education-clerk", "/engine-rest/process-instance?businessKey=" + number)).isEmpty();
        assertThat(api.getJson("education-clerk", "/engine-rest/variable-instance?processInstanceIdIn=" + processInstance)).isEmpty();
        assertThat(api.getJson("education-clerk", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + number)).isEmpty();
        assertThat(api.getJson("education-clerk", "/engine-rest/history/task?processInstanceBusinessKey=" + number)).isEmpty();
        assertThat(api.getJson("education-clerk", "/engine-rest/history/variable-instance?processInstanceId=" + processInstance)).isEmpty();
        assertThat(api.get("roads-clerk", "/engine-rest/task/" + taskId).getStatusCode()).as("still there for roads")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldKeepRoadsCaseOutOfEducationFormsSimilarCases() {
        // both cases at a place no other test files at: the form lists at most ten similar cases
        String place = "ул. Школьная, " + (System.nanoTime() % 100_000);
        JsonNode main = Cases.roadsAppealOf(api, atPlace(
                Json.appeal("SITE", null, "roads.potholes", "Яма у школы", "citizen-" + System.nanoTime() + "@example.ru"), place));
        number = main.get("number").asText();
        String filed = Json.parse(api.post("mcu-registrar", "/api/appeals", atPlace(Json.appeal("SITE", null, "roads.potholes",
                "Яма на школьном дворе", null), place)).getBody()).get("number").asText();
        assertThat(api.getJson("mcu-registrar", "/engine-rest/task/" + api.taskOf("mcu-registrar", filed).get("id").asText()
                + "/form-variables").get(CaseCard.Fields.POSSIBLE_DUPLICATES.name()).get("value").asText()).as("the МЦУ sees every similar case").contains(number);
        api.submit("mcu-registrar", filed, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "education"));
        String form = api.getJson("education-clerk", "/engine-rest/task/" + api.taskOf("education-clerk", filed).get("id").asText()
                + "/form-variables").get(CaseCard.Fields.POSSIBLE_DUPLICATES.name()).get("value").asText();
        assertThat(form).doesNotContain(number);
    }

    @Test
    void shouldLetRoadsClerkReadClaimAndCompleteTheTask() {
        assertThat(api.get("roads-clerk", "/engine-rest/process-instance/" + processInstance).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getJson("roads-clerk", "/engine-rest/variable-instance?processInstanceIdIn=" + processInstance + "&variableName=caseNumber")
                .get(0).get("value").asText()).isEqualTo(number);
        assertThat(api.getJson("roads-clerk", "/engine-rest/task/" + taskId + "/form-variables").get(CaseCard.Fields.CITIZEN_NAME.name()).get("value").asText())
                .isEqualTo("Иванова Мария Петровна");
        assertThat(api.post("roads-clerk", "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"roads-clerk\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.post("roads-clerk", "/engine-rest/task/" + taskId + "/assignee", "{\"userId\": \"roads-head\"}").getStatusCode())
                .as("candidates work a task, they do not hand it to others").isEqualTo(HttpStatus.FORBIDDEN);
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма будет заделана до 1 декабря."));
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("ON_APPROVAL");
        assertThat(api.getJson("education-clerk", "/engine-rest/task?processInstanceBusinessKey=" + number)).isEmpty();
    }

    @Test
    void shouldMoveEveryAccessWithTheCaseWhenRerouted() {
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Территория школы"));
        assertThat(api.get("roads-clerk", "/api/cases/" + number).getStatusCode()).as("returned, still the department's")
                .isEqualTo(HttpStatus.OK);
        api.submit("mcu-registrar", number, variables().with(REROUTE_DECISION, RerouteDecision.DEPARTMENT)
                .with(DEPARTMENT, "education").with(REROUTE_COMMENT, "Школа"));

        assertThat(api.get("education-clerk", "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("education-clerk", "/engine-rest/process-instance/" + processInstance).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("roads-clerk", "/api/cases/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("roads-clerk", "/engine-rest/process-instance/" + processInstance).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getJson("roads-head", "/engine-rest/variable-instance?processInstanceIdIn=" + processInstance)).isEmpty();
    }

    @Test
    void shouldLetCuratorReadWithoutPersonalDataAndChangeNothing() {
        JsonNode seen = Json.parse(rest.withBasicAuth(CURATOR, "demo").getForEntity("/api/cases/" + number, String.class).getBody());
        assertThat(seen.get("number").asText()).isEqualTo(number);
        assertThat(seen.get("text").asText()).contains("Сахалинской");
        assertThat(seen.has("citizen")).isFalse();
        ResponseEntity<String> rating = rest.withBasicAuth(CURATOR, "demo").postForEntity("/api/cases/" + number + "/rating",
                json("{\"score\": 5}"), String.class);
        assertThat(rating.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> filing = rest.withBasicAuth(CURATOR, "demo").postForEntity("/api/appeals",
                json(Json.appeal("SITE", null, "roads.potholes", "Яма", null)), String.class);
        assertThat(filing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(CURATOR, "demo").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + number, String.class)
                .getBody()).isEqualTo("[]");
        assertThat(rest.withBasicAuth(CURATOR, "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
                json("{\"userId\": \"" + CURATOR + "\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldLetMcuHeadSeeAndWorkEverything() {
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("citizen").get("email").asText()).endsWith("@example.ru");
        assertThat(api.getJson("mcu-head", "/engine-rest/task?processInstanceBusinessKey=" + number)).hasSize(1);
        assertThat(api.getJson("mcu-registrar", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + number)).hasSize(1);
        assertThat(api.post("mcu-head", "/engine-rest/task/" + taskId + "/assignee", "{\"userId\": \"roads-clerk\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.post("education-clerk", "/api/appeals", Json.appeal("SITE", null, null, "Текст", null)).getStatusCode())
                .as("departments do not file").isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static org.springframework.http.HttpEntity<String> json(String body) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return new org.springframework.http.HttpEntity<>(body, headers);
    }

    private static String atPlace(String appeal, String address) {
        return appeal.replace("\"address\": \"ул. Ленина, 120\"", "\"address\": \"" + address + "\"")
                .replace("\"lat\": 46.9612, \"lon\": 142.7383", "\"lat\": 46.9012, \"lon\": 142.6383");
    }
}
