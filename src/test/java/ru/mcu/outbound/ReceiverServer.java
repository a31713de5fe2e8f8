package ru.mcu.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The receiving platforms in the outbound tests: a real HTTP server (OkHttp's MockWebServer) on
 * a fixed loopback port, so that a test can stop it (the platform is down) and start it again on
 * the same address (it came back) while the application keeps its settings. Each delivery key
 * gets the answers a test planned for it ({@link #plan}), then 200; every request is kept. Tests
 * start it before each test and stop it after.
 */
final class ReceiverServer {

    /** A request as received: path, headers the contract names, body. */
    record Received(String path, String idempotencyKey, String authorization, String contentType, String attempt,
                    String adapter, String body) {
    }

    private final int port;
    private final Map<String, Deque<MockResponse>> planned = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private MockWebServer server;

    ReceiverServer() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of one adapter's endpoint on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The platform is up (again), on the same port. */
    void start() {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getHeaders().get("Idempotency-Key");
                received.add(new Received(request.getUrl().encodedPath(), key, request.getHeaders().get("Authorization"),
                        request.getHeaders().get("Content-Type"), request.getHeaders().get("X-Mcu-Attempt"),
                        request.getHeaders().get("X-Mcu-Adapter"), request.getBody() == null ? "" : request.getBody().utf8()));
                Deque<MockResponse> answers = key == null ? null : planned.get(key);
                MockResponse next = answers == null ? null : answers.poll();
                return next != null ? next : response(200, "{}");
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platform goes down: nothing listens on the port. */
    void stop() {
        server.close();
    }

    /** The answers to the next requests with this key, in order; 200 after them. */
    void plan(String key, int code, String body) {
        planned.computeIfAbsent(key, k -> new ArrayDeque<>()).add(response(code, body));
    }

    /** The requests received with this key, in order. */
    List<Received> requests(String key) {
        return received.stream().filter(r -> key.equals(r.idempotencyKey())).toList();
    }

    private static MockResponse response(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
