package ru.mcu.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/**
 * Sends the generated corpus of {@link HostileRequests} to the running application and checks
 * each answer: never a 5xx, never a stack trace or SQL in the body; a refused request (4xx)
 * changes no row of the case tables, the engine's process instances or the administrators'
 * data; and afterwards the application answers an ordinary request at once.
 */
abstract class HostileInputScenario extends IntegrationTest {

    /**
     * Tables a request could write to, counted before and after each refused request. What the
     * job executor writes on its own meanwhile is left out: a case the corpus filed with a date
     * long past has its registration timer fire at once, which records an escalation and mails
     * it, whatever request is being answered then.
     */
    private static final String COUNTS = """
            select (select count(*) from cases) || ',' || (select count(*) from case_event
                     where type not in ('ESCALATED_TO_BLOCK_HEAD', 'ESCALATED_TO_MCU_HEAD', 'REMINDER_SENT', 'OVERDUE')) || ','
              || (select count(*) from case_rating) || ',' || (select count(*) from outbox_message where kind not like '%OVERDUE%'
                     and kind not like '%ESCALAT%' and kind not like '%REMIND%') || ','
              || (select count(*) from act_hi_procinst where proc_def_key_ <> 'weekly-note') || ','
              || (select count(*) from act_ru_task) || ',' || (select count(*) from api_token) || ','
              || (select count(*) from deadline_policy) || ',' || (select count(*) from calendar_change) || ','
              || (select count(*) from import_job)""";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    abstract int requests();

    @Test
    void shouldRefuseMalformedAndHostileRequestsCleanlyWithoutWritingAnything() throws IOException {
        List<HostileRequests.Request> corpus = new HostileRequests(20261126L).next(requests());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long begin = System.nanoTime();
        for (HostileRequests.Request request : corpus) {
            String before = jdbc.queryForObject(COUNTS, String.class);
            Answer answer = send(request);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500 || answer.status() < 0) {
                failures.add(answer.status() + " for " + request.describe() + ": " + abbreviate(answer.body()));
                continue;
            }
            if (answer.status() >= 400 && (answer.body().contains("\tat ") || answer.body().contains("Exception") || answer.body().contains("SQL"))) {
                failures.add("internals in the body for " + request.describe() + ": " + abbreviate(answer.body()));
            }
            if (answer.status() >= 400) {
                String after = jdbc.queryForObject(COUNTS, String.class);
                if (!before.equals(after)) {
                    failures.add("partial write (" + before + " → " + after + ") by refused " + answer.status() + " " + request.describe());
                }
            }
        }
        long tookMillis = (System.nanoTime() - begin) / 1_000_000;
        System.out.println("[reliability] " + getClass().getSimpleName() + ": " + corpus.size() + " hostile requests in "
                + tookMillis + " ms, answers by status: " + statuses);
        assertThat(failures).as("answers to the hostile corpus").isEmpty();

        // still responsive: an ordinary authenticated read answers at once
        long start = System.nanoTime();
        Answer health = send(new HostileRequests.Request("GET", "/api/cases?size=1", null, null,
                AppNode.basic("mcu-head")));
        assertThat(health.status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms to answer after the corpus").isLessThan(2000);
    }

    record Answer(int status, String body) {
    }

    /** Writes the request as raw bytes and reads the whole answer (the connection is closed). */
    private Answer send(HostileRequests.Request request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((request.method() + " " + request.target() + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
            head.writeBytes(("Host: 127.0.0.1:" + port + "\r\nConnection: close\r\nAccept: application/json\r\n").getBytes(StandardCharsets.UTF_8));
            if (request.authorization() != null) {
                head.writeBytes(("Authorization: " + request.authorization() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (request.body() != null) {
                if (request.contentType() != null) {
                    head.writeBytes(("Content-Type: " + request.contentType() + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                head.writeBytes(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (request.body() != null) {
                try {
                    out.write(request.body());
                } catch (IOException e) {
                    // the server may answer (413) and close before reading a huge body
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer;
            try {
                answer = in.readAllBytes();
            } catch (SocketTimeoutException e) {
                return new Answer(-1, "no answer within 15 s");
            } catch (IOException e) {
                return new Answer(-1, "connection failed: " + e);
            }
            String text = new String(answer, StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ")) {
                return new Answer(-1, "not an HTTP answer: " + abbreviate(text));
            }
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyAt = text.indexOf("\r\n\r\n");
            return new Answer(status, bodyAt < 0 ? "" : text.substring(bodyAt + 4));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
