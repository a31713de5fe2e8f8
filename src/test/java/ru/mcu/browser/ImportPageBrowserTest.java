package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * The import page in headless Chromium: the coordinator logs in, uploads a CSV file, watches
 * the progress and reads the rejected row; the import shows in the list.
 */
class ImportPageBrowserTest extends IntegrationTest {

    private static final int GOOD_ROWS = 40;

    @LocalServerPort
    private int port;

    @TempDir
    private Path dir;

    @Test
    void shouldUploadAFileAndShowProgressCountsAndRejectedRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("externalId;text;author.email\n");
        for (int i = 1; i <= GOOD_ROWS; i++) {
            csv.append("pos-").append(run).append('-').append(i).append(";Сообщение ").append(i).append(' ').append(run).append(";\n");
        }
        csv.append("pos-").append(run).append("-bad;Снег;не-почта\n");
        Path file = Files.writeString(dir.resolve("pos-" + run + ".csv"), csv, StandardCharsets.UTF_8);

        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/imports");
            browser.await(By.name("username")).sendKeys("pos-coordinator");
            browser.driver().findElement(By.name("password")).sendKeys("demo");
            browser.driver().findElement(By.cssSelector("form.login button[type='submit']")).click();

            browser.awaitText("Импорт файлов");
            Select channel = new Select(browser.await(By.id("channel")));
            assertThat(channel.getOptions()).extracting(o -> o.getText()).containsExactly("Сообщения ПОС");
            browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            // a limit below the file's size: the page refuses the file before uploading it
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('import-form').setAttribute('data-max-bytes', '10')");
            browser.driver().findElement(By.cssSelector("#import-form button[type='submit']")).click();
            assertThat(browser.await(By.id("file-error")).getText()).isEqualTo("Файл больше допустимого размера (20 МБ)");
            assertThat(browser.driver().getCurrentUrl()).matches(".*/imports(\\?.*)?");
            browser.driver().navigate().refresh();
            browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("#import-form button[type='submit']")).click();

            browser.await(By.id("bar"));
            browser.screenshot("import-running");
            assertThat(browser.driver().getCurrentUrl()).matches(".*/imports/\\d+$");
            browser.until(d -> d.findElement(By.id("status")).getText().equals("завершён"));
            browser.screenshot("import-done");
            assertThat(browser.driver().findElement(By.id("total")).getText()).isEqualTo(String.valueOf(GOOD_ROWS + 1));
            assertThat(browser.driver().findElement(By.id("created")).getText()).isEqualTo(String.valueOf(GOOD_ROWS));
            assertThat(browser.driver().findElement(By.id("rejected")).getText()).isEqualTo("1");
            assertThat(browser.driver().findElement(By.id("bar")).getAttribute("value")).isEqualTo(String.valueOf(GOOD_ROWS + 1));
            assertThat(browser.await(By.cssSelector("#rejections tbody tr")).getText())
                    .isEqualTo((GOOD_ROWS + 2) + " pos-" + run + "-bad author.email Некорректный адрес электронной почты");
            assertThat(browser.driver().findElement(By.linkText("Скачать отчёт (CSV)")).getAttribute("href")).endsWith("/report.csv");

            browser.driver().findElement(By.linkText("← Все импорты")).click();
            browser.awaitText(file.getFileName().toString());
            browser.screenshot("import-list");
        }
    }
}
