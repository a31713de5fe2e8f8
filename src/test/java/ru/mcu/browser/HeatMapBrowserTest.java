package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * The heat map in headless Chromium on a machine without internet: Leaflet (from the
 * application's webjar) starts, its tiles cannot load, and the page falls back to the offline
 * scheme by itself; the topics × districts table fits the screen.
 */
class HeatMapBrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "HMB-");
    }

    @Test
    void shouldFallBackToTheSchemeWhenTilesCannotLoadAndFitTheTable() {
        for (int i = 0; i < 6; i++) {
            CaseRows.of("HMB-" + i).rubric("roads.potholes").district("center").department("roads").received("2024-05-1" + i + " 10:00")
                    .place(46.959 + i * 0.001, 142.738, "ул. Ленина, " + (10 + i)).insert(jdbc);
        }
        try (Browser browser = Browser.start("ru", time)) {
            browser.open("http://localhost:" + port + "/login");
            browser.login("mcu-head", "demo");
            browser.awaitText("Сводка на утро");
            browser.open("http://localhost:" + port + "/analytics/heatmap?from=2024-05-01&to=2024-05-31");
            browser.awaitText("Тепловая карта обращений и сообщений");
            Object leaflet = ((JavascriptExecutor) browser.driver()).executeScript("return typeof L === 'undefined' ? null : L.version;");
            assertThat(leaflet).as("Leaflet served by the application").isEqualTo("1.9.4");

            browser.until(d -> "fallback".equals(d.findElement(By.id("leaflet-map")).getAttribute("data-state")));
            assertThat(browser.driver().findElement(By.id("map-fallback")).isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("leaflet-map")).isDisplayed()).isFalse();
            WebElement scheme = browser.driver().findElement(By.cssSelector("#city-scheme svg"));
            assertThat(scheme.isDisplayed()).isTrue();

            WebElement table = browser.driver().findElement(By.cssSelector("table.heat"));
            Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "var w = document.querySelector('.heat-wrap'); return w.scrollWidth - w.clientWidth;");
            assertThat(overflow.intValue()).as("the table fits the screen").isLessThanOrEqualTo(0);
            assertThat(table.findElement(By.cssSelector("tr.district-total")).getText()).contains("Всего по району", "6");
            browser.screenshot("heatmap-fallback");

            // a tile server that answers (here an image of the webjar stands for the tiles): the map replaces the scheme
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    var box = document.getElementById('leaflet-map');
                    box.setAttribute('data-tiles', '/webjars/leaflet/1.9.4/dist/images/layers.png?{z}/{x}/{y}');
                    document.getElementById('map-fallback').hidden = true;
                    var s = document.createElement('script'); s.src = '/js/heatmap-map.js'; document.body.appendChild(s);""");
            browser.until(d -> "tiles".equals(d.findElement(By.id("leaflet-map")).getAttribute("data-state")));
            assertThat(browser.driver().findElement(By.id("city-scheme")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("#leaflet-map path.leaflet-interactive"))).as("the cells' points").isNotEmpty();
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('leaflet-map').scrollIntoView();");
            browser.screenshot("heatmap-leaflet");
        }
    }
}
