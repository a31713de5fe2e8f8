package ru.mcu.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * POSTs a delivery's JSON body to its adapter's endpoint and sorts the answer: 2xx taken, 408,
 * 425, 429 and 5xx (and no connection at all) worth another attempt, any other status refused.
 * Called by the worker outside any transaction.
 */
@Component
class HttpSender {

    /** What came of one attempt. */
    sealed interface Outcome {
        /** 2xx; {@code link} is the {@code url} the receiver returned, if it was a valid link. */
        record Taken(int status, String link) implements Outcome {
        }

        /** Refused: the request is wrong for the receiver; a person looks at it. */
        record Refused(int status, String error) implements Outcome {
        }

        /** Try again later; {@code status} null when there was no answer at all. */
        record Retry(Integer status, String error) implements Outcome {
        }
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String ATTEMPT = "X-Mcu-Attempt";
    static final String ADAPTER = "X-Mcu-Adapter";

    private final OutboundProperties properties;
    private final ObjectMapper json;
    private final HttpClient client;

    HttpSender(OutboundProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(OutboundProperties.Endpoint endpoint, Delivery delivery) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(endpoint.url().strip()));
        } catch (IllegalArgumentException e) {
            return new Outcome.Retry(null, "Неверный адрес получателя в настройках: " + e.getMessage());
        }
        request.timeout(properties.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header(IDEMPOTENCY_KEY, delivery.getDeliveryKey())
                .header(ATTEMPT, Integer.toString(delivery.getAttempts()))
                .header(ADAPTER, delivery.getAdapter().id())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload(), StandardCharsets.UTF_8));
        if (endpoint.token() != null && !endpoint.token().isBlank()) {
            request.header("Authorization", "Bearer " + endpoint.token().strip());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Outcome.Retry(null, "Нет связи с получателем: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Retry(null, "Отправка прервана");
        }
        int status = response.statusCode();
        String body = excerpt(response.body());
        if (status >= 200 && status < 300) {
            return new Outcome.Taken(status, linkIn(response.body()));
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new Outcome.Retry(status, "HTTP " + status + (body.isEmpty() ? "" : ": " + body));
        }
        return new Outcome.Refused(status, "HTTP " + status + (body.isEmpty() ? "" : ": " + body));
    }

    /** The {@code url} of a 2xx body, when it is a valid link; anything else is ignored. */
    private String linkIn(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode url = json.readTree(body).path("url");
            return url.isTextual() ? PublishedLink.validOrNull(url.asText()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() > 500 ? flat.substring(0, 500) + "…" : flat;
    }
}
