package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.IntegrationTest;

/**
 * The header and the home page show each role what it may open: every link there, followed as
 * a browser does, opens (200, not 403, 404 or 500), and every section not shown to the role
 * refuses it (403). An anonymous visitor sees «Войти» and no section.
 */
class StaffMenuLinksTest extends IntegrationTest {

    private static final Pattern HREF = Pattern.compile("<a [^>]*href=\"([^\"#]+)\"");

    @LocalServerPort
    private int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"demo", "mcu-head", "mcu-registrar", "pos-coordinator", "im-coordinator", "curator", "mcu-analyst",
            "roads-clerk", "roads-head"})
    void shouldOpenEveryLinkOfTheHeaderAndTheHomePageAndHideWhatTheRoleMayNotOpen(String user) {
        Pages pages = new Pages(port);
        assertThat(pages.login(user, "demo").headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");
        String home = pages.get("/").body();
        Set<String> header = links(section(home, "<header", "</header>"));
        Set<String> tiles = links(section(home, "<ul class=\"tiles\"", "</ul>"));
        assertThat(header).as("the header of %s", user).contains("/", "/analytics", "/camunda/app/welcome/default/");
        assertThat(tiles).as("the tiles of %s", user).isNotEmpty();

        Set<String> shown = new LinkedHashSet<>(header);
        shown.addAll(tiles);
        for (String link : shown) {
            assertThat(open(pages, link)).as("%s follows %s", user, link).isEqualTo(200);
        }
        for (StaffMenu.Item item : StaffMenu.all()) {
            if (!shown.contains(item.href())) {
                assertThat(open(pages, item.href())).as("%s opens %s, not shown to him", user, item.href()).isEqualTo(403);
            }
        }
    }

    @Test
    void shouldShowCuratorNeitherTasklistNorCockpit() {
        Pages pages = new Pages(port);
        pages.login("curator", "demo");
        String home = pages.get("/").body();

        assertThat(links(section(home, "<header", "</header>")))
                .contains("/analytics", "/deadlines")
                .doesNotContain("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/outbox", "/admin/calendar", "/audit");
    }

    @Test
    void shouldShowAnonymousVisitorOnlyTheLoginLink() {
        Pages pages = new Pages(port);
        String home = pages.get("/").body();

        assertThat(links(section(home, "<header", "</header>"))).containsExactlyInAnyOrder("/", "/login");
        assertThat(home).contains(">Войти</a>").doesNotContain("class=\"staff\"").doesNotContain("class=\"tiles\"")
                .doesNotContain("Выйти");
        for (StaffMenu.Item item : StaffMenu.all()) {
            if (!item.href().startsWith("/swagger-ui")) {
                HttpResponse<String> answer = pages.send(html(URI.create("http://localhost:" + port + item.href())));
                assertThat(answer.statusCode()).as(item.href()).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location").orElseThrow()).as(item.href()).endsWith("/login");
            }
        }
    }

    /** The status of a link followed through its redirects, as a browser follows it. */
    private int open(Pages pages, String path) {
        URI uri = URI.create("http://localhost:" + port + path);
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> answer = pages.send(html(uri));
            if (answer.statusCode() / 100 != 3) {
                return answer.statusCode();
            }
            uri = uri.resolve(answer.headers().firstValue("Location").orElseThrow());
            assertThat(uri.getPath()).as("%s leads to the login page", path).isNotEqualTo("/login");
        }
        throw new AssertionError(path + " redirects too often");
    }

    private static HttpRequest html(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
    }

    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        if (from < 0) {
            return "";
        }
        return html.substring(from, html.indexOf(end, from));
    }

    private static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
