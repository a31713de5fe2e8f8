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
 * deployed. A tool run on demand ({@code mvn -Pscreenshots -Dlint.skip=true -Dmcu.guide.update=true verify}
 * copies them into {@code docs/img}), not part of the normal suite.
 */
@org.junit.jupiter.api.Tag("screenshots")
class ProcessDiagramScreenshotsTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private RepositoryService repository;

    /** Waits until the diagram stops moving: its viewport's transform reads the same twice in a row. */
    private static void awaitStill(Browser browser) {
        String[] last = {null};
        browser.until(d -> {
            String now = d.findElement(By.cssSelector(".djs-container .viewport")).getAttribute("transform")
                    + d.findElement(By.cssSelector(".djs-container")).getSize();
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }

    @Test
    void shouldRenderEveryCaseProcess() throws IOException {
        List<String> keys = List.of("appeal", "pos-message", "incident");
        try (Browser admin = Browser.start("en", time)) {
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
                awaitStill(admin);
                admin.driver().findElements(By.cssSelector("[ng-click='resetZoom()']")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().ifPresent(admin::click);
                awaitStill(admin);
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
