package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.directory.StaffGroups;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** Headers, cookies, CSRF, error bodies, login attempts, and the webapps for administrators only. */
class HardeningTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Test
    void shouldSendSecurityHeadersAndSafeSessionCookie() {
        Pages pages = new Pages(port);
        HttpResponse<String> login = pages.get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        ResponseEntity<String> api = rest.getForEntity("/api/cases", String.class);
        assertThat(api.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void shouldRequireCsrfTokenOnPagesAndOnApiCallsRelyingOnTheSession() {
        Pages pages = new Pages(port);
        assertThat(pages.login("mcu-head", "demo").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(pages.post("/logout", "").statusCode()).isEqualTo(403);
        assertThat(pages.get("/api/cases").statusCode()).as("the session is good for the API").isEqualTo(200);
        HttpResponse<String> forged = pages.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/appeals"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.appeal("SITE", null, null, "Подделка", null))).build());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRequireCsrfTokenForTheImportPageUpload() {
        Pages pages = new Pages(port);
        assertThat(pages.login("mcu-registrar", "demo").headers().firstValue("Location").orElseThrow()).endsWith("/");
        String boundary = "mcu-forged-upload";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"channel\"\r\n\r\nPOS\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"forged.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nexternalId;text\r\nforged-1;Подделка\r\n--" + boundary + "--\r\n";

        HttpResponse<String> forged = pages.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(forged.statusCode()).as("an upload without the page's CSRF token").isEqualTo(403);
    }

    @Test
    void shouldAnswerApiFailuresWithJsonWithoutInternals() {
        ResponseEntity<String> unauthorized = rest.getForEntity("/api/cases", String.class);
        assertThat(unauthorized.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Json.parse(unauthorized.getBody()).get("status").asInt()).isEqualTo(401);
        ResponseEntity<String> forbidden = new Api(rest).get("roads-clerk", "/api/admin/tokens");
        assertThat(Json.parse(forbidden.getBody()).get("status").asInt()).isEqualTo(403);

        ResponseEntity<String> databaseError = new Api(rest).get("mcu-head", "/engine-rest/task?firstResult=-5&maxResults=10");
        assertThat(databaseError.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(databaseError.getBody()).doesNotContainIgnoringCase("select").doesNotContain("###")
                .doesNotContain("ACT_RU").doesNotContain("PSQLException");
    }

    @Test
    void shouldDelayTheNextLoginAfterAWrongPassword() {
        String user = "lockout-probe-" + System.nanoTime();
        User probe = identity.newUser(user);
        probe.setPassword("demo");
        identity.saveUser(probe);
        identity.createMembership(user, StaffGroups.MCU_REGISTRARS);
        assertThat(new Pages(port).login(user, "wrong").headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/cases", String.class).getStatusCode())
                .as("locked for a few seconds, even with the right password").isEqualTo(HttpStatus.UNAUTHORIZED);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/cases", String.class).getStatusCode())
                        .isEqualTo(HttpStatus.OK));
    }

    @Test
    void shouldOpenCockpitAndAdminToAdministratorsOnly() {
        assertThat(webapp("mcu-head", "cockpit")).isEqualTo(403);
        assertThat(webapp("roads-clerk", "admin")).isEqualTo(403);
        assertThat(webapp("roads-clerk", "tasklist")).isEqualTo(200);
        assertThat(webapp("demo", "cockpit")).isEqualTo(200);
        assertThat(webapp("demo", "admin")).isEqualTo(200);
        assertThat(new Api(rest).post("mcu-head", "/engine-rest/deployment/create", "{}").getStatusCode().is2xxSuccessful()).isFalse();
    }

    /** Opens a webapp's page after the one login, as a browser does. */
    private int webapp(String user, String app) {
        Pages pages = new Pages(port);
        assertThat(pages.login(user, "demo").headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return pages.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/" + app + "/default/"))
                .header("Accept", "text/html").GET().build()).statusCode();
    }
}
