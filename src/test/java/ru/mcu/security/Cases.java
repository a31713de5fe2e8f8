package ru.mcu.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Json;

/** Cases the access tests need, filed and moved on through the API as staff do. */
final class Cases {

    private Cases() {
    }

    /** A pothole appeal registered to the roads department; returns the filed case as answered. */
    static JsonNode roadsAppeal(Api api, String text) {
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes", text,
                "citizen-" + System.nanoTime() + "@example.ru"));
        if (filed.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("Filing answered " + filed.getStatusCode() + ": " + filed.getBody());
        }
        JsonNode c = Json.parse(filed.getBody());
        api.submit("mcu-registrar", c.get("number").asText(), "registrationDecision", "REGISTER", "kind", "COMPLAINT",
                "rubric", "roads.potholes", "department", "roads");
        return c;
    }
}
