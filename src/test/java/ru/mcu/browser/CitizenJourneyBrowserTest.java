package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.citizen.CitizenTestCases;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Mails;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * The citizen's journey on his phone: the staff work his case through the API, he takes the
 * link from the e-mail, reads the answer on a 375 px screen, rates it and sees the thanks; a ПОС
 * message rated 2 goes back for rework, is answered again and rated again, and the page says
 * what happens in between. Screenshots at 375 and 1400 px in {@code target/screenshots/}.
 */
class CitizenJourneyBrowserTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/public/cases/[A-Z]-\\d{4}-\\d+\\?code=[A-Z0-9]+)");

    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    /**
     * The link of the e-mail, opened on this test's server: the e-mail's host is the configured
     * public address, the path and code are what the citizen follows.
     */
    private String linkIn(MimeMessage mail) {
        Matcher m = LINK.matcher(Mails.text(mail));
        assertThat(m.find()).as("a link to the case page in the e-mail").isTrue();
        return "http://localhost:" + port + m.group(1);
    }

    @Test
    void shouldLetTheCitizenReadAndRateTheAnswerOnHisPhone() {
        String email = CitizenTestCases.email("journey");
        String number = CitizenTestCases.fileAppeal(api, email).get("number").asText();
        CitizenTestCases.register(api, number, "Фотографии ямы можно прислать на электронную почту МЦУ");
        CitizenTestCases.answer(api, number, CitizenTestCases.ANSWER);
        MimeMessage answer = CitizenTestCases.awaitMail(SMTP, email, "Ответ на ваше обращение № " + number);
        String link = linkIn(answer);

        try (Browser phone = Browser.start("ru", time)) {
            phoneScreen(phone);
            phone.open(link);
            phone.awaitText(CitizenTestCases.ANSWER);
            String page = phone.driver().findElement(By.tagName("body")).getText();
            assertThat(page).contains("Обращение № " + number, "Дан ответ", "Оцените ответ",
                    "Фотографии ямы можно прислать на электронную почту МЦУ",
                    "Направлено исполнителю: Департамент дорожного хозяйства и благоустройства", "Контакты");
            assertFitsThePhone(phone);
            fullPage(phone, "citizen-appeal-answer-375");

            phone.clickOnByScript(By.cssSelector("label:has(#score-4) span"));
            phone.type(By.id("comment"), "Спасибо, ждём ремонта");
            phone.clickOnByScript(By.cssSelector(".rating button[type=submit]"));
            phone.awaitText("Спасибо, оценка принята");
            assertThat(phone.driver().findElements(By.name("score"))).as("no second rating").isEmpty();
            assertThat(phone.driver().findElement(By.tagName("body")).getText())
                    .contains("Получена ваша оценка ответа: 4 из 5", "Ваш комментарий: Спасибо, ждём ремонта");
            assertFitsThePhone(phone);
            fullPage(phone, "citizen-appeal-rated-375");

            desktopScreen(phone);
            phone.open(link);
            phone.awaitText("Ваша оценка ответа");
            fullPage(phone, "citizen-appeal-rated-1400");
        }
        JsonNode rating = api.getJson("mcu-head", "/api/appeals/" + number).get("rating");
        assertThat(rating.get("score").asInt()).isEqualTo(4);
        assertThat(rating.get("comment").asText()).isEqualTo("Спасибо, ждём ремонта");
    }

    @Test
    void shouldTakeALowRatingBackToTheDepartmentAndLetTheAuthorRateTheNewAnswer() {
        String email = CitizenTestCases.email("rework");
        String number = CitizenTestCases.posMessageInDepartment(api, "pos-citizen-journey", email).get("number").asText();
        CitizenTestCases.answerMessage(api, number, "Яма будет заделана в течение недели");
        String link = linkIn(CitizenTestCases.awaitMail(SMTP, email, "Ответ на ваше сообщение № " + number));
        time.advance(Duration.ofDays(1)); // the author reads the answer the next day

        try (Browser phone = Browser.start("ru", time)) {
            phoneScreen(phone);
            phone.open(link);
            phone.awaitText("Яма будет заделана в течение недели");
            assertThat(phone.driver().findElement(By.tagName("body")).getText())
                    .contains("Сообщение № " + number, "Дан ответ — оцените его", "рассмотрят повторно")
                    .doesNotContainIgnoringCase("обращени");
            assertFitsThePhone(phone);
            fullPage(phone, "citizen-message-answer-375");

            phone.clickOnByScript(By.cssSelector("label:has(#score-2) span"));
            phone.type(By.id("comment"), "Яма на месте");
            phone.clickOnByScript(By.cssSelector(".rating button[type=submit]"));
            phone.awaitText("Спасибо, оценка принята");
            String rework = phone.driver().findElement(By.tagName("body")).getText();
            assertThat(rework).contains("Рассматривается повторно", "Сообщение рассмотрят повторно",
                    "Получена ваша оценка ответа: 2 из 5", "Сообщение рассматривается повторно", "Новый срок ответа: до")
                    .doesNotContain("Яма будет заделана в течение недели").doesNotContainIgnoringCase("обращени");
            assertThat(phone.driver().findElements(By.name("score"))).isEmpty();
            assertFitsThePhone(phone);
            fullPage(phone, "citizen-message-rework-375");
            assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("IN_DEPARTMENT");

            // the department drafts a second answer: the citizen sees that it is being approved, not the draft
            api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                    .with(ANSWER_TEXT, "Яма заделана 25 ноября"));
            phone.open(link);
            phone.awaitText("Ответ на согласовании");
            assertThat(phone.driver().findElement(By.tagName("body")).getText())
                    .doesNotContain("Яма заделана 25 ноября").contains("Ваша оценка прошлого ответа: 2 из 5");
            assertThat(phone.driver().findElements(By.name("score"))).isEmpty();
            fullPage(phone, "citizen-message-second-draft-375");

            api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
            await().atMost(Browser.WAIT).until(() -> CitizenTestCases.mailsTo(SMTP, email).stream()
                    .filter(m -> subject(m).startsWith("Ответ на ваше сообщение № " + number)).count() == 2);
            phone.open(link);
            phone.awaitText("Яма заделана 25 ноября");
            assertThat(phone.driver().findElement(By.tagName("body")).getText()).contains("Дан новый ответ", "Оцените ответ");
            phone.clickOnByScript(By.cssSelector("label:has(#score-5) span"));
            phone.clickOnByScript(By.cssSelector(".rating button[type=submit]"));
            phone.awaitText("Спасибо, оценка принята");
            assertThat(phone.driver().findElement(By.tagName("body")).getText())
                    .contains("Дан ответ", "Получена ваша оценка ответа: 5 из 5", "Рассмотрение завершено");
            fullPage(phone, "citizen-message-closed-375");

            desktopScreen(phone);
            phone.open(link);
            phone.awaitText("Рассмотрение завершено");
            fullPage(phone, "citizen-message-closed-1400");
        }
        JsonNode closed = api.getJson("mcu-head", "/api/cases/" + number);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("rating").get("score").asInt()).isEqualTo(5);
        assertThat(closed.get("rating").get("reworkCount").asInt()).isEqualTo(1);
    }

    @Test
    void shouldShowThePublicErrorPageOnAPhone() {
        try (Browser phone = Browser.start("ru", time)) {
            phoneScreen(phone);
            phone.open("http://localhost:" + port + "/public/cases/A-2026-000001?code=WRONG123");
            phone.awaitText("с таким номером и кодом не найдено");
            assertFitsThePhone(phone);
            fullPage(phone, "citizen-not-found-375");
            phone.open("http://localhost:" + port + "/public/no-such-page");
            phone.awaitText("Страница не найдена");
            String page = phone.driver().findElement(By.tagName("body")).getText();
            assertThat(page).contains("Муниципальный центр управления", "Контакты").doesNotContain("Войти", "Задачи");
            assertFitsThePhone(phone);
            fullPage(phone, "citizen-error-375");
        }
    }

    /** A phone 375 CSS pixels wide, as the citizen holds it. */
    private static void phoneScreen(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    private static void desktopScreen(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
    }

    /** No horizontal scrolling, readable text, tap targets at least 44 × 44 CSS pixels. */
    private static void assertFitsThePhone(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) js.executeScript("return window.innerWidth;");
        assertThat(viewport.intValue()).isEqualTo(375);
        assertThat(scrollWidth.intValue()).as("no horizontal scrolling").isLessThanOrEqualTo(viewport.intValue());
        Number bodyFont = (Number) js.executeScript("return parseFloat(getComputedStyle(document.body).fontSize);");
        assertThat(bodyFont.doubleValue()).as("body text size").isGreaterThanOrEqualTo(16);
        List<WebElement> targets = browser.driver().findElements(By.cssSelector(
                ".score-options span, button, .button, footer a"));
        assertThat(targets).isNotEmpty();
        for (WebElement target : targets) {
            assertThat(target.getRect().getHeight()).as("tap target height of «%s»", target.getText()).isGreaterThanOrEqualTo(44);
            assertThat(target.getRect().getWidth()).as("tap target width of «%s»", target.getText()).isGreaterThanOrEqualTo(44);
        }
    }

    /** The whole page, not only the screen, under {@code target/screenshots/<name>.png}. */
    private static void fullPage(Browser browser, String name) {
        Object data = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true)).get("data");
        try {
            Path target = Browser.SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, Base64.getDecoder().decode(String.valueOf(data)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
