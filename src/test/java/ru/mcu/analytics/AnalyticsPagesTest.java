package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/** Every analytics page renders for a logged-in user with its Russian heading, and sends others to the login form. */
class AnalyticsPagesTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("/analytics", "Аналитика для принятия решений"),
            Map.entry("/analytics/rating?from=2025-03-01&to=2025-03-31&sort=received&dir=desc", "Рейтинг ответственных получателей"),
            Map.entry("/analytics/cases?from=2025-03-01&to=2025-03-31&measure=answered", "Обращения и сообщения за период"),
            Map.entry("/analytics/heatmap?from=2025-06-01&to=2025-06-30", "Тепловая карта обращений"),
            Map.entry("/analytics/trends?to=2025-06-30", "Динамика за год"),
            Map.entry("/analytics/growth?week=2025-07-14", "Точки роста и повторные жалобы"),
            Map.entry("/analytics/roadmaps", "Дорожные карты устранения первопричин"),
            Map.entry("/analytics/roadmaps/new?title=Ямы&numbers=A-1", "Новая дорожная карта"),
            Map.entry("/analytics/notes", "Еженедельные аналитические записки"),
            Map.entry("/analytics/export?from=2025-07-01&to=2025-07-31", "Выгрузки для регионального ЦУР"));

    @Test
    void shouldRenderEveryPageWithItsHeadingForALoggedInUser() {
        Pages pages = new Pages(port).login("curator");
        PAGES.forEach((path, heading) -> {
            HttpResponse<String> response = pages.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains(heading);
        });
        assertThat(pages.get("/analytics/heatmap").body()).as("the offline scheme under Leaflet from the application's webjar")
                .contains("<svg", "Ново-Александровск", "ул. Ленина", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/js/heatmap-map.js")
                .doesNotContain("cdn", "unpkg", "<script src=\"http");
        assertThat(pages.get("/").body()).contains("href=\"/analytics\"");
    }

    @Test
    void shouldSendAnonymousVisitorsToTheLoginForm() {
        Pages anonymous = new Pages(port);
        for (String path : PAGES.keySet()) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        assertThat(anonymous.get("/analytics/export/cases.csv").statusCode()).isEqualTo(302);
    }

    @Test
    void shouldLetTheHeadOfTheMcuCreateARoadmapWithMeasuresFromThePages() {
        Pages head = new Pages(port).login("mcu-head");
        HttpResponse<String> created = head.submit("/analytics/roadmaps/new", "/analytics/roadmaps",
                "title", "T-PAGE Наледь на остановках", "problem", "Повторные жалобы на наледь", "owner", "city-economy", "numbers", "",
                "rootCause", "SEASONAL", "rootCauseText", "");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/analytics/roadmaps/"));

        HttpResponse<String> added = head.submit(path, path + "/measures", "title", "Обработка реагентами", "department", "city-economy",
                "dueDate", "2030-01-15");
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(head.get(path).body()).contains("Наледь на остановках", "Обработка реагентами", "15.01.2030");

        Pages clerk = new Pages(port).login("roads-clerk");
        assertThat(clerk.submit(path, path + "/measures", "title", "Чужая мера", "department", "roads", "dueDate", "2030-01-15").statusCode())
                .as("only the head of the МЦУ edits roadmaps").isEqualTo(403);
        jdbc.update("delete from roadmap where title like 'T-PAGE%'");
    }
}
