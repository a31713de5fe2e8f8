package ru.mcu.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.mcu.workflow.support.ProcessVariable;
import ru.mcu.workflow.support.ProcessVariables;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Calls the application's API and the engine REST API as a given user. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<String> post(String user, String path, String json) {
        return exchange(user, HttpMethod.POST, path, json);
    }

    public ResponseEntity<String> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    public JsonNode getJson(String user, String path) {
        ResponseEntity<String> response = get(user, path);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + path + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return Json.parse(response.getBody());
    }

    public ResponseEntity<String> exchange(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    /** The only open task of a case, through the engine REST API as Tasklist sees it. */
    public JsonNode taskOf(String user, String caseNumber) {
        JsonNode tasks = getJson(user, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber);
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one task of " + caseNumber + ", found " + tasks);
        }
        return tasks.get(0);
    }

    /**
     * Claims the case's task and submits its form with the variables as text, as Tasklist does:
     * {@code api.submit("roads-clerk", number, variables().with(ANSWER_TEXT, "Сделаем"))}.
     */
    public void submit(String user, String caseNumber, ProcessVariables variables) {
        List<String> keyValues = new ArrayList<>();
        variables.build().forEach((name, value) -> {
            keyValues.add(name);
            keyValues.add(value == null ? null : value.toString());
        });
        submit(user, caseNumber, keyValues.toArray(String[]::new));
    }

    /** Claims the case's task and submits its form with string values, as Tasklist does. */
    public void submit(String user, String caseNumber, String... keyValues) {
        JsonNode task = taskOf(user, caseNumber);
        String id = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            check(post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}"), "claim");
        }
        StringBuilder variables = new StringBuilder("{\"variables\": {");
        for (int i = 0; i < keyValues.length; i += 2) {
            if (i > 0) {
                variables.append(',');
            }
            variables.append('"').append(keyValues[i]).append("\": {\"value\": ")
                    .append(com.fasterxml.jackson.databind.node.TextNode.valueOf(keyValues[i + 1]).toString()).append('}');
        }
        variables.append("}}");
        check(post(user, "/engine-rest/task/" + id + "/submit-form", variables.toString()), "submit-form");
    }

    /**
     * Claims the user's task of the case and submits its form with the variables as JSON values
     * (text, numbers, booleans as the builder holds them), returning the engine's answer whatever it is.
     */
    public ResponseEntity<String> submitRaw(String user, String caseNumber, ProcessVariables variables) {
        return submitRaw(user, caseNumber, variablesJson(variables));
    }

    /** The variables as the engine REST API takes them: {@code "name": {"value": ...}, ...}. */
    public static String variablesJson(ProcessVariables variables) {
        ObjectNode json = JSON.createObjectNode();
        variables.build().forEach((name, value) -> json.putObject(name).set("value", JSON.valueToTree(value)));
        String object = json.toString();
        return object.substring(1, object.length() - 1);
    }

    /** A variable as Tasklist submits a tag list: JSON text of type {@code Json}, e.g. {@code ["education"]}. */
    public static String jsonVariable(ProcessVariable<?> variable, String json) {
        ObjectNode value = JSON.createObjectNode().put("value", json).put("type", "Json");
        return JSON.createObjectNode().set(variable.name(), value).toString().replaceAll("^\\{|}$", "");
    }

    /**
     * Claims the user's task of the case and submits its form with the variables as written
     * ({@code "name": {"value": ...}, ...}), returning the engine's answer whatever it is.
     */
    public ResponseEntity<String> submitRaw(String user, String caseNumber, String variablesJson) {
        String id = taskOf(user, caseNumber).get("id").asText();
        post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}");
        return post(user, "/engine-rest/task/" + id + "/submit-form", "{\"variables\": {" + variablesJson + "}}");
    }

    private static void check(ResponseEntity<String> response, String what) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(what + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
    }
}
