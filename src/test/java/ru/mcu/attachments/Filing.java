package ru.mcu.attachments;


import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/** Intake bodies with files, and appeals filed and registered with them, for the tests of files. */
final class Filing {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Filing() {
    }

    /** One entry of {@code attachments}. */
    static Map<String, Object> file(String kind, String name, String contentType, byte[] content) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("kind", kind);
        file.put("name", name);
        if (contentType != null) {
            file.put("contentType", contentType);
        }
        file.put("content", SampleFiles.base64(content));
        return file;
    }

    /** The body with {@code attachments} added. */
    @SafeVarargs
    static String withFiles(String body, Map<String, Object>... files) {
        try {
            String json = body.strip();
            return json.substring(0, json.lastIndexOf('}')) + ", \"attachments\": " + JSON.writeValueAsString(List.of(files)) + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paper letter of a citizen about a pothole, with an external id no other test uses, received now (on the application's clock). */
    static String letter(String externalId) {
        return Json.appeal("LETTER", externalId, "roads.potholes", "Яма на дороге у дома 120, прошу заделать", null)
                .replace(", \"receivedAt\": \"" + Json.RECEIVED_AT + "\"", "");
    }

    /** Files an appeal with the files and registers it to the roads department; its number. */
    @SafeVarargs
    static String registeredToRoads(Api api, Map<String, Object>... files) {
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals", withFiles(letter("files-" + System.nanoTime()), files));
        if (filed.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("Filing answered " + filed.getStatusCode() + ": " + filed.getBody());
        }
        String number = Json.parse(filed.getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        return number;
    }
}
