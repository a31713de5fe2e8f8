package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * Pictures of the deployed processes for the README, rendered by Cockpit from the models as
 * deployed. {@code -Dmcu.guide.update=true} copies them into {@code docs/img}.
 */
class ProcessDiagramScreenshotsTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private RepositoryService repository;

    private static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldRenderEveryCaseProcess() throws IOException {
        List<String> keys = List.of("appeal", "pos-message", "incident");
        try (Browser admin = Browser.start("en")) {
            admin.open("http://localhost:" + port + "/camunda/app/cockpit/default/");
            admin.login("demo", "demo");
            for (String key : keys) {
                String id = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
                admin.open("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + id + "/runtime");
                admin.await(By.cssSelector(".djs-container svg"));
                admin.await(By.cssSelector("[data-element-id='Task_RouteByRules']"));
                // the diagram alone, maximised and fitted to its panel
                admin.driver().manage().window().setSize(new org.openqa.selenium.Dimension(2200, 1300));
                admin.driver().findElements(By.cssSelector("a.maximize-collapsable")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().ifPresent(admin::click);
                pause();
                admin.driver().findElements(By.cssSelector("[ng-click='resetZoom()']")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().ifPresent(admin::click);
                pause();
                Path shot = admin.screenshot(admin.await(By.cssSelector(".djs-container")), "diagrams/" + key);
                assertThat(Files.size(shot)).isGreaterThan(20_000);
                if (Boolean.getBoolean("mcu.guide.update")) {
                    Files.createDirectories(Path.of("docs/img"));
                    Files.copy(shot, Path.of("docs/img/" + key + ".png"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
