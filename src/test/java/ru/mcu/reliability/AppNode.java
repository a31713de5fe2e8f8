package ru.mcu.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One application node as a separate JVM: the test's own classpath and {@code McuApplication},
 * the {@code test} profile (demo users, no demo data), pointed at a PostgreSQL the test owns.
 * {@link #kill()} is SIGKILL on Linux: no shutdown hook, no graceful close of anything.
 */
final class AppNode {

    private final String name;
    private final int port;
    private final String jdbcUrl;
    private final Path logFile;
    private final List<String> extraArgs;
    private Process process;

    AppNode(String name, String jdbcUrl, Path logDir, String... extraArgs) {
        this.name = name;
        this.port = OwnedPostgres.freePort();
        this.jdbcUrl = jdbcUrl;
        this.logFile = logDir.resolve(name + ".log");
        this.extraArgs = List.of(extraArgs);
        try {
            // one log per test run; restarts of the node append to it
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Launches the JVM (appending to the node's log); {@link #awaitReady} waits for it. */
    AppNode start() {
        try {
            Files.createDirectories(logFile.getParent());
            // the classpath in an argument file: no limit on the command line's length
            Path argFile = logFile.resolveSibling(name + ".classpath");
            Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
            List<String> command = new ArrayList<>(List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                    "@" + argFile,
                    "ru.mcu.McuApplication",
                    "--spring.profiles.active=test",
                    "--server.port=" + port,
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    // the node's name in the engine's job log (ACT_HI_JOB_LOG.HOSTNAME_)
                    "--camunda.bpm.generic-properties.properties.hostname=" + name,
                    "--logging.level.ru.mcu=warn",
                    // a stop is handled as in a real run (the test profile turns it off for the test JVM)
                    "--mcu.exit-zero-on-stop=true"));
            command.addAll(extraArgs);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            // a test JVM that ends without its @AfterAll must not leave a node running
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, name + "-kill"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers an authenticated API call that reads the database. */
    AppNode awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + logFile);
            }
            if (healthy(http, Duration.ofSeconds(5))) {
                return this;
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ", see " + logFile);
    }

    /** Whether an authenticated read of the case list answers 200 within {@code timeout}. */
    boolean healthy(HttpClient http, Duration timeout) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/api/cases?size=1"))
                    .header("Authorization", basic("mcu-head"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM (graceful), then SIGKILL if it takes too long. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    /** The exit status of the stopped or killed node. */
    int exitValue() {
        return process.exitValue();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
