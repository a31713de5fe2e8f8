package ru.mcu.intake.categories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.calendar.PageSession;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The table «Категории ПОС»: intake gives a ПОС message its rubric from it (the pair, else the
 * whole category), an unknown pair lands without a rubric and is listed as «не сопоставлена»
 * with its count of messages, and the coordinator maps it on the page for the messages to come.
 */
class PosCategoriesTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private PosCategories categories;
    @Autowired
    private JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @AfterEach
    void removeTestCategories() {
        jdbc.update("delete from pos_category_map where category like 'Тест %'");
    }

    private JsonNode file(String externalId, String category, String subcategory) {
        String body = """
                {"externalId": "%s", "category": %s, "subcategory": %s, "text": "Свалка мусора в лесу у Ключей",
                 "author": {"fullName": "Ли Анна"}, "receivedAt": "%s"}
                """.formatted(externalId, category == null ? "null" : "\"" + category + "\"",
                subcategory == null ? "null" : "\"" + subcategory + "\"", Json.RECEIVED_AT);
        return Json.parse(api.post("pos-coordinator", "/api/pos/messages", body).getBody());
    }

    private PosCategories.Mapping row(String category, String subcategory) {
        return categories.all().stream().filter(m -> m.category().equals(category) && m.subcategory().equals(subcategory))
                .findFirst().orElseThrow();
    }

    @Test
    void shouldGiveRubricFromSeededPairAndFromTheWholeCategory() {
        assertThat(file("cat-seeded", "Дороги", "Уличное освещение").get("rubric").asText()).isEqualTo("roads.lighting");
        assertThat(file("cat-whole", "дороги ", "Разметка").get("rubric").asText())
                .as("a subcategory without its own row takes the category's rubric, names compared without case").isEqualTo("roads");
        assertThat(categories.all()).noneMatch(m -> m.subcategory().equals("Разметка"));
    }

    @Test
    void shouldListUnknownCategoryAsUnmappedWithItsMessagesAndUseTheRubricOnceMapped() {
        JsonNode first = file("cat-unknown-1", "Тест Экология", "Свалки");
        file("cat-unknown-2", "Тест Экология", "свалки");

        assertThat(first.path("rubric").isTextual()).as("an unmapped category lands with no rubric").isFalse();
        PosCategories.Mapping unmapped = row("Тест Экология", "Свалки");
        assertThat(unmapped.unmapped()).isTrue();
        assertThat(unmapped.messages()).isEqualTo(2);

        PageSession coordinator = PageSession.login("http://localhost:" + port, "pos-coordinator");
        HttpResponse<String> page = coordinator.get("/pos-categories");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Тест Экология", "не сопоставлена", "сообщений без рубрики по ним");

        HttpResponse<String> saved = coordinator.postForm("/pos-categories/" + unmapped.id(), Map.of("rubric", "waste.sites"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(row("Тест Экология", "Свалки").rubricCode()).isEqualTo("waste.sites");
        assertThat(row("Тест Экология", "Свалки").updatedBy()).isEqualTo("pos-coordinator");
        assertThat(file("cat-unknown-3", "Тест Экология", "Свалки").get("rubric").asText()).isEqualTo("waste.sites");
    }

    @Test
    void shouldAddCategoryRowAndRefuseUnknownRubricNamingIt() {
        PageSession admin = PageSession.login("http://localhost:" + port, "demo");
        admin.get("/pos-categories");
        admin.postForm("/pos-categories", Map.of("category", "Тест Туризм", "subcategory", "", "rubric", "culture"));
        assertThat(file("cat-added", "Тест Туризм", "Гостиницы").get("rubric").asText()).isEqualTo("culture");

        admin.get("/pos-categories");
        HttpResponse<String> refused = admin.postForm("/pos-categories", Map.of("category", "Тест Туризм 2", "subcategory", "",
                "rubric", "no-such-rubric"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(admin.get("/pos-categories").body()).contains("Нет такой рубрики: no-such-rubric");
        assertThat(categories.all()).noneMatch(m -> m.category().equals("Тест Туризм 2"));
    }

    @Test
    void shouldOpenThePageOnlyToPosCoordinatorAndAdministrator() {
        assertThat(PageSession.login("http://localhost:" + port, "roads-clerk").get("/pos-categories").statusCode()).isEqualTo(403);
        assertThat(PageSession.login("http://localhost:" + port, "pos-coordinator").get("/pos-categories").statusCode()).isEqualTo(200);
    }
}
