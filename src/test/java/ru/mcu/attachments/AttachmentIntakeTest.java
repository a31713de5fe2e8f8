package ru.mcu.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * Files arrive with the case at intake, in the same transaction: a good file is stored with its
 * size and checksum; a file too large, one whose content is not what it claims, or a program is
 * answered 400 naming the field, and nothing at all is written.
 */
class AttachmentIntakeTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(rest);
    }

    @Test
    void shouldFileAnAppealWithItsScanAndPhotoInOneGo() {
        byte[] pdf = SampleFiles.pdf();
        byte[] png = SampleFiles.png();
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals", Filing.withFiles(Filing.letter("files-good-" + System.nanoTime()),
                Filing.file("SCAN", "Скан письма.pdf", "application/pdf", pdf),
                Filing.file("PHOTO", "яма", null, png)));

        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = Json.parse(filed.getBody()).get("number").asText();
        JsonNode files = api.getJson("mcu-registrar", "/api/cases/" + number + "/attachments");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("kind").asText()).isEqualTo("SCAN");
        assertThat(files.get(0).get("kindTitle").asText()).isEqualTo("Скан обращения");
        assertThat(files.get(0).get("fileName").asText()).isEqualTo("Скан письма.pdf");
        assertThat(files.get(0).get("size").asLong()).isEqualTo(pdf.length);
        assertThat(files.get(0).get("sha256").asText()).isEqualTo(FileChecks.sha256(pdf));
        assertThat(files.get(0).get("uploadedBy").asText()).isNotBlank().isNotEqualTo("mcu-registrar");
        assertThat(files.get(1).get("fileName").asText()).as("the extension of the content added").isEqualTo("яма.png");
        assertThat(files.get(1).get("contentType").asText()).isEqualTo("image/png");

        ResponseEntity<byte[]> scan = download("mcu-registrar", files.get(0).get("download").asText());
        assertThat(scan.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scan.getBody()).isEqualTo(pdf);
        assertThat(scan.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(scan.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(scan.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "inline; filename=\"____ ______.pdf\"; filename*=UTF-8''%D0%A1%D0%BA%D0%B0%D0%BD%20%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%B0.pdf");
    }

    @Test
    void shouldRefuseABadFileNamingItsFieldAndWriteNothing() {
        Map<String, Object> good = Filing.file("PHOTO", "яма.png", "image/png", SampleFiles.png());
        byte[] overLimit = Arrays.copyOf(SampleFiles.pdf(), 16 * 1024 + 1);
        Map<String, Map<String, Object>> bad = Map.of(
                "больше 16 КБ", Filing.file("SCAN", "скан.pdf", "application/pdf", overLimit),
                "не является файлом JPEG", Filing.file("PHOTO", "фото.jpg", "image/jpeg", "это не картинка".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "Программы и сценарии не принимаются", Filing.file("SCAN", "скан.pdf", "application/pdf", SampleFiles.exe()));
        for (Map.Entry<String, Map<String, Object>> file : bad.entrySet()) {
            String externalId = "files-bad-" + System.nanoTime();

            ResponseEntity<String> refused = api.post("mcu-registrar", "/api/appeals",
                    Filing.withFiles(Filing.letter(externalId), good, file.getValue()));

            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode errors = Json.parse(refused.getBody()).get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asText()).isEqualTo("attachments[1].content");
            assertThat(errors.get(0).get("message").asText()).contains(file.getKey());
            assertThat(jdbc.queryForObject("select count(*) from cases where external_id = ?", Integer.class, externalId)).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from case_attachment where file_name in ('скан.pdf', 'фото.jpg')", Integer.class))
                .isZero();
    }

    @Test
    void shouldRefuseFilesTogetherOverTheCaseLimit() {
        String externalId = "files-sum-" + System.nanoTime();
        Map<String, Object> big = Filing.file("PHOTO", "яма.png", null, Arrays.copyOf(SampleFiles.png(), 15 * 1024));
        // a PNG padded with zeros is still a PNG by its first bytes: 15 KB each, 30 KB together, over 24 KB
        ResponseEntity<String> refused = api.post("mcu-registrar", "/api/appeals", Filing.withFiles(Filing.letter(externalId), big, big));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("attachments");
        assertThat(jdbc.queryForObject("select count(*) from cases where external_id = ?", Integer.class, externalId)).isZero();
    }

    @Test
    void shouldTakeFilesWithPosMessagesAndIncidents() {
        String pos = "{\"externalId\": \"pos-files-" + System.nanoTime() + "\", \"text\": \"Яма на ул. Сахалинской у дома 48\"}";
        ResponseEntity<String> message = api.post("mcu-registrar", "/api/pos/messages",
                Filing.withFiles(pos, Filing.file("PHOTO", "IMG_0412.JPG", "image/jpeg", SampleFiles.jpeg())));
        assertThat(message.getStatusCode()).as(message.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode posFiles = api.getJson("mcu-head", "/api/cases/" + Json.parse(message.getBody()).get("number").asText() + "/attachments");
        assertThat(posFiles).hasSize(1);
        assertThat(posFiles.get(0).get("contentType").asText()).isEqualTo("image/jpeg");

        String incident = "{\"externalId\": \"im-files-" + System.nanoTime() + "\", \"text\": \"Не убран снег во дворе\"}";
        ResponseEntity<String> refused = api.post("mcu-registrar", "/api/incidents",
                Filing.withFiles(incident, Filing.file("PHOTO", "снег.png", "image/png", SampleFiles.html())));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Json.parse(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("attachments[0].content");

        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/incidents",
                Filing.withFiles(incident, Filing.file("BEFORE", "снег.png", "image/png", SampleFiles.png())));
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        List<String> kinds = new ArrayList<>();
        api.getJson("mcu-head", "/api/cases/" + Json.parse(filed.getBody()).get("number").asText() + "/attachments")
                .forEach(f -> kinds.add(f.get("kind").asText()));
        assertThat(kinds).containsExactly("BEFORE");
    }

    private ResponseEntity<byte[]> download(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }
}
