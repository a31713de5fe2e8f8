package ru.mcu.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.IntegrationTest;

/**
 * The 500s the hostile corpus found, one request each, so that a regression names its cause
 * (docs/reliability.md, "Found and fixed").
 */
class HostileInputRegressionTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String contentType, String body, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", AppNode.basic(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerABadWeekOfAPageControllersApiMethodWith400() throws Exception {
        HttpResponse<String> response = send("GET", "/api/analytics/growth?week=%23%7B7*7%7D", null, null, "mcu-head");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"week\"");
    }

    @Test
    void shouldAnswerAMultipartBodyWithoutBoundaryWith400() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/cases/A-2026-000001/link", "multipart/form-data", "x".repeat(1000), "mcu-head");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswerAWildcardContentTypeWith415() throws Exception {
        HttpResponse<String> response = send("POST", "/api/appeals", "*/*", "{}", "mcu-registrar");
        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void shouldAnswerAnOverlongCaseNumberOnAChangeWith404() throws Exception {
        HttpResponse<String> response = send("POST", "/api/cases/A-2026-00000000000000000000000000000001/rating",
                "application/json", "{\"score\": 5}", "mcu-head");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseNulInAJsonStringNamingTheField() throws Exception {
        HttpResponse<String> response = send("POST", "/api/appeals", "application/json", """
                {"channel": "SITE", "externalId": "nul-\\u0000-1", "kind": "COMPLAINT", "text": "Яма", "rubric": "roads.sidewalks"}
                """, "mcu-registrar");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"externalId\"");
    }

    @Test
    void shouldRefuseAFormEncodedBodyWithAHostileParameterName() throws Exception {
        HttpResponse<String> response = send("POST", "/api/deadlines/policies", "application/x-www-form-urlencoded", "\u0000", "demo");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseNulInTheQueryString() throws Exception {
        HttpResponse<String> response = send("GET", "/api/deadlines/preview?channel=SITE&rubric=a%00b", null, null, "mcu-head");
        assertThat(response.statusCode()).isEqualTo(400);
    }
}
