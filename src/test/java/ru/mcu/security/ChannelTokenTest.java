package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** Integrations file with a token of their channel, into that channel only; a revoked token is refused. */
class ChannelTokenTest extends IntegrationTest {

    private static final String POS_MESSAGE = """
            {"externalId": "%s", "category": "Дороги", "text": "Яма на ул. Ленина у дома 5",
             "author": {"fullName": "Петров Пётр", "email": "petrov@example.ru"}}
            """;
    private static final String INCIDENT = """
            {"externalId": "%s", "network": "vk", "url": "https://vk.com/wall-1_2", "author": "Анна С.",
             "text": "Третий день не убирают снег во дворе"}
            """;

    @Autowired
    private JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private JsonNode issue(String name, String channel) {
        ResponseEntity<String> issued = api.post("demo", "/api/admin/tokens", "{\"name\": \"" + name + "\", \"channel\": \"" + channel + "\"}");
        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(issued.getBody());
    }

    private ResponseEntity<String> post(String token, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void shouldFileIntoItsOwnChannelOnly() {
        String pos = issue("ПОС Сахалинской области", "POS").get("token").asText();
        ResponseEntity<String> filed = post(pos, "/api/pos/messages", POS_MESSAGE.formatted("pos-token-" + System.nanoTime()));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(Json.parse(filed.getBody()).get("channel").asText()).isEqualTo("POS");

        ResponseEntity<String> incident = post(pos, "/api/incidents", INCIDENT.formatted("im-token-" + System.nanoTime()));
        assertThat(incident.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Json.parse(incident.getBody()).get("message").asText()).isEqualTo("Недостаточно прав");
        assertThat(post(pos, "/api/appeals", Json.appeal("SITE", "site-token-" + System.nanoTime(), null, "Текст", null))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from cases where external_id like 'im-token-%' or external_id like 'site-token-%'",
                Integer.class)).isZero();
    }

    @Test
    void shouldFileAppealsOfTheTokensChannelOnly() {
        String site = issue("Сайт администрации", "SITE").get("token").asText();
        assertThat(post(site, "/api/appeals", Json.appeal("SITE", "site-" + System.nanoTime(), null, "Текст с сайта", null))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(site, "/api/appeals", Json.appeal("EPGU", "epgu-" + System.nanoTime(), null, "Текст ЕПГУ", null))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(site, "/api/pos/messages", POS_MESSAGE.formatted("pos-" + System.nanoTime())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldRefuseRevokedUnknownAndMisplacedTokens() {
        JsonNode issued = issue("Инцидент Менеджмент", "INCIDENT");
        String token = issued.get("token").asText();
        assertThat(post(token, "/api/incidents", INCIDENT.formatted("im-" + System.nanoTime())).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        HttpHeaders bearer = new HttpHeaders();
        bearer.setBearerAuth(token);
        assertThat(rest.exchange("/api/cases", HttpMethod.GET, new HttpEntity<>(bearer), String.class).getStatusCode())
                .as("a token is good for intake only").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(bearer), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(api.exchange("demo", HttpMethod.DELETE, "/api/admin/tokens/" + issued.get("id").asLong(), null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> revoked = post(token, "/api/incidents", INCIDENT.formatted("im-" + System.nanoTime()));
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Json.parse(revoked.getBody()).get("status").asInt()).isEqualTo(401);
        assertThat(post("mcu_" + "x".repeat(43), "/api/incidents", INCIDENT.formatted("im-" + System.nanoTime())).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldKeepOnlyTheHashAndLetOnlyAdministratorsManageTokens() {
        JsonNode issued = issue("Канцелярия", "LETTER");
        String token = issued.get("token").asText();
        assertThat(token).startsWith("mcu_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hash like ?", Integer.class,
                token, "%" + token.substring(4, 20) + "%")).isZero();
        assertThat(api.getJson("demo", "/api/admin/tokens").toString()).contains("Канцелярия").doesNotContain(token);
        assertThat(api.post("mcu-head", "/api/admin/tokens", "{\"name\": \"x\", \"channel\": \"POS\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("roads-clerk", "/api/admin/tokens").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
