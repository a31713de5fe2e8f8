package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_LINK;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;

/** Cases driven through their processes up to the step that sends the answer out, for the outbound tests. */
final class OutboundCases {

    private OutboundCases() {
    }

    /** A ПОС message by «Ли Анна», accepted and sent to the roads department. */
    static String posMessage(Api api, String externalId) {
        String message = """
                {"externalId": "%s", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "На ул. Сахалинской у дома 48 яма на дороге", "author": {"fullName": "Ли Анна", "email": "lee@example.ru"},
                 "address": "ул. Сахалинская, 48", "location": {"lat": 46.9634, "lon": 142.7465}, "receivedAt": "%s"}
                """.formatted(externalId, Json.RECEIVED_AT);
        ResponseEntity<String> filed = api.post("pos-coordinator", "/api/pos/messages", message);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(RUBRIC, "roads.potholes").with(DISTRICT, "center"));
        api.submit("pos-coordinator", number, variables().with(DEPARTMENT, "roads"));
        return number;
    }

    /** The department's answer to a ПОС message, approved: the step that publishes it runs. */
    static void answerPos(Api api, String number, String answer) {
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, answer));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
    }

    /** An incident taken and resolved on the spot: the step that publishes the reply runs. */
    static String resolvedIncident(Api api, String externalId, Consumer<String> settleJobs) {
        String number = takenIncident(api, externalId, settleJobs);
        api.submit("city-economy-clerk", number, variables().with(RESPONSE_OUTCOME, ResponseOutcome.RESOLVED)
                .with(EVIDENCE_TEXT, "Мусор вывезен в 14:00").with(EVIDENCE_LINK, "https://example.org/photo.jpg"));
        return number;
    }

    /**
     * An incident taken to the city economy department, waiting for its interim answer. A timer
     * of the process can be due at once; the test's {@code settleJobs} (usually
     * {@code IntegrationTest.settleJobsOf}) waits for the job executor to run what is due, so that
     * it does not change the process at the moment of the test's next step (the next submission
     * once failed with the engine's optimistic-locking error; the writer was not identified).
     */
    static String takenIncident(Api api, String externalId, Consumer<String> settleJobs) {
        String incident = """
                {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_%s", "author": "Анна С.",
                 "text": "Третий день не вывозят мусор у дома, контейнеры переполнены", "publishedAt": "%s",
                 "importance": "NORMAL", "address": "ул. Ленина, 1", "location": {"lat": 46.95, "lon": 142.7351}}
                """.formatted(externalId, externalId, Json.RECEIVED_AT);
        ResponseEntity<String> filed = api.post("im-coordinator", "/api/incidents", incident);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("im-coordinator", number, variables().with(TRIAGE_DECISION, TriageDecision.TAKE)
                .with(RUBRIC, "waste.collection").with(DEPARTMENT, "city-economy"));
        settleJobs.accept(number);
        return number;
    }

    /** A 59-ФЗ appeal by «Иванова Мария Петровна» filed on the channel, received on the test day. */
    static String appeal(Api api, String channel, String externalId) {
        return appeal(api, channel, externalId, Json.RECEIVED_AT);
    }

    /** The same, received at {@code receivedAt} (ISO with offset). */
    static String appeal(Api api, String channel, String externalId, String receivedAt) {
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals",
                Json.appeal(channel, externalId, "roads.potholes", "Яма на дороге у дома 120 по ул. Ленина", null)
                        .replace(Json.RECEIVED_AT, receivedAt));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody()).get("number").asText();
    }

    /** Registered, answered and approved: the appeal closes and its answer is dispatched. */
    static void answerAppeal(Api api, String number, String answer) {
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                .with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, answer));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
    }

    /** The one delivery of a list. */
    static JsonNode only(JsonNode list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
