package ru.mcu.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * A clerk of the case's department in headless Chromium: opens the case page, sees the scan and
 * photo that came with the letter, adds a photo «после» through the form, sees it listed with its
 * kind, size, his name and the time, and is told plainly when a file is refused.
 */
class AttachmentPageBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private StaffContacts staff;

    @Test
    void shouldLetTheDepartmentsClerkAddAPhotoOnTheCasePage(@TempDir Path dir) throws Exception {
        String number = Filing.registeredToRoads(new Api(rest),
                Filing.file("SCAN", "Скан письма.pdf", "application/pdf", SampleFiles.pdf()),
                Filing.file("BEFORE", "яма до ремонта.jpg", "image/jpeg", SampleFiles.jpeg()));
        Path photo = Files.write(dir.resolve("после ремонта.png"), SampleFiles.png());
        Path program = Files.write(dir.resolve("акт.pdf"), SampleFiles.exe());

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/cases/" + number);
            browser.login("roads-clerk", "demo");
            WebElement files = browser.await(By.id("files"));
            assertThat(files.getText()).contains("Скан обращения", "Скан письма.pdf", "Фото «до»", "яма до ремонта.jpg");

            new Select(browser.driver().findElement(By.id("attachment-kind"))).selectByVisibleText("Фото «после»");
            browser.driver().findElement(By.id("attachment-file")).sendKeys(photo.toString());
            browser.click(browser.driver().findElement(By.id("attachment-submit")));

            browser.await(By.id("attachment-added"));
            files = browser.driver().findElement(By.id("files"));
            assertThat(files.getText()).contains("Файл «после ремонта.png» добавлен", "Фото «после»", "после ремонта.png",
                    staff.nameOf("roads-clerk"), "18.11.2026");
            WebElement link = browser.driver().findElement(By.linkText("после ремонта.png"));
            assertThat(link.getAttribute("href")).matches(".*/cases/" + number + "/files/\\d+");
            browser.screenshot(files, "case-files-added");

            new Select(browser.driver().findElement(By.id("attachment-kind"))).selectByVisibleText("Подтверждение выполнения");
            browser.driver().findElement(By.id("attachment-file")).sendKeys(program.toString());
            browser.click(browser.driver().findElement(By.id("attachment-submit")));

            browser.await(By.id("attachment-problems"));
            assertThat(browser.driver().findElement(By.id("attachment-problems")).getText())
                    .contains("Файл не добавлен", "Программы и сценарии не принимаются");
            assertThat(new Select(browser.driver().findElement(By.id("attachment-kind"))).getFirstSelectedOption().getText())
                    .as("the kind chosen is kept for the next try").isEqualTo("Подтверждение выполнения");
            browser.screenshot(browser.driver().findElement(By.id("files")), "case-files-refused");

            // the photo was of another yard: its adder removes it; its line stays, struck through
            assertThat(browser.driver().findElements(By.cssSelector("details.remove"))).as("only his own upload").hasSize(1);
            browser.clickOn(By.cssSelector("tr[data-file='после ремонта.png'] details.remove summary"));
            browser.clickOn(By.cssSelector("tr[data-file='после ремонта.png'] button.remove-file"));
            browser.await(By.id("attachment-removed"));
            WebElement removed = browser.driver().findElement(By.cssSelector("tr[data-file='после ремонта.png']"));
            assertThat(removed.getText()).contains("удалён 18.11.2026", staff.nameOf("roads-clerk"));
            assertThat(removed.findElements(By.tagName("a"))).as("no download any more").isEmpty();
            browser.screenshot(browser.driver().findElement(By.id("files")), "case-files-removed");
        }
    }
}
