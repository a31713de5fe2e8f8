package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.IntegrationTest;

/** {@code tools/mcu-import} against the running test server, as an operator calls it. */
class ImportCommandTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @TempDir
    private Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldUploadFollowAndPrintTheCountsAndRejectedRows() throws Exception {
        Path file = write("pos.csv", """
                externalId;text;author.email
                pos-§-1;Яма у дома 48 §;
                pos-§-2;Снег §;не-почта
                """.replace("§", run));

        Result first = command("-u", "pos-coordinator", "-p", "demo", "pos", file.toString());
        Result second = command("-u", "pos-coordinator", "-p", "demo", "POS", file.toString());

        assertThat(first.exit).as(first.output()).isZero();
        assertThat(first.stdout).contains("Строк: 2, обработано: 2, создано: 1, уже были загружены: 0, отклонено: 1")
                .contains("Отклонённые строки:")
                .contains("  строка 3: author.email — Некорректный адрес электронной почты")
                .contains("/report?format=csv");
        assertThat(first.stderr).contains("pos.csv, канал POS, строк: 2");
        assertThat(second.exit).as(second.output()).isZero();
        assertThat(second.stdout).contains("Строк: 2, обработано: 2, создано: 0, уже были загружены: 1, отклонено: 1");
    }

    @Test
    void shouldTakeTheCredentialsFromTheEnvironment() throws Exception {
        Path file = write("im.json", "[{\"externalId\": \"im-§\", \"text\": \"Снег §\"}]".replace("§", run));

        Result result = command(List.of("MCU_USER=im-coordinator", "MCU_PASSWORD=demo"), "-q", "INCIDENT", file.toString());

        assertThat(result.exit).as(result.output()).isZero();
        assertThat(result.stdout).contains("создано: 1").doesNotContain("Отклонённые строки");
        assertThat(result.stderr).isEmpty();
    }

    @Test
    void shouldExitWithThreeAndTheServersMessageWhenTheFileOrUserIsRefused() throws Exception {
        Path file = write("bad.csv", "externalId;text;rubric\np;t;r\n");

        Result badFile = command("-u", "mcu-registrar", "-p", "demo", "POS", file.toString());
        Result clerk = command("-u", "roads-clerk", "-p", "demo", "POS", file.toString());
        // an unknown user: a wrong password of a real one would lock that user out of the other tests for a while
        Result wrongPassword = command("-u", "no-such-user", "-p", "wrong", "POS", file.toString());

        assertThat(badFile.exit).isEqualTo(3);
        assertThat(badFile.stderr).contains("HTTP 400").contains("Неизвестные столбцы: rubric.");
        assertThat(clerk.exit).isEqualTo(3);
        assertThat(clerk.stderr).contains("HTTP 403").contains("Недостаточно прав");
        assertThat(wrongPassword.exit).isEqualTo(3);
        assertThat(wrongPassword.stderr).contains("HTTP 401");
    }

    @Test
    void shouldRefuseWrongUsage() throws Exception {
        assertThat(command("-u", "mcu-registrar", "-p", "demo", "FAX", "x.json").exit).isEqualTo(2);
        assertThat(command("-u", "mcu-registrar", "-p", "demo", "POS", dir.resolve("missing.json").toString()).exit).isEqualTo(2);
        assertThat(command("-u", "mcu-registrar", "-p", "demo", "POS").exit).isEqualTo(2);
        Result help = command("--help");
        assertThat(help.exit).isZero();
        assertThat(help.stdout).startsWith("Usage: mcu-import [options] CHANNEL FILE");
    }

    @Test
    void shouldExitWithFourWhenTheServerCannotBeReached() throws Exception {
        Path file = write("pos.json", "[]");

        Result result = command("-s", "http://127.0.0.1:1", "-u", "mcu-registrar", "-p", "demo", "POS", file.toString());

        assertThat(result.exit).as(result.output()).isEqualTo(4);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Result command(String... args) throws Exception {
        return command(List.of(), args);
    }

    private Result command(List<String> environment, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", "tools/mcu-import"));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("MCU_USER");
        builder.environment().remove("MCU_PASSWORD");
        builder.environment().put("MCU_URL", "http://localhost:" + port);
        builder.environment().put("LC_ALL", "C.UTF-8");
        for (String variable : environment) {
            String[] pair = variable.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mcu-import did not end within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private record Result(int exit, String stdout, String stderr) {
        String output() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
