package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * Tasklist as clerks see it, in headless Chromium, after the application's Russian login page.
 * Camunda picks the locale from the
 * browser's first language when config.js lists it, else the fallback: Russian for a Russian
 * browser and for any language but English, English for an English browser. Dates are in
 * Russian and in the browser's time zone, Camunda Forms explain errors in Russian; the
 * migration banner and the vendor are hidden whatever the language.
 */
class TasklistLanguageBrowserTest extends IntegrationTest {

    /** The due date in the header of the open task, relative ("через год" / "in a year"). */
    private static final By OUR_TASK_DUE = By.cssSelector(".mcu-dates .due-date [am-time-ago]");

    /** 20:00 on Sakhalin (UTC+11). */
    private static final Instant DUE = Instant.parse("2027-12-07T09:00:00Z");

    @LocalServerPort
    private int port;

    @Autowired
    private TaskService tasks;

    private String taskId;

    @BeforeEach
    void createTaskForRoadsDepartment() {
        Task task = tasks.newTask();
        task.setName("Проверить ремонт покрытия на ул. Ленина");
        task.setDueDate(Date.from(DUE));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), "dept-roads");
        taskId = task.getId();
    }

    @AfterEach
    void deleteTask() {
        tasks.deleteTask(taskId, true);
    }

    @Test
    void shouldShowTasklistInRussianToClerkWithRussianBrowser() {
        try (Browser browser = Browser.start("ru", time)) {
            inTimeZone(browser, "Asia/Sakhalin");
            browser.open(tasklist(taskId));
            assertRussianLoginPage(browser);
            browser.login("roads-clerk", "demo");

            assertThat(browser.awaitClickable(By.cssSelector("button.claim")).getText()).isEqualTo("Взять в работу");
            assertThat(browser.await(By.cssSelector("[cam-widget-header] .brand-name")).getText()).isEqualTo("МЦУ Задачи");
            browser.awaitText("Форма");
            browser.awaitText("История");
            assertThat(browser.await(OUR_TASK_DUE).getText()).startsWith("через ");
            browser.awaitText("Дата и время указаны по часовому поясу: Asia/Sakhalin");
            assertThat(browser.await(By.cssSelector(".mcu-dates .due-date .mcu-date-value")).getText())
                    .isEqualTo("7 дек. 2027 г., 20:00");
            assertNothingOfTheVendor(browser);
            browser.screenshot("tasklist-ru");

            // the term is read-only (TasklistClerkWorkBrowserTest); a date is picked in the search
            browser.clickOn(By.cssSelector("[cam-widget-search] input.main-field"));
            browser.clickOnByScript(By.xpath("//*[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]//a[normalize-space(.)='Срок исполнения']"));
            // the calendar's words as the page holds them, visible or not (in some runs its title row
            // stays out of view): the month and the weekdays in Russian
            String calendar = browser.until(d -> {
                String text = String.valueOf(d.findElement(By.cssSelector("[uib-datepicker]")).getAttribute("textContent"))
                        .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
                // the weekdays' cells hold no spaces between them («пнвтср…»)
                return text.contains("ноябрь 2026") && text.replace(" ", "").contains("пнвтсрчтптсбвс") ? text : null;
            });
            assertThat(calendar).contains("ноябрь 2026");
            assertThat(calendar.replace(" ", "")).contains("пнвтсрчтптсбвс");
            browser.screenshot("tasklist-ru-datepicker");

            browser.open("http://localhost:" + port + "/camunda/app/welcome/default/");
            browser.awaitText("Сменить пароль");
            assertThat(browser.await(By.cssSelector("[cam-widget-header] .brand-name")).getText()).isEqualTo("МЦУ Личный кабинет");
            assertNothingOfTheVendor(browser);
            browser.screenshot("welcome-ru");
        }
    }

    @Test
    void shouldExplainInRussianWhatCamundaFormLacks() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма во дворе дома по ул. Ленина, 120", null)).getBody())
                .get("number").asText();
        String registration = api.taskOf("mcu-registrar", number).get("id").asText();

        try (Browser browser = Browser.start("ru", time)) {
            browser.open(tasklist(registration));
            browser.login("mcu-registrar", "demo");
            browser.clickOn(By.cssSelector("button.claim"));
            // the form is drawn again once the task is claimed: complete only the form on screen
            browser.until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
            browser.await(By.cssSelector(".fjs-form-field textarea, .fjs-form-field input"));
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));

            assertThat(browser.await(By.cssSelector(".fjs-form-field-error")).getText()).isEqualTo("Заполните поле.");
            browser.screenshot("tasklist-ru-form-error");
        }
    }

    @Test
    void shouldShowTasklistInEnglishToEnglishBrowser() {
        try (Browser browser = Browser.start("en", time)) {
            browser.open(tasklist(taskId));
            // the one login page of the system is Russian whatever the browser's language
            assertRussianLoginPage(browser);
            browser.login("roads-clerk", "demo");

            assertThat(browser.awaitClickable(By.cssSelector("button.claim")).getText()).isEqualTo("Claim");
            browser.awaitText("Date and Time displayed in local timezone:");
            // ru.json, loaded too as the fallback, must not leave its relative times behind
            assertThat(browser.await(OUR_TASK_DUE).getText())
                    .startsWith("in ")
                    .doesNotContainPattern("\\p{IsCyrillic}");
            assertBannerHidden(browser);
            browser.screenshot("tasklist-en");
        }
    }

    @Test
    void shouldShowTasklistInRussianToBrowserInAnotherLanguage() {
        try (Browser browser = Browser.start("de", time)) {
            browser.open(tasklist(taskId));
            browser.login("roads-clerk", "demo");

            assertThat(browser.awaitClickable(By.cssSelector("button.claim")).getText()).isEqualTo("Взять в работу");
        }
    }

    /** The application's one login page, where Tasklist sends a visitor without a login. */
    private static void assertRussianLoginPage(Browser browser) {
        WebElement form = browser.await(By.cssSelector("form#login-form"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
        assertThat(form.getText()).contains("Имя пользователя", "Пароль");
        assertThat(form.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Войти");
    }

    private String tasklist(String task) {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task;
    }

    /** Shows dates as a browser on a computer set to that zone would. */
    private static void inTimeZone(Browser browser, String zone) {
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    private static void assertNothingOfTheVendor(Browser browser) {
        assertBannerHidden(browser);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Camunda");
    }

    /** The Community Edition header renders "It is time to migrate to Camunda 8"; user-styles.css hides it. */
    private static void assertBannerHidden(Browser browser) {
        assertThat(browser.driver().findElements(By.cssSelector("[cam-widget-header] .ce-eol-banner")))
                .as("the migration banner of the header")
                .isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
    }
}
