package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * One login for the staff, in headless Chromium: Tasklist and the application's pages share
 * the application's login page and one session; «Выйти» in Tasklist or in the pages' header
 * ends it; Cockpit answers a non-administrator in Russian.
 */
class OneLoginBrowserTest extends IntegrationTest {

    private static final By LOGIN_FORM = By.cssSelector("form#login-form");
    private static final By WEBAPP_BRAND = By.cssSelector("[cam-widget-header] .brand-name");

    @LocalServerPort
    private int port;

    @org.springframework.beans.factory.annotation.Autowired
    private ru.mcu.directory.StaffContacts staff;

    @Test
    void shouldLogClerkIntoTasklistAndPagesOnceAndOutFromTasklistMenu() {
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(url("/camunda/app/tasklist/"));
            browser.await(LOGIN_FORM);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Вход");
            assertThat(browser.driver().findElements(By.cssSelector("nav.staff"))).as("no staff menu before the login").isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("header a.login"))).as("no «Войти» on the login page").isEmpty();
            browser.screenshot("one-login-page");

            browser.login("roads-clerk", "demo");
            assertThat(browser.await(WEBAPP_BRAND).getText()).isEqualTo("МЦУ Задачи");
            assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/default/");
            browser.awaitText("Мои задачи");
            browser.screenshot("one-login-tasklist");

            browser.open(url("/analytics"));
            browser.awaitText("Аналитика для принятия решений");
            assertThat(browser.driver().findElements(LOGIN_FORM)).as("no second login").isEmpty();
            assertThat(browser.await(By.cssSelector("header .logout a.user")).getText()).as("his name, not his login")
                    .isEqualTo(staff.nameOf("roads-clerk")).isNotEqualTo("roads-clerk");
            assertThat(browser.await(By.cssSelector("header form.search input[name='q']")).getAttribute("placeholder"))
                    .isEqualTo("Номер, фамилия или адрес");
            browser.screenshot("one-login-analytics");

            browser.open(url("/camunda/app/tasklist/default/"));
            browser.clickOn(By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle"));
            WebElement logout = browser.awaitClickable(By.cssSelector("[cam-widget-header] li.logout > a"));
            assertThat(logout.getText()).isEqualTo("Выйти");
            logout.click();

            browser.await(LOGIN_FORM);
            browser.awaitText("Вы вышли из системы");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login?logout");
            browser.screenshot("one-login-logged-out-from-tasklist");

            browser.open(url("/analytics"));
            browser.await(LOGIN_FORM);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        }
    }

    @Test
    void shouldLogOutOfTasklistTooWithThePagesHeader() {
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(url("/outbox"));
            browser.login("mcu-registrar", "demo");
            browser.awaitText("Исходящая почта");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/outbox");

            browser.clickOnByScript(By.cssSelector("header form.logout button[type='submit']"));
            browser.awaitText("Вы вышли из системы");

            browser.open(url("/camunda/app/tasklist/"));
            browser.await(LOGIN_FORM);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        }
    }

    @Test
    void shouldTellWrongPasswordInRussianAndShowTheHeaderAtPhoneWidth() {
        try (Browser browser = Browser.start("ru", time)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(url("/"));
            browser.clickOn(By.cssSelector("header a.login"));
            // a login no other test uses: a wrong password locks the user for a few seconds of
            // the engine's clock, which every test sets back to the same morning
            browser.login("ivanov", "не тот");

            assertThat(browser.await(By.cssSelector("p.message.error")).getText()).isEqualTo("Неверное имя пользователя или пароль.");
            WebElement form = browser.await(LOGIN_FORM);
            assertThat(form.getRect().getWidth()).as("the form fits the phone's screen").isLessThanOrEqualTo(390);
            browser.screenshot("one-login-wrong-password-phone");

            browser.login("mcu-head", "demo");
            WebElement search = browser.await(By.cssSelector("header form.search input[name='q']"));
            assertThat(search.getRect().getX() + search.getRect().getWidth()).as("the search box fits the phone's screen")
                    .isLessThanOrEqualTo(390);
            browser.screenshot("one-login-home-phone");
        }
    }

    @Test
    void shouldNeverShowTasklistsOwnLoginFormForAnOldBookmark() {
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(url("/camunda/app/tasklist/default/#/login"));
            browser.login("roads-clerk", "demo");

            browser.awaitText("Мои задачи");
            assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/default/").doesNotContain("login");
            assertThat(browser.driver().findElements(By.cssSelector("input[ng-model='username']"))).isEmpty();
        }
    }

    @Test
    void shouldAnswerNonAdministratorOpeningCockpitInRussian() {
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(url("/camunda/app/cockpit/"));
            browser.login("mcu-head", "demo");

            browser.awaitText("Cockpit и Admin открыты только администраторам системы");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Нет доступа");
            browser.screenshot("one-login-cockpit-forbidden");
        }
    }

    @Test
    void shouldOpenCockpitToAdministratorAfterTheOneLogin() {
        try (Browser browser = Browser.start("ru", time)) {
            browser.open(url("/camunda/app/cockpit/"));
            browser.login("demo", "demo");

            assertThat(browser.await(WEBAPP_BRAND).getText()).contains("Cockpit");
            assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/cockpit/default/");
            assertThat(browser.driver().findElements(LOGIN_FORM)).isEmpty();
            browser.screenshot("one-login-cockpit");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
