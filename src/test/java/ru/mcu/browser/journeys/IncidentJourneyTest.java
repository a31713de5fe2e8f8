package ru.mcu.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.browser.journeys.Journeys.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * Journey 3, an incident of high importance and its interim answer: the «Инцидент Менеджмент»
 * coordinator triages the post in Tasklist (late in the afternoon) and gives it to the city
 * economy department; its clerk's interim task shows the department's own interim term, counted
 * from the handover over the working hours (into the next morning), not from receipt; after the
 * interim answer his task list shows the full answer's term; he gives the full answer and the
 * incident closes; the staff case page shows the triage, interim and answer terms.
 */
class IncidentJourneyTest extends IntegrationTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String INTERIM = "Заявка передана подрядчику, мусор вывезут сегодня до 18:00.";
    private static final String FULL = "Мусор вывезен, график вывоза во дворе на ул. Комсомольской, 190 усилен до ежедневного.";

    @LocalServerPort
    private int port;

    @Test
    void shouldGiveTheInterimAnswerThenTheFullAnswerWithTheirTermsInTasklistAndOnTheCasePage() {
        Api api = new Api(rest);
        Journeys journeys = new Journeys(port, api, time);
        String post = "https://vk.com/wall-1_" + ThreadLocalRandom.current().nextLong(1L << 40);
        String number = Journeys.created(api.post("im-coordinator", "/api/incidents", """
                {"externalId": "%s", "network": "vk", "url": "%s", "author": "Наталья В.",
                 "text": "Третий день не вывозят мусор во дворе на Комсомольской, 190, контейнеры переполнены",
                 "publishedAt": "%s", "importance": "HIGH", "address": "ул. Комсомольская, 190",
                 "location": {"lat": 46.9522, "lon": 142.7351}}
                """.formatted(post, post, Json.RECEIVED_AT))).get("number").asText();

        // the coordinator hands the incident over at 16:00: 4 working hours (high importance) run
        // 16:00–18:00 today and 09:00–11:00 tomorrow; counted from receipt (10:00) it would be 14:00 today
        time.jumpTo(OffsetDateTime.parse("2026-11-18T16:00:00+11:00").toInstant());
        try (Browser coordinator = Browser.start("ru", time)) {
            Journeys.TaskForm triage = journeys.claim(coordinator, "im-coordinator", number, "Разобрать инцидент");
            coordinator.awaitText("Разбор инцидента");
            assertThat(triage.value("Field_Source")).isEqualTo("vk: " + post);
            assertThat(triage.label("Field_TriageText")).as("an incident is a «сообщение»").isEqualTo("Текст сообщения");
            triage.choose("Взять в работу")
                    .select("Field_Rubric", "Вывоз мусора (ТКО) / Вывоз ТКО")
                    .select("Field_Department", "Департамент городского хозяйства");
            coordinator.screenshot("journey-incident-01-triage");
            assertThat(triage.complete()).contains("Направлено исполнителю: Департамент городского хозяйства");
        }

        String interimTerm;
        try (Browser clerk = Browser.start("ru", time)) {
            Journeys.TaskForm interim = journeys.claim(clerk, "city-economy-clerk", number, "Дать промежуточный ответ");
            clerk.awaitText("Промежуточный ответ на инцидент");
            interimTerm = interim.value("Field_TermText");
            assertThat(interimTerm).startsWith("до 19.11.2026 11:00").contains("важность: высокая");
            interim.choose("Промежуточный ответ").type("Field_InterimText", INTERIM);
            clerk.screenshot("journey-incident-02-interim");
            String fullTerm = "до " + LOCAL.format(OffsetDateTime.parse(journeys.caseView(number).get("term").get("answerDueAt").asText()));
            assertThat(interim.complete()).contains("Промежуточный ответ дан, следующий шаг — полный ответ", fullTerm.substring(3));

            // the list of his tasks now shows the full answer's task with its term
            By fullAnswerCard = By.xpath("//*[contains(@class,'tasks-list')]//*[contains(@class,'task')][contains(., 'Дать полный ответ')]");
            // the card shows two columns; «Показать ещё» shows the place and the term
            clerk.clickOnByScript(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(@class,'task')][contains(., 'Дать полный ответ')]"
                    + "//*[contains(@class,'shutter')]"));
            String card = clerk.until(d -> {
                String text = d.findElement(fullAnswerCard).getText();
                return text.contains("Срок:") ? text : null;
            });
            assertThat(card).contains(number, "Рубрика:\nВывоз ТКО", "Срок:\n" + fullTerm);
            clerk.screenshot("journey-incident-03-full-answer-term-in-list");

            Journeys.TaskForm full = journeys.claimNext(clerk, number, "Дать полный ответ");
            clerk.awaitText("Полный ответ на инцидент");
            assertThat(full.value("Field_TermText")).isEqualTo(fullTerm);
            assertThat(full.label("Field_FullText")).isEqualTo("Текст сообщения");
            full.choose("Полный ответ").type("Field_AnswerText", FULL);
            clerk.screenshot("journey-incident-04-full");
            full.complete();
        }

        JsonNode closed = journeys.caseView(number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("answer").asText()).isEqualTo(FULL);
        String fullTerm = LOCAL.format(OffsetDateTime.parse(closed.get("term").get("answerDueAt").asText()));

        try (Browser clerk = Browser.start("ru", time)) {
            journeys.openAs(clerk, journeys.url("/cases/" + number), "city-economy-clerk");
            WebElement terms = clerk.await(By.id("terms"));
            assertThat(terms.getText()).contains("Разбор координатором", "1 рабочий час",
                    "Промежуточный ответ (высокая важность)", "передачи исполнителю", interimTerm.substring(3, 19),
                    "Ответ по существу", "7 рабочих дней", fullTerm);
            assertThat(text(clerk)).contains("Промежуточный ответ дан", FULL, INTERIM);
            Journeys.fullPage(clerk, "journey-incident-05-case-page");
        }
    }
}
