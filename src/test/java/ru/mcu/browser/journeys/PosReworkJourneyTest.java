package ru.mcu.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.browser.journeys.Journeys.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * Journey 2, a ПОС message rated 2: the ПОС coordinator moderates and coordinates it in
 * Tasklist, the roads clerk answers, the block head approves; the author rates the answer 2 on
 * the page the e-mail links to, and the message comes back to the same department: the clerk
 * finds it again in Tasklist with the author's rating and comment in its history, answers
 * again, the head approves, the author rates the new answer 5, and the message is closed
 * after one rework.
 */
class PosReworkJourneyTest extends IntegrationTest {

    private static final String FIRST_ANSWER = "Яма у дома 48 по ул. Сахалинской будет заделана в течение недели.";
    private static final String SECOND_ANSWER = "Яма у дома 48 по ул. Сахалинской заделана 25 ноября, покрытие восстановлено.";
    private static final String LOW_RATING_COMMENT = "Яма на месте, никто не приезжал";

    @LocalServerPort
    private int port;

    @Test
    void shouldSendTheMessageBackToTheSameDepartmentAfterARatingOf2AndCloseItAfterTheSecondAnswer() {
        Api api = new Api(rest);
        Journeys journeys = new Journeys(port, api, time);
        String email = "journey-pos-" + java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40) + "@example.ru";
        String number = Journeys.created(api.post("pos-coordinator", "/api/pos/messages", """
                {"externalId": "journey-pos-%s", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "На ул. Сахалинской у дома 48 яма на дороге, машины объезжают по встречной",
                 "author": {"fullName": "Ли Анна Сергеевна", "email": "%s"},
                 "address": "ул. Сахалинская, 48", "location": {"lat": 46.9634, "lon": 142.7465}, "receivedAt": "%s"}
                """.formatted(email, email, Json.RECEIVED_AT))).get("number").asText();

        try (Browser coordinator = Browser.start("ru", time)) {
            Journeys.TaskForm moderation = journeys.claim(coordinator, "pos-coordinator", number, "Проверить сообщение (модерация)");
            coordinator.awaitText("Модерация сообщения ПОС");
            assertThat(moderation.value("Field_Category")).isEqualTo("Дороги / Ямы и разрушение дорожного покрытия");
            assertThat(moderation.label("Field_ModerateText")).as("a ПОС message is a «сообщение»").isEqualTo("Текст сообщения");
            moderation.choose("Принять в работу");
            assertThat(moderation.value("Field_Rubric")).isEqualTo("Дороги / Ямы и разрушение дорожного покрытия");
            coordinator.screenshot("journey-pos-01-moderation");
            assertThat(moderation.complete()).contains("Передано координатору ПОС для назначения исполнителя");

            Journeys.TaskForm coordination = journeys.claimNext(coordinator, number, "Назначить исполнителя (координация)");
            coordinator.awaitText("Координация сообщения ПОС");
            assertThat(coordination.value("Field_Department")).isEqualTo("Департамент дорожного хозяйства и благоустройства");
            assertThat(coordination.label("Field_CoordinateText")).isEqualTo("Текст сообщения");
            coordinator.screenshot("journey-pos-02-coordination");
            assertThat(coordination.complete()).contains("Направлено исполнителю: Департамент дорожного хозяйства и благоустройства");
        }

        answerAndApprove(journeys, number, FIRST_ANSWER, "journey-pos-03");

        String link = journeys.publicLinkIn(Journeys.awaitMail(SMTP, email, "Ответ на ваше сообщение № " + number));
        time.advance(Duration.ofDays(1)); // the author reads the answer the next day
        try (Browser phone = Browser.start("ru", time)) {
            Journeys.phone(phone);
            phone.open(link);
            phone.awaitText(FIRST_ANSWER);
            assertThat(text(phone)).contains("Сообщение № " + number, "Оцените ответ").doesNotContainIgnoringCase("обращени");
            rate(phone, 2, LOW_RATING_COMMENT);
            assertThat(text(phone)).contains("Сообщение рассмотрят повторно", "Получена ваша оценка ответа: 2 из 5");
            Journeys.assertFitsThePhone(phone);
            Journeys.fullPage(phone, "journey-pos-05-author-rated-2-375");
            assertThat(journeys.caseView(number).get("status").asText()).isEqualTo("IN_DEPARTMENT");

            try (Browser clerk = Browser.start("ru", time)) {
                Journeys.TaskForm rework = journeys.claim(clerk, "roads-clerk", number, "Рассмотреть сообщение и подготовить ответ");
                assertThat(rework.value("Field_ExecuteHistory")).as("what the clerk reads of the rework")
                        .contains("Возвращено на повторное рассмотрение после низкой оценки", "Автор оценил ответ: 2 из 5", LOW_RATING_COMMENT);
                rework.choose("Подготовить ответ").type("Field_AnswerText", SECOND_ANSWER);
                clerk.screenshot("journey-pos-06-clerk-rework");
                assertThat(rework.complete()).contains("Передано на согласование руководителю блока");
            }
            approve(journeys, number, SECOND_ANSWER, "journey-pos-07");

            // the new answer's e-mail, then the same link on the same phone
            await().atMost(Browser.WAIT).until(() -> Journeys.mailsTo(SMTP, email).stream()
                    .filter(m -> subject(m).startsWith("Ответ на ваше сообщение № " + number)).count() == 2);
            phone.open(link);
            phone.awaitText(SECOND_ANSWER);
            rate(phone, 5, null);
            assertThat(text(phone)).contains("Получена ваша оценка ответа: 5 из 5", "Рассмотрение завершено");
            Journeys.fullPage(phone, "journey-pos-08-author-rated-5-375");
        }

        JsonNode closed = journeys.caseView(number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("department").asText()).isEqualTo("roads");
        assertThat(closed.get("rating").get("score").asInt()).isEqualTo(5);
        assertThat(closed.get("rating").get("reworkCount").asInt()).isEqualTo(1);
    }

    /** The roads clerk answers in Tasklist and the block head approves. */
    private static void answerAndApprove(Journeys journeys, String number, String answer, String shots) {
        try (Browser clerk = Browser.start("ru", journeys.clock())) {
            Journeys.TaskForm form = journeys.claim(clerk, "roads-clerk", number, "Рассмотреть сообщение и подготовить ответ");
            clerk.awaitText("Рассмотрение сообщения ПОС");
            assertThat(form.label("Field_ExecuteText")).isEqualTo("Текст сообщения");
            form.choose("Подготовить ответ").type("Field_AnswerText", answer);
            clerk.screenshot(shots + "-clerk");
            assertThat(form.complete()).contains("Передано на согласование руководителю блока");
        }
        approve(journeys, number, answer, shots);
    }

    private static void approve(Journeys journeys, String number, String answer, String shots) {
        try (Browser head = Browser.start("ru", journeys.clock())) {
            Journeys.TaskForm form = journeys.claim(head, "roads-head", number, "Согласовать ответ");
            assertThat(form.value("Field_DraftAnswer")).isEqualTo(answer);
            form.choose("Согласовать и направить заявителю");
            head.screenshot(shots + "-head");
            form.complete();
        }
    }

    /** The author's rating on his page, with the comment when given; the page thanks him. */
    private static void rate(Browser phone, int score, String comment) {
        phone.clickOnByScript(By.cssSelector("label:has(#score-" + score + ") span"));
        if (comment != null) {
            phone.type(By.id("comment"), comment);
        }
        phone.clickOnByScript(By.cssSelector(".rating button[type=submit]"));
        phone.awaitText("Спасибо, оценка принята");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
