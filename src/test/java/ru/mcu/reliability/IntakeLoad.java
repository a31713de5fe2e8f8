package ru.mcu.reliability;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent clients filing appeals through {@code POST /api/appeals}, each with its own
 * external id, spread round-robin over the nodes; every outcome is kept: the status, or none
 * when the answer was lost (connection refused or reset, time-out).
 */
final class IntakeLoad {

    /** One request: where it went, what came back ({@code status} -1 when nothing did). */
    record Outcome(String externalId, String node, int status, String number, long startedAtMillis, long tookMillis) {
        boolean answered() {
            return status > 0;
        }
    }

    private final String prefix;
    private final Supplier<List<AppNode>> nodes;
    private final int threads;
    private final int limit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private ExecutorService pool;

    /** {@code limit} requests at most from {@code threads} clients, until {@link #stop()}. */
    IntakeLoad(String prefix, Supplier<List<AppNode>> nodes, int threads, int limit) {
        this.prefix = prefix;
        this.nodes = nodes;
        this.threads = threads;
        this.limit = limit;
    }

    IntakeLoad start() {
        pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(this::client);
        }
        return this;
    }

    private void client() {
        while (!stopped.get()) {
            int i = next.getAndIncrement();
            if (i >= limit) {
                return;
            }
            List<AppNode> targets = nodes.get();
            AppNode node = targets.get(i % targets.size());
            Outcome outcome = file(node, prefix + "-" + i, Duration.ofSeconds(30));
            outcomes.add(outcome);
            if (outcome.status() == 201) {
                servedBy.computeIfAbsent(node.name(), n -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    /** Requests sent so far. */
    int sent() {
        return outcomes.size();
    }

    long created() {
        return snapshot().stream().filter(o -> o.status() == 201).count();
    }

    void stop() {
        stopped.set(true);
        awaitEnd(Duration.ofSeconds(60));
    }

    /** Waits until every client finished (the limit reached or stopped). */
    void awaitEnd(Duration timeout) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The intake load did not end within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Outcome> snapshot() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** Appeals answered 201 per node. */
    Map<String, Integer> createdPerNode() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        servedBy.forEach((node, n) -> copy.put(node, n.get()));
        return copy;
    }

    /** Files one appeal with {@code externalId} on {@code node}. */
    Outcome file(AppNode node, String externalId, Duration timeout) {
        long begin = System.currentTimeMillis();
        HttpRequest request = HttpRequest.newBuilder(node.uri("/api/appeals"))
                .header("Authorization", AppNode.basic("mcu-registrar"))
                .header("Content-Type", "application/json")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(appeal(externalId)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String number = response.headers().firstValue("Location")
                    .map(location -> location.substring(location.lastIndexOf('/') + 1)).orElse(null);
            return new Outcome(externalId, node.name(), response.statusCode(), number, begin, System.currentTimeMillis() - begin);
        } catch (IOException e) {
            return new Outcome(externalId, node.name(), -1, null, begin, System.currentTimeMillis() - begin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(externalId, node.name(), -1, null, begin, System.currentTimeMillis() - begin);
        }
    }

    static String appeal(String externalId) {
        return """
                {"channel": "SITE", "externalId": "%s", "kind": "COMPLAINT",
                 "citizen": {"fullName": "Иванова Мария Петровна", "email": "ivanova@example.ru"},
                 "text": "Во дворе дома по ул. Ленина, 120 третью неделю не вывозят мусор.",
                 "rubric": "waste.collection", "district": "center", "address": "ул. Ленина, 120"}
                """.formatted(externalId);
    }
}
