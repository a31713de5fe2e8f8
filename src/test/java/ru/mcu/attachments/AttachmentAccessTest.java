package ru.mcu.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.calendar.PageSession;
import ru.mcu.directory.StaffGroups;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * Files follow the case's access rules: the case's department reads and downloads them, another
 * department gets 404 as for the case itself, the curator sees the photos but not the scan of
 * the letter; downloads carry their type, nosniff and a disposition by type.
 */
class AttachmentAccessTest extends IntegrationTest {

    private static final String CURATOR = "files-curator";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IdentityService identity;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        if (identity.createUserQuery().userId(CURATOR).count() == 0) {
            User user = identity.newUser(CURATOR);
            user.setFirstName("Пётр");
            user.setLastName("Файлов");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(CURATOR, StaffGroups.CURATORS);
        }
    }

    @Test
    void shouldGiveTheFilesToTheCasesDepartmentOnlyAndTheCuratorNoLetters() {
        String number = Filing.registeredToRoads(api,
                Filing.file("SCAN", "Скан письма.pdf", "application/pdf", SampleFiles.pdf()),
                Filing.file("PHOTO", "яма.jpg", "image/jpeg", SampleFiles.jpeg()),
                Filing.file("WORK_DONE", "акт.txt", "text/plain", SampleFiles.text()));
        Map<String, String> links = links("roads-clerk", number);
        assertThat(links).containsOnlyKeys("SCAN", "PHOTO", "WORK_DONE");

        ResponseEntity<byte[]> act = download("roads-clerk", links.get("WORK_DONE"));
        assertThat(act.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(act.getBody()).isEqualTo(SampleFiles.text());
        assertThat(act.getHeaders().getContentType()).hasToString("text/plain");
        assertThat(act.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(act.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; ")
                .endsWith("filename*=UTF-8''%D0%B0%D0%BA%D1%82.txt");
        ResponseEntity<byte[]> photo = download("roads-clerk", links.get("PHOTO"));
        assertThat(photo.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline; ");
        assertThat(photo.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");

        assertThat(api.get("city-economy-clerk", "/api/cases/" + number + "/attachments").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String link : links.values()) {
            assertThat(download("city-economy-clerk", link).getStatusCode()).as(link).isEqualTo(HttpStatus.NOT_FOUND);
        }

        assertThat(links(CURATOR, number)).containsOnlyKeys("PHOTO", "WORK_DONE");
        assertThat(download(CURATOR, links.get("SCAN")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download(CURATOR, links.get("PHOTO")).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(jdbc.queryForObject("select count(*) from audit_log where surface = 'ATTACHMENT' and case_number = ? and actor = 'roads-clerk'",
                Integer.class, number)).as("only the letter's showing is personal data").isZero();
        download("roads-clerk", links.get("SCAN"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where surface = 'ATTACHMENT' and case_number = ? and actor = 'roads-clerk'",
                Integer.class, number)).isEqualTo(1);
    }

    @Test
    void shouldServeThePagesDownloadOnlyToThoseWhoMayReadTheCase() {
        String number = Filing.registeredToRoads(api, Filing.file("SIGNED_ANSWER", "Ответ № 15.docx", null, SampleFiles.docx()));
        String id = links("roads-head", number).get("SIGNED_ANSWER").replaceAll(".*/", "");
        String path = "/cases/" + number + "/files/" + id;

        HttpResponse<String> own = PageSession.login("http://localhost:" + port, "roads-clerk").get(path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(own.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(own.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"_____ _ 15.docx\"; filename*=UTF-8''%D0%9E%D1%82%D0%B2%D0%B5%D1%82%20%E2%84%96%2015.docx");

        PageSession otherDepartment = PageSession.login("http://localhost:" + port, "city-economy-clerk");
        HttpResponse<String> other = otherDepartment.get(path);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("PK");
        otherDepartment.get("/cases/search");
        assertThat(otherDepartment.postFile("/cases/" + number + "/files", Map.of("kind", "PHOTO"), "file", "pit.png", SampleFiles.png())
                .statusCode()).isEqualTo(404);

        PageSession curator = PageSession.login("http://localhost:" + port, CURATOR);
        assertThat(curator.get("/cases/" + number).body()).contains("id=\"hidden-files\"").doesNotContain("Ответ № 15.docx", "upload-form");
        assertThat(curator.get(path).statusCode()).isEqualTo(404);
        assertThat(curator.postFile("/cases/" + number + "/files", Map.of("kind", "PHOTO"), "file", "pit.png", SampleFiles.png())
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from case_attachment a join cases c on c.id = a.case_id where c.number = ?",
                Integer.class, number)).isEqualTo(1);
    }

    /** The download links of the case's files the user sees, by kind. */
    private Map<String, String> links(String user, String number) {
        JsonNode files = api.getJson(user, "/api/cases/" + number + "/attachments");
        Map<String, String> links = new HashMap<>();
        files.forEach(f -> links.put(f.get("kind").asText(), f.get("download").asText()));
        return links;
    }

    private ResponseEntity<byte[]> download(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }
}
