package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/mcu-import} when the job fails on the server: exit status 1 and the reason. The
 * application cannot be made to fail a job on demand, so a small stand-in server answers as
 * the API does.
 */
class ImportCommandFailureTest {

    @TempDir
    private Path dir;

    private HttpServer server;
    private final AtomicInteger polls = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/imports", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                exchange.getRequestBody().readAllBytes();
                answer(exchange, 202, "{\"id\":7,\"status\":\"RUNNING\",\"statusTitle\":\"выполняется\",\"total\":3,\"processed\":0}");
            } else if (polls.incrementAndGet() == 1) {
                answer(exchange, 200, job("RUNNING", "выполняется", 1, ""));
            } else {
                answer(exchange, 200, job("FAILED", "прерван", 1,
                        ",\"failure\":\"Сбой при обработке строки 2: импорт остановлен, строки до неё обработаны.\""));
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldExitWithOneAndTheReasonWhenTheJobFails() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "[]");
        Process process = new ProcessBuilder("bash", "tools/mcu-import", "-s", "http://127.0.0.1:" + server.getAddress().getPort(),
                "-u", "mcu-registrar", "-p", "demo", "-i", "0.1", "APPEAL", file.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(process.exitValue()).as(out + err).isEqualTo(1);
        assertThat(out).contains("Импорт № 7: прерван").contains("Строк: 3, обработано: 1, создано: 1, уже были загружены: 0, отклонено: 0");
        assertThat(err).contains("выполняется: 1 из 3")
                .contains("Импорт прерван: Сбой при обработке строки 2: импорт остановлен, строки до неё обработаны.");
        assertThat(polls.get()).isEqualTo(2);
    }

    private static String job(String status, String title, int processed, String more) {
        return "{\"id\":7,\"status\":\"" + status + "\",\"statusTitle\":\"" + title + "\",\"total\":3,\"processed\":" + processed
                + ",\"created\":" + processed + ",\"alreadyPresent\":0,\"rejected\":0,\"percent\":33" + more + "}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
