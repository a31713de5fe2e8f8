package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.directory.StaffGroups;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The one login of the staff, over HTTP: the webapps send an anonymous visitor to the
 * application's login page and take the user, his groups and his webapps from its session;
 * the webapps' own logout ends that session, their own login is closed; a locked user is told so.
 */
class OneLoginTest extends IntegrationTest {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identity;

    @Test
    void shouldSendAnonymousVisitorOfTasklistToTheLoginPageAndBackToTheTaskAfterIt() {
        Pages pages = new Pages(port);
        HttpResponse<String> tasklist = pages.send(html(TASKLIST));
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location").orElseThrow()).isEqualTo(url("/login"));

        String csrf = Pages.csrf(pages.get("/login").body());
        HttpResponse<String> login = pages.post("/login", "username=roads-clerk&password=demo&fragment="
                + Pages.enc("#/?task=0b6f3a52") + "&_csrf=" + Pages.enc(csrf));

        assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo(url(TASKLIST + "#/?task=0b6f3a52"));
        assertThat(pages.send(html(TASKLIST)).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldGiveTheWebappsTheUserWithHisGroupsAndWebappsFromTheOneLogin() {
        Pages clerk = new Pages(port);
        clerk.login("roads-clerk", "demo");
        assertThat(clerk.send(html(TASKLIST)).statusCode()).isEqualTo(200);
        var user = Json.parse(clerk.get("/camunda/api/admin/auth/user/default").body());
        assertThat(user.get("userId").asText()).isEqualTo("roads-clerk");
        assertThat(user.get("authorizedApps")).extracting(n -> n.asText()).containsExactlyInAnyOrder("tasklist", "welcome");

        Pages admin = new Pages(port);
        admin.login("demo", "demo");
        assertThat(admin.send(html("/camunda/app/cockpit/default/")).statusCode()).isEqualTo(200);
        assertThat(Json.parse(admin.get("/camunda/api/admin/auth/user/default").body()).get("authorizedApps"))
                .extracting(n -> n.asText()).contains("cockpit", "admin", "tasklist");
    }

    @Test
    void shouldAnswerNonAdministratorOpeningCockpitOrAdminWithRussianPage() {
        Pages head = new Pages(port);
        head.login("mcu-head", "demo");

        for (String app : new String[] {"/camunda/app/cockpit/default/", "/camunda/app/admin/default/"}) {
            HttpResponse<String> answer = head.send(html(app));
            assertThat(answer.statusCode()).as(app).isEqualTo(403);
            assertThat(answer.body()).as(app).contains("Cockpit и Admin открыты только администраторам системы");
        }
        HttpResponse<String> curator = loggedIn("curator").send(html(TASKLIST));
        assertThat(curator.statusCode()).isEqualTo(403);
        assertThat(curator.body()).contains("Задачи (Tasklist) открыты тем, кто регистрирует и рассматривает обращения");
    }

    @Test
    void shouldEndTheOneSessionWithTheWebappsLogoutCall() {
        Pages pages = loggedIn("roads-clerk");
        String xsrf = pages.send(html(TASKLIST)).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';')))
                .findFirst().orElseThrow();
        assertThat(pages.send(html("/analytics")).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = pages.send(HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/logout")))
                .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(logout.statusCode()).isEqualTo(200);
        HttpResponse<String> analytics = pages.send(html("/analytics"));
        assertThat(analytics.statusCode()).isEqualTo(302);
        assertThat(analytics.headers().firstValue("Location").orElseThrow()).isEqualTo(url("/login"));
        assertThat(pages.send(html(TASKLIST)).statusCode()).isEqualTo(302);
    }

    @Test
    void shouldCloseTheWebappsOwnLogin() {
        Pages pages = new Pages(port);
        HttpResponse<String> login = pages.send(HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build());

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(pages.send(html(TASKLIST)).statusCode()).isEqualTo(302);
        assertThat(loggedIn("roads-clerk").send(HttpRequest.newBuilder(URI.create(url("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build()).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAnswerTheWebappsCallsWithoutALoginWith401() {
        HttpResponse<String> answer = new Pages(port).send(HttpRequest.newBuilder(URI.create(url("/camunda/api/engine/engine/default/task")))
                .header("Accept", "application/json").GET().build());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldTellALockedUserSoOnTheLoginPage() {
        String user = probe();
        // five wrong passwords, each after the lock of the one before has passed: locked for 48 s
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(location(new Pages(port).login(user, "wrong"))).endsWith("/login?error");
            if (attempt < 5) {
                time.advance(Duration.ofMinutes(2));
            }
        }

        Pages pages = new Pages(port);
        assertThat(location(pages.login(user, "demo"))).as("the right password during the lock").endsWith("/login?locked");
        assertThat(pages.get("/login?locked").body()).contains("Вход временно заблокирован после неверного пароля");

        time.advance(Duration.ofMinutes(2));
        assertThat(location(new Pages(port).login(user, "demo"))).as("after the lock").isEqualTo(url("/"));
    }

    @Test
    void shouldTellAUserLockedAfterTheLastAllowedAttemptToAskTheAdministrator() {
        String user = probe();
        for (int attempt = 1; attempt <= 10; attempt++) {
            new Pages(port).login(user, "wrong");
            time.advance(Duration.ofMinutes(2));
        }

        Pages pages = new Pages(port);
        assertThat(location(pages.login(user, "demo"))).endsWith("/login?blocked");
        assertThat(pages.get("/login?blocked").body()).contains("Обратитесь к администратору МЦУ");

        identity.unlockUser(user);
        assertThat(location(new Pages(port).login(user, "demo"))).as("unlocked in Admin").isEqualTo(url("/"));
    }

    @Test
    void shouldSendALoggedInUserFromTheLoginPageHome() {
        HttpResponse<String> login = loggedIn("roads-clerk").get("/login");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo(url("/"));
    }

    private String probe() {
        String user = "login-probe-" + UUID.randomUUID().toString().substring(0, 8);
        User probe = identity.newUser(user);
        probe.setPassword("demo");
        identity.saveUser(probe);
        identity.createMembership(user, StaffGroups.MCU_REGISTRARS);
        return user;
    }

    private Pages loggedIn(String user) {
        Pages pages = new Pages(port);
        assertThat(location(pages.login(user, "demo"))).isEqualTo(url("/"));
        return pages;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpRequest html(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET().build();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
