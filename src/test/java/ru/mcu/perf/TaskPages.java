package ru.mcu.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first page of a department's tasks sorted by term, through the engine REST API, as a
 * clerk of that department asks it with HTTP Basic:
 * {@code GET /engine-rest/task?candidateGroup=dept-<code>&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15}.
 * Departments in rotation, each asked by its own clerk ({@code <code>-clerk}, password {@code demo}).
 */
final class TaskPages {

    static final int PAGE = 15;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final List<String> departments;

    TaskPages(String baseUrl, List<String> departments) {
        this.baseUrl = baseUrl;
        this.departments = departments;
    }

    /** One department's first page: the tasks as the API answered them; fails on any other status than 200. */
    JsonNode firstPage(String department) {
        String clerk = department + "-clerk";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/task?candidateGroup=dept-" + department
                        + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=" + PAGE))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clerk + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(clerk + ": " + response.statusCode() + " " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code threads} clerks asking one after another, {@code requests} pages each, departments in rotation. */
    Latencies ask(int threads, int requests) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        Workers.run(threads, "tasklist", () -> {
            for (int r = 0; r < requests; r++) {
                String department = departments.get((int) (sequence.getAndIncrement() % departments.size()));
                long start = System.nanoTime();
                try {
                    firstPage(department);
                    latencies.add(System.nanoTime() - start);
                } catch (RuntimeException e) {
                    latencies.error();
                }
            }
        });
        latencies.finish();
        return latencies;
    }
}
