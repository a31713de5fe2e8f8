package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/** Who may import which channel, what the API answers to files it cannot take, and the body limits. */
class ImportAccessAndLimitsTest extends IntegrationTest {

    /** A ПОС file whose only row is rejected: it runs without filing anything. */
    private static final String REJECTED_ONLY = "[{\"externalId\": \"pos-access\"}]";

    @Test
    void shouldRefuseAClerkAndAnonymousCallers() {
        ImportClient imports = new ImportClient(rest);
        long id = imports.run("mcu-registrar", "POS", "pos.json", REJECTED_ONLY).get("id").asLong();

        ResponseEntity<String> clerk = imports.upload("roads-clerk", "POS", "pos.json", REJECTED_ONLY);
        assertThat(clerk.getStatusCode().value()).isEqualTo(403);
        assertThat(Json.parse(clerk.getBody()).get("message").asText()).isEqualTo("Недостаточно прав");
        assertThat(imports.exchange("roads-clerk", "/api/imports/" + id).getStatusCode().value()).isEqualTo(403);
        assertThat(imports.exchange("roads-clerk", "/api/imports/" + id + "/report").getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity("/api/imports/" + id, String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void shouldLetCoordinatorsImportOnlyTheirOwnChannel() {
        ImportClient imports = new ImportClient(rest);

        assertThat(imports.upload("pos-coordinator", "POS", "pos.json", REJECTED_ONLY).getStatusCode().value()).isEqualTo(202);
        assertThat(imports.upload("pos-coordinator", "APPEAL", "a.json", REJECTED_ONLY).getStatusCode().value()).isEqualTo(403);
        assertThat(imports.upload("pos-coordinator", "INCIDENT", "i.json", REJECTED_ONLY).getStatusCode().value()).isEqualTo(403);
        assertThat(imports.upload("im-coordinator", "POS", "pos.json", REJECTED_ONLY).getStatusCode().value()).isEqualTo(403);
        long appealJob = imports.run("mcu-head", "APPEAL", "a.json", "[{\"channel\": \"SITE\"}]").get("id").asLong();
        assertThat(imports.exchange("pos-coordinator", "/api/imports/" + appealJob).getStatusCode().value()).isEqualTo(403);
        assertThat(imports.get("pos-coordinator", "/api/imports").findValuesAsText("channel")).containsOnly("POS");
    }

    @Test
    void shouldAnswer202WithTheJobAndItsLocationAndShowTheFinalCounts() {
        ImportClient imports = new ImportClient(rest);

        ResponseEntity<String> accepted = imports.upload("mcu-registrar", "POS", "pos.json", REJECTED_ONLY);

        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        JsonNode job = Json.parse(accepted.getBody());
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/imports/" + job.get("id").asLong());
        assertThat(job.get("total").asInt()).isEqualTo(1);
        assertThat(job.get("fileName").asText()).isEqualTo("pos.json");
        JsonNode done = imports.awaitEnd("mcu-registrar", job.get("id").asLong());
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("rejected").asInt()).isEqualTo(1);
        assertThat(imports.reasons("mcu-registrar", job.get("id").asLong()))
                .containsExactly("строка 1: text — Текст сообщения не может быть пустым");
    }

    @Test
    void shouldRefuseFilesThatCannotBeImportedAsAWhole() {
        ImportClient imports = new ImportClient(rest);

        ResponseEntity<String> unknownColumn = imports.upload("mcu-registrar", "POS", "pos.csv", "externalId;text;rubric\np;t;r\n");
        ResponseEntity<String> notArray = imports.upload("mcu-registrar", "POS", "pos.json", "{\"externalId\": \"p\"}");
        ResponseEntity<String> unknownChannel = imports.upload("mcu-registrar", "FAX", "pos.json", REJECTED_ONLY);

        assertThat(unknownColumn.getStatusCode().value()).isEqualTo(400);
        assertThat(Json.parse(unknownColumn.getBody()).at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(Json.parse(unknownColumn.getBody()).at("/errors/0/message").asText()).startsWith("Неизвестные столбцы: rubric.");
        assertThat(Json.parse(notArray.getBody()).at("/errors/0/message").asText())
                .isEqualTo("Ожидается массив JSON: [ {…}, {…} ], по объекту на строку");
        assertThat(unknownChannel.getStatusCode().value()).isEqualTo(400);
        assertThat(Json.parse(unknownChannel.getBody()).at("/errors/0/message").asText()).isEqualTo("Допустимые значения: APPEAL, POS, INCIDENT");
        assertThat(imports.exchange("mcu-registrar", "/api/imports/987654321").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void shouldTakeARawBodyOverTheApiLimitButNotOverTheImportLimit() {
        ImportClient imports = new ImportClient(rest);
        String longText = "я".repeat(150_000);
        byte[] overApiLimit = ("[{\"externalId\": \"pos-long\", \"text\": \"" + longText + "\"}]").getBytes(StandardCharsets.UTF_8);
        assertThat(overApiLimit.length).isGreaterThan(262_144);

        ResponseEntity<String> accepted = imports.post("mcu-registrar", "POS", MediaType.APPLICATION_JSON, overApiLimit);

        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        JsonNode job = imports.awaitEnd("mcu-registrar", Json.parse(accepted.getBody()).get("id").asLong());
        assertThat(job.get("fileName").asText()).isEqualTo("request-body.json");
        assertThat(imports.reasons("mcu-registrar", job.get("id").asLong()))
                .containsExactly("строка 1: text — Текст длиннее 20000 символов");

        byte[] overImportLimit = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(overImportLimit, (byte) ' ');
        ResponseEntity<String> tooLarge = imports.post("mcu-registrar", "POS", MediaType.valueOf("text/csv"), overImportLimit);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(Json.parse(tooLarge.getBody()).get("message").asText()).isEqualTo("Файл больше допустимого размера (20 МБ)");
    }

    @Test
    void shouldAnswerAMultipartFileOverTheLimitWithJson413() {
        byte[] overImportLimit = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(overImportLimit, (byte) ' ');

        ResponseEntity<String> tooLarge = new ImportClient(rest).upload("mcu-registrar", "POS", "big.csv", overImportLimit);

        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(Json.parse(tooLarge.getBody()).at("/errors/0/field").asText()).isEqualTo("file");
    }

    @Test
    void shouldKeepTheApiBodyLimitForEverythingElse() {
        String body = Json.appeal("SITE", "site-limit", null, "x".repeat(300_000), null);

        assertThat(new Api(rest).post("mcu-registrar", "/api/appeals", body).getStatusCode().value()).isEqualTo(413);
    }

    @Test
    void shouldSendAVisitorOfTheImportPagesToTheLogin() {
        for (String path : new String[] {"/imports", "/imports/1", "/imports/1/progress", "/imports/1/report.csv"}) {
            ResponseEntity<String> page = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), String.class);

            // the client follows the redirect: the answer is the login form
            assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(page.getBody()).as(path).contains("<h1>Вход</h1>").doesNotContain("Импорт");
        }
    }
}
