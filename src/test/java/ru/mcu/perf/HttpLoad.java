package ru.mcu.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Files appeals over HTTP: either a fixed number of clients each sending the next request as
 * soon as the previous one answered (closed loop: the most the server gives), or requests
 * sent at a fixed rate whatever the answers (open loop: latency at an offered load, measured
 * from when each request was due, so a stalled server cannot hide its queue).
 */
final class HttpLoad {

    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;
    /** Numbers of the appeals answered 201, for checks after the run. */
    final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();

    HttpLoad(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    }

    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    /** {@code threads} clients filing appeals for {@code duration}. */
    Latencies closedLoop(int threads, Duration duration, LongFunction<String> body) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        Workers.run(threads, "load", () -> {
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                if (send(post("/api/appeals", body.apply(sequence.incrementAndGet())))) {
                    latencies.add(System.nanoTime() - start);
                } else {
                    latencies.error();
                }
            }
        });
        latencies.finish();
        return latencies;
    }

    /** Appeals sent at {@code perSecond} for {@code duration}; waits up to 30 s for the last answers. */
    Latencies openLoop(double perSecond, Duration duration, LongFunction<String> body) throws InterruptedException {
        Latencies latencies = new Latencies();
        long period = (long) (1e9 / perSecond);
        long total = duration.toNanos() / period;
        ExecutorService senders = Executors.newCachedThreadPool();
        long t0 = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = t0 + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long n = i + 1;
            senders.execute(() -> {
                if (send(post("/api/appeals", body.apply(n)))) {
                    latencies.add(System.nanoTime() - due);
                } else {
                    latencies.error();
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        latencies.finish();
        return latencies;
    }

    /**
     * The registrar's work on each case, as Tasklist does it: find the task, claim it, open its
     * form (the form's variables) and submit it registered to a department; {@code threads}
     * clerks at once. A case whose step answers anything but 2xx counts as an error.
     */
    Latencies registerAll(List<String> numbers, int threads, String user) throws InterruptedException {
        Latencies latencies = new Latencies();
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(numbers);
        Workers.run(threads, "registrar", () -> {
            for (String number = queue.poll(); number != null; number = queue.poll()) {
                long start = System.nanoTime();
                if (register(number, user)) {
                    latencies.add(System.nanoTime() - start);
                } else {
                    latencies.error();
                }
            }
        });
        latencies.finish();
        return latencies;
    }

    private boolean register(String number, String user) {
        String tasks = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/task?processInstanceBusinessKey=" + number))
                .header("Authorization", authorization).GET().build());
        int at = tasks == null ? -1 : tasks.indexOf("\"id\":\"");
        if (at < 0) {
            return false;
        }
        String task = tasks.substring(at + 6, tasks.indexOf('"', at + 6));
        return exchange(post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + user + "\"}")) != null
                && exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/task/" + task + "/form-variables?deserializeValues=false"))
                        .header("Authorization", authorization).GET().build()) != null
                && exchange(post("/engine-rest/task/" + task + "/submit-form", """
                        {"variables": {"registrationDecision": {"value": "REGISTER"}, "kind": {"value": "COMPLAINT"},
                         "rubric": {"value": "roads.potholes"}, "department": {"value": "roads"}}}""")) != null;
    }

    /** The body of a 2xx answer, else null. */
    private String exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? response.body() : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Files one appeal; its number when answered 201, else null. */
    String file(String json) {
        try {
            HttpResponse<String> response = client.send(post("/api/appeals", json), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                return null;
            }
            String number = numberOf(response.body());
            created.add(number);
            return number;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sends one request; true when answered 201 (its number is remembered). */
    boolean send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                created.add(numberOf(response.body()));
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String numberOf(String json) {
        int at = json.indexOf("\"number\":\"");
        return at < 0 ? "?" : json.substring(at + 10, json.indexOf('"', at + 10));
    }
}
