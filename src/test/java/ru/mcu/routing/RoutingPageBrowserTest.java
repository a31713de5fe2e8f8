package ru.mcu.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The routing manager in headless Chromium: opens «Маршрутизация», uploads a file that is no
 * routing table and reads why, uploads a table moving parks to the department of culture,
 * reads the dry run (the case that would move, with its link), activates it and finds the new
 * version live with his name; the next appeal goes to culture and its page names the version.
 */
class RoutingPageBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @TempDir
    private Path dir;

    @Autowired
    private RepositoryService repository;

    @AfterEach
    void releaseTableLiveAgain() throws Exception {
        RestoreRelease.restore(repository);
    }

    @Test
    void shouldUploadATableReadItsDryRunAndActivateIt() throws Exception {
        Api api = new Api(rest);
        String parks = file(api, "Сломаны качели в парке");
        Path wrong = Files.writeString(dir.resolve("routing.dmn"), "<definitions><decision id=\"x\"/>", StandardCharsets.UTF_8);
        Path table = Files.writeString(dir.resolve("parks-to-culture.dmn"),
                Tables.releaseWithFirstRule(RoutingChangeTest.RUBRIC, "culture-tourism"), StandardCharsets.UTF_8);

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/routing");
            browser.await(By.name("username")).sendKeys("mcu-analyst");
            browser.driver().findElement(By.name("password")).sendKeys("demo");
            browser.driver().findElement(By.cssSelector("form.login button[type='submit']")).click();
            browser.awaitText("Маршрутизация: автоправила");
            assertThat(browser.driver().findElement(By.cssSelector("header nav.staff")).getText()).contains("Маршрутизация");
            assertThat(browser.driver().findElement(By.id("live-version")).getText()).isEqualTo("действует");
            browser.screenshot("routing-page");

            browser.driver().findElement(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
            browser.driver().findElement(By.id("dry-run-submit")).click();
            assertThat(browser.await(By.id("routing-error")).getText()).startsWith("Таблица не принята:");
            browser.screenshot("routing-invalid-table");

            browser.driver().findElement(By.id("file")).sendKeys(table.toAbsolutePath().toString());
            browser.driver().findElement(By.id("dry-run-submit")).click();
            browser.awaitText("Проверка таблицы на прошлых обращениях");
            assertThat(browser.driver().findElement(By.id("dry-run-summary")).getText()).startsWith("Проверено");
            String culture = browser.await(By.id("department-culture-tourism")).getText();
            assertThat(culture).contains("Департамент культуры и туризма");
            browser.driver().findElement(By.cssSelector("#department-culture-tourism details summary")).click();
            assertThat(browser.driver().findElement(By.cssSelector("#department-culture-tourism details")).getText()).contains(parks);
            assertThat(browser.driver().findElement(By.cssSelector("#department-culture-tourism a[href$='/cases/" + parks + "']"))
                    .isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("rule-Rule_Moved")).getText()).contains("Перенесено менеджером");
            browser.screenshot("routing-dry-run");

            browser.driver().findElement(By.id("activate")).click();
            assertThat(browser.await(By.id("routing-message")).getText()).startsWith("Таблица включена: действует версия");
            String live = browser.driver().findElement(By.cssSelector("#versions tbody tr")).getText();
            assertThat(live).contains("действует").contains("страница «Маршрутизация»").contains("Елена Ким").contains("Проверено");
            browser.screenshot("routing-activated");

            String next = file(api, "В парке сломана скамейка");
            browser.open("http://localhost:" + port + "/cases/" + next);
            assertThat(browser.await(By.id("routing-version")).getText()).contains("таблица маршрутизации, версия");
            assertThat(browser.driver().findElement(By.id("card")).getText()).contains("Департамент культуры и туризма");
            browser.screenshot("routing-case-version");
        }
    }

    private static String file(Api api, String text) {
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, RoutingChangeTest.RUBRIC, text, null));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody()).get("number").asText();
    }
}
