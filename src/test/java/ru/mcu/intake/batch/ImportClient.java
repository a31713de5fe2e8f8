package ru.mcu.intake.batch;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.mcu.support.Json;

/** Calls {@code /api/imports} as a demo user: uploads, waits for the end, reads the report. */
final class ImportClient {

    private final TestRestTemplate rest;

    ImportClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Uploads {@code content} as a multipart file. */
    ResponseEntity<String> upload(String user, String channel, String fileName, String content) {
        return upload(user, channel, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    ResponseEntity<String> upload(String user, String channel, String fileName, byte[] content) {
        HttpHeaders headers = auth(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return rest.exchange("/api/imports?channel=" + channel, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    /** Sends {@code content} as the whole request body. */
    ResponseEntity<String> post(String user, String channel, MediaType type, byte[] content) {
        HttpHeaders headers = auth(user);
        headers.setContentType(type);
        return rest.exchange("/api/imports?channel=" + channel, HttpMethod.POST, new HttpEntity<>(content, headers), String.class);
    }

    /** Uploads and waits until the job is no longer running; answers its final state. */
    JsonNode run(String user, String channel, String fileName, String content) {
        return run(user, channel, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode run(String user, String channel, String fileName, byte[] content) {
        ResponseEntity<String> accepted = upload(user, channel, fileName, content);
        if (accepted.getStatusCode().value() != 202) {
            throw new AssertionError("Upload answered " + accepted.getStatusCode() + ": " + accepted.getBody());
        }
        return awaitEnd(user, Json.parse(accepted.getBody()).get("id").asLong());
    }

    JsonNode awaitEnd(String user, long id) {
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            job[0] = get(user, "/api/imports/" + id);
            return !"RUNNING".equals(job[0].get("status").asText());
        });
        return job[0];
    }

    /** The report's reasons, one {@code строка N: field — message} each. */
    List<String> reasons(String user, long id) {
        List<String> reasons = new ArrayList<>();
        get(user, "/api/imports/" + id + "/report").get("lines").forEach(l -> reasons.add(l.get("reason").asText()));
        return reasons;
    }

    JsonNode get(String user, String path) {
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(user)), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + path + " answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return Json.parse(response.getBody());
    }

    ResponseEntity<String> exchange(String user, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(auth(user)), String.class);
    }

    private static HttpHeaders auth(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        return headers;
    }
}
