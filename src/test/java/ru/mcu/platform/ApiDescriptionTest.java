package ru.mcu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** What a developer of an integration reads first: the API's description and its errors, in Russian. */
class ApiDescriptionTest extends IntegrationTest {

    @Test
    void shouldTitleTheApiForTheCityNotAsAGenericDefinition() {
        JsonNode info = Json.parse(rest.getForObject("/v3/api-docs", String.class)).get("info");

        assertThat(info.get("title").asText()).isEqualTo("МЦУ Южно-Сахалинска: API обращений, сообщений ПОС и инцидентов");
        assertThat(info.get("title").asText()).doesNotContain("OpenAPI definition");
        assertThat(info.get("version").asText()).isNotEqualTo("v0");
    }

    @Test
    void shouldAnswerAWrongContentTypeInRussianOnEveryApi() {
        for (String path : new String[] {"/api/appeals", "/engine-rest/task/none/claim"}) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBasicAuth("mcu-registrar", "demo");
            headers.set(HttpHeaders.CONTENT_TYPE, "text/plain");
            ResponseEntity<String> answer = rest.exchange(path, HttpMethod.POST, new HttpEntity<>("hello", headers), String.class);

            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(415);
            assertThat(Json.parse(answer.getBody()).path("message").asText()).as(path + ": " + answer.getBody()).isEqualTo("Ожидается Content-Type: application/json");
        }
    }

    @Test
    void shouldAnswerAWrongMethodAndAnUnknownPathInRussian() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("mcu-head", "demo");
        ResponseEntity<String> delete = rest.exchange("/api/appeals", HttpMethod.DELETE, new HttpEntity<>(headers), String.class);
        assertThat(delete.getStatusCode().value()).isEqualTo(405);
        assertThat(Json.parse(delete.getBody()).path("message").asText()).isEqualTo("Метод DELETE не поддерживается");

        ResponseEntity<String> unknown = rest.exchange("/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(Json.parse(unknown.getBody()).path("message").asText()).isEqualTo("Ресурс не найден");
    }
}
