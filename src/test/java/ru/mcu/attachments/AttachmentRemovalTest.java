package ru.mcu.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.calendar.PageSession;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * A file added by mistake is removed on the case page by whoever added it: its content goes, its
 * line stays with who removed it and when; nobody else may remove it, and a file that came with
 * the filing through an integration is never removed by hand.
 */
class AttachmentRemovalTest extends IntegrationTest {

    private static final Pattern REMOVE = Pattern.compile("action=\"(/cases/[^\"]+/files/(\\d+)/remove)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void shouldLetOnlyTheUploaderRemoveAFileAndKeepItsLine() {
        String number = Filing.registeredToRoads(api, Filing.file("PHOTO", "яма.jpg", "image/jpeg", SampleFiles.jpeg()));
        PageSession clerk = session("roads-clerk");
        clerk.get("/cases/" + number);
        HttpResponse<String> added = clerk.postFile("/cases/" + number + "/files", Map.of("kind", "WORK_DONE"), "file",
                "акт не тот.pdf", "application/pdf", SampleFiles.pdf());
        assertThat(added.statusCode()).isEqualTo(302);

        String page = clerk.get("/cases/" + number).body();
        assertThat(page).contains("акт не тот.pdf");
        Matcher own = REMOVE.matcher(page);
        assertThat(own.find()).as("the clerk may remove the file he added").isTrue();
        long id = Long.parseLong(own.group(2));
        assertThat(own.find()).as("only that one: the photo came with the filing by the registrar").isFalse();

        PageSession head = session("roads-head");
        assertThat(REMOVE.matcher(head.get("/cases/" + number).body()).find()).as("the head added nothing").isFalse();
        HttpResponse<String> refused = head.postForm("/cases/" + number + "/files/" + id + "/remove", Map.of());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(head.get("/cases/" + number).body()).contains("Файл не удалён", "Удалить файл может только тот, кто его добавил");
        assertThat(contentKept(id)).isTrue();

        PageSession other = session("city-economy-clerk");
        other.get("/");
        assertThat(other.postForm("/cases/" + number + "/files/" + id + "/remove", Map.of()).statusCode())
                .as("another department does not see the case").isEqualTo(404);

        clerk.get("/cases/" + number);
        assertThat(clerk.postForm(own.pattern().matcher(page).results().findFirst().orElseThrow().group(1), Map.of()).statusCode())
                .isEqualTo(302);
        String after = clerk.get("/cases/" + number).body();
        assertThat(after).contains("id=\"attachment-removed\">Файл «<span>акт не тот.pdf</span>» удалён.", "удалён 18.11.2026", "яма.jpg");
        assertThat(after).doesNotContain("/files/" + id + "\"").doesNotContain("/files/" + id + "/remove");
        assertThat(contentKept(id)).as("the content is erased").isFalse();
        assertThat(clerk.get("/cases/" + number + "/files/" + id).statusCode()).isEqualTo(404);
        assertThat(api.get("roads-clerk", "/api/cases/" + number + "/attachments").getBody()).contains("яма.jpg")
                .doesNotContain("акт не тот.pdf");

        clerk.get("/cases/" + number);
        assertThat(clerk.postForm("/cases/" + number + "/files/" + id + "/remove", Map.of()).statusCode()).isEqualTo(302);
        assertThat(clerk.get("/cases/" + number).body()).as("twice is refused, not an error page").contains("Файл не удалён");
    }

    @Test
    void shouldNotLetAFileThatCameWithTheFilingBeRemoved() {
        String number = Filing.registeredToRoads(api, Filing.file("PHOTO", "двор.jpg", "image/jpeg", SampleFiles.jpeg()));
        long id = jdbc.queryForObject("select a.id from case_attachment a join cases c on c.id = a.case_id where c.number = ?",
                Long.class, number);
        jdbc.update("update case_attachment set uploaded_by = 'token:ПОС' where id = ?", id);
        PageSession registrar = session("mcu-registrar");
        String page = registrar.get("/cases/" + number).body();
        assertThat(page).contains("Интеграция «ПОС»").doesNotContain("/files/" + id + "/remove");
        registrar.postForm("/cases/" + number + "/files/" + id + "/remove", Map.of());
        assertThat(contentKept(id)).isTrue();
        assertThat(api.get("roads-clerk", "/api/cases/" + number + "/attachments").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private boolean contentKept(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select content is not null from case_attachment where id = ?", Boolean.class, id));
    }

    private PageSession session(String user) {
        return PageSession.login("http://localhost:" + port, user);
    }
}
