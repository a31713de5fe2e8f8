package ru.mcu.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.browser.journeys.Journeys.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * Journey 1, a citizen's appeal from the website to his rating: the registrar registers it in
 * Tasklist with a comment for him, the roads clerk drafts the answer and learns it went to the
 * block head, the block head approves it; the citizen follows the link of the answer's e-mail
 * on his phone, reads the answer and the comment, rates it 5 and is thanked.
 */
class CitizenAppealJourneyTest extends IntegrationTest {

    private static final String COMMENT = "Обращение передано в департамент дорожного хозяйства; фото ямы можно прислать на почту МЦУ";
    private static final String ANSWER = "Уважаемая Мария Петровна! Яма во дворе дома 7 по ул. Ленина будет заделана до 1 декабря.";

    @LocalServerPort
    private int port;

    @Autowired
    private StaffContacts staff;

    @Test
    void shouldTakeTheAppealFromTheWebsiteThroughTasklistToTheCitizensRatingOnHisPhone() {
        Api api = new Api(rest);
        Journeys journeys = new Journeys(port, api, time);
        Journeys.Citizen citizen = Journeys.Citizen.unique("journey-appeal");
        String number = journeys.fileAppeal(citizen, "roads.potholes", "ул. Ленина, 7", "Яма во дворе дома 7 по ул. Ленина, машины бьют колёса")
                .number();

        try (Browser registrar = Browser.start("ru", time)) {
            Journeys.TaskForm form = journeys.claim(registrar, "mcu-registrar", number, "Зарегистрировать обращение");
            registrar.awaitText("Регистрация обращения");
            // the search by the number: its «Каждое условие» switch does not run over the words after it
            WebElement matchType = registrar.await(By.cssSelector("[cam-widget-search] .match-any > button"));
            assertThat((Boolean) ((JavascriptExecutor) registrar.driver()).executeScript(
                    "return arguments[0].scrollWidth <= arguments[0].clientWidth;", matchType)).as("the switch holds its words").isTrue();
            assertThat(form.value("Field_RegisterText")).contains("Яма во дворе дома 7");
            assertThat(form.value("Field_RegisterCitizenName")).isEqualTo(citizen.fullName());
            form.choose("Зарегистрировать и направить исполнителю");
            assertThat(form.value("Field_Department")).as("the department the rubric routes to")
                    .isEqualTo("Департамент дорожного хозяйства и благоустройства");
            form.type("Field_RegistrarComment", COMMENT);
            registrar.screenshot("journey-appeal-01-registrar");
            assertThat(form.complete()).contains("Направлено исполнителю: Департамент дорожного хозяйства и благоустройства");
            registrar.screenshot("journey-appeal-02-registered");
        }

        try (Browser clerk = Browser.start("ru", time)) {
            Journeys.TaskForm form = journeys.claim(clerk, "roads-clerk", number, "Рассмотреть обращение и подготовить ответ");
            clerk.awaitText("Рассмотрение обращения");
            assertThat(form.value("Field_ConsiderText")).contains("Яма во дворе дома 7");
            form.choose("Подготовить ответ по существу").type("Field_AnswerText", ANSWER);
            clerk.screenshot("journey-appeal-03-clerk");
            assertThat(form.complete()).contains("Передано на согласование руководителю блока");
            clerk.screenshot("journey-appeal-04-sent-to-head");
        }

        try (Browser head = Browser.start("ru", time)) {
            Journeys.TaskForm form = journeys.claim(head, "roads-head", number, "Согласовать ответ");
            head.awaitText("Согласование ответа");
            assertThat(form.value("Field_DraftAnswer")).isEqualTo(ANSWER);
            assertThat(form.value("Field_ApproveHistory")).as("people by name in the case's history")
                    .contains("Зарегистрировано", staff.nameOf("mcu-registrar"), "Подготовлен проект ответа (" + staff.nameOf("roads-clerk") + ")")
                    .doesNotContain("mcu-registrar", "roads-clerk");
            // the result as ССТУ.РФ counts it, asked of the block head for an appeal
            form.choose("Согласовать и направить заявителю").pick("Field_ResultType", "Поддержано, в т.ч. меры приняты");
            head.screenshot("journey-appeal-05-head");
            assertThat(form.complete()).contains("Ответ направлен заявителю");
        }

        String link = journeys.publicLinkIn(Journeys.awaitMail(SMTP, citizen.email(), "Ответ на ваше обращение № " + number));
        try (Browser phone = Browser.start("ru", time)) {
            Journeys.phone(phone);
            phone.open(link);
            phone.awaitText(ANSWER);
            assertThat(text(phone)).contains("Обращение № " + number, "Дан ответ", COMMENT, "Оцените ответ");
            Journeys.assertFitsThePhone(phone);
            Journeys.fullPage(phone, "journey-appeal-06-citizen-answer-375");

            phone.clickOnByScript(By.cssSelector("label:has(#score-5) span"));
            phone.clickOnByScript(By.cssSelector(".rating button[type=submit]"));
            phone.awaitText("Спасибо, оценка принята");
            assertThat(text(phone)).contains("Получена ваша оценка ответа: 5 из 5");
            assertThat(phone.driver().findElements(By.name("score"))).as("no second rating").isEmpty();
            Journeys.assertFitsThePhone(phone);
            Journeys.fullPage(phone, "journey-appeal-07-citizen-thanked-375");
        }

        JsonNode rated = journeys.caseView(number);
        assertThat(rated.get("status").asText()).isEqualTo("CLOSED");
        assertThat(rated.get("rating").get("score").asInt()).isEqualTo(5);
    }
}
