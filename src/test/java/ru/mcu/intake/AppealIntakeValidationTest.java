package ru.mcu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.CaseRepository;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** Bad input to {@code POST /api/appeals}: a clear 400 naming each field, and nothing stored. */
class AppealIntakeValidationTest extends IntegrationTest {

    private static final String VALID = Json.appeal("SITE", null, "roads.potholes", "Яма на дороге", "a@example.ru");

    @Autowired
    private CaseRepository cases;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    static List<Arguments> badRequests() {
        List<Arguments> list = new ArrayList<>();
        list.add(Arguments.of("no channel", VALID.replace("\"channel\": \"SITE\", ", ""), "channel"));
        list.add(Arguments.of("unknown channel", VALID.replace("\"SITE\"", "\"FAX\""), "channel"));
        list.add(Arguments.of("ПОС is not a 59-ФЗ channel", VALID.replace("\"SITE\"", "\"POS\""), "channel"));
        list.add(Arguments.of("unknown kind", VALID.replace("\"COMPLAINT\"", "\"PETITION\""), "kind"));
        list.add(Arguments.of("empty text", VALID.replace("Яма на дороге", "   "), "text"));
        list.add(Arguments.of("text too long", VALID.replace("Яма на дороге", "я".repeat(20_001)), "text"));
        list.add(Arguments.of("future receipt", VALID.replace(Json.RECEIVED_AT, "2099-01-01T10:00:00+11:00"), "receivedAt"));
        list.add(Arguments.of("receipt without offset", VALID.replace(Json.RECEIVED_AT, "20.11.2026"), "receivedAt"));
        list.add(Arguments.of("latitude out of range", VALID.replace("46.9612", "95.5"), "location.lat"));
        list.add(Arguments.of("longitude out of range", VALID.replace("142.7383", "-181"), "location.lon"));
        list.add(Arguments.of("latitude not a number", VALID.replace("46.9612", "\"north\""), "location.lat"));
        list.add(Arguments.of("bad e-mail", VALID.replace("a@example.ru", "not-an-email"), "citizen.email"));
        list.add(Arguments.of("bad phone", VALID.replace("+7 914 100-20-30", "call me"), "citizen.phone"));
        list.add(Arguments.of("unknown rubric", VALID.replace("roads.potholes", "roads.unicorns"), "rubric"));
        list.add(Arguments.of("unknown district", VALID.replace("\"center\"", "\"atlantis\""), "district"));
        list.add(Arguments.of("malformed JSON", VALID.substring(0, VALID.length() / 2), "body"));
        list.add(Arguments.of("empty body", "", "body"));
        return list;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void shouldAnswer400NamingTheFieldAndStoreNothing(String name, String body, String field) {
        long before = cases.count();

        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = Json.parse(response.getBody());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains(field);
        error.get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at ru.").doesNotContain("SQL");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void shouldNameEveryWrongFieldAtOnce() {
        String body = VALID.replace("a@example.ru", "bad").replace("46.9612", "99").replace("roads.potholes", "nope");

        JsonNode error = Json.parse(api.post("mcu-registrar", "/api/appeals", body).getBody());

        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("citizen.email", "location.lat", "rubric");
    }

    @Test
    void shouldRefuseOversizedBodyWithJsonError() {
        String huge = VALID.replace("Яма на дороге", "я".repeat(300_000));

        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals", huge);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(Json.parse(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void shouldRequireLogin() {
        assertThat(api.post(null, "/api/appeals", VALID).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get(null, "/api/appeals").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get(null, "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the engine delays a user's next login after a wrong password, so use one no other test needs
        ResponseEntity<String> wrongPassword = rest.withBasicAuth("curator", "wrong").getForEntity("/api/appeals", String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldStoreTextAsGivenAndReturnItEscapedInJson() {
        String text = "<script>alert(1)</script> & \\\"кавычки\\\"";
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals",
                Json.appeal("LETTER", null, null, text, null));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(response.getBody()).get("number").asText();
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("text").asText())
                .isEqualTo("<script>alert(1)</script> & \"кавычки\"");
    }

    @Test
    void shouldAnswer404ForUnknownNumberAnd400ForBadFilter() {
        ResponseEntity<String> missing = api.get("mcu-head", "/api/appeals/A-1999-000001");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Json.parse(missing.getBody()).get("message").asText()).contains("A-1999-000001");

        ResponseEntity<String> badStatus = api.get("mcu-head", "/api/appeals?status=LOST");
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(badStatus.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("status");

        ResponseEntity<String> badSize = api.get("mcu-head", "/api/appeals?size=100000");
        assertThat(badSize.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
