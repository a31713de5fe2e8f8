package ru.mcu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small JSON helpers for API tests. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An hour before {@link TestDays#TODAY}, the day integration tests run on: no term has passed yet. */
    public static final String RECEIVED_AT = TestDays.RECEIVED_AT;

    private Json() {
    }

    public static JsonNode parse(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    /** An appeal request body; {@code %s} placeholders are not used, values are plain. */
    public static String appeal(String channel, String externalId, String rubric, String text, String email) {
        return """
                {"channel": "%s", %s"kind": "COMPLAINT",
                 "citizen": {"fullName": "Иванова Мария Петровна", "postalAddress": "693000, г. Южно-Сахалинск, ул. Ленина, д. 120, кв. 5",
                             "email": %s, "phone": "+7 914 100-20-30"},
                 "text": "%s", %s"district": "center", "address": "ул. Ленина, 120",
                 "location": {"lat": 46.9612, "lon": 142.7383}, "receivedAt": "%s"}
                """.formatted(channel,
                externalId == null ? "" : "\"externalId\": \"" + externalId + "\", ",
                email == null ? "null" : "\"" + email + "\"",
                text,
                rubric == null ? "" : "\"rubric\": \"" + rubric + "\", ",
                RECEIVED_AT);
    }
}
