package ru.mcu.security;


import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/** Cases the access tests need, filed and moved on through the API as staff do. */
final class Cases {

    private Cases() {
    }

    /** A pothole appeal registered to the roads department; returns the filed case as answered. */
    static JsonNode roadsAppeal(Api api, String text) {
        return roadsAppealOf(api, Json.appeal("SITE", null, "roads.potholes", text, "citizen-" + System.nanoTime() + "@example.ru"));
    }

    /** The same, filing the given appeal's JSON. */
    static JsonNode roadsAppealOf(Api api, String appeal) {
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals", appeal);
        if (filed.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("Filing answered " + filed.getStatusCode() + ": " + filed.getBody());
        }
        JsonNode c = Json.parse(filed.getBody());
        api.submit("mcu-registrar", c.get("number").asText(), variables()
                .with(REGISTRATION_DECISION, RegistrationDecision.REGISTER).with(KIND, AppealKind.COMPLAINT)
                .with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        return c;
    }
}
