package ru.mcu.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.browser.journeys.Journeys.source;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * Journey 5, the curating vice-mayor sees no personal data: he opens the case the head of the
 * МЦУ opens, the analytics and the case's analytical card, and nowhere in the pages (their
 * source, not only what is shown) is the citizen's name, postal address, phone, e-mail or
 * access code; a search by the citizen's surname finds nothing, while a search by the number
 * does.
 */
class CuratorJourneyTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void shouldShowTheCuratorTheCaseAndTheAnalyticsWithoutTheCitizensData() {
        Journeys journeys = new Journeys(port, new Api(rest), time);
        Journeys.Filed filed = journeys.caseOnApproval();
        String number = filed.number();

        try (Browser curator = Browser.start("ru", time)) {
            journeys.openAs(curator, journeys.url("/cases/" + number), "curator");
            assertThat(curator.await(By.id("case-number")).getText()).isEqualTo(number);
            curator.await(By.id("no-personal-data"));
            assertThat(curator.await(By.id("answer")).getText()).contains("Провал асфальта у дома 88 будет устранён до 5 декабря.");
            assertThat(curator.driver().findElements(By.id("access-code"))).isEmpty();
            assertNoPersonalData(curator, filed);
            Journeys.fullPage(curator, "journey-curator-01-case-page");

            curator.clickOnByScript(By.linkText("Аналитическая карточка"));
            curator.until(d -> d.getCurrentUrl().endsWith("/analytics/cases/" + number));
            curator.awaitText(number);
            assertNoPersonalData(curator, filed);
            curator.screenshot("journey-curator-02-analytics-card");

            curator.open(journeys.url("/analytics"));
            curator.awaitText("Аналитика для принятия решений");
            assertNoPersonalData(curator, filed);
            curator.open(journeys.url("/analytics/cases"));
            curator.awaitText("Обращения и сообщения за период");
            assertNoPersonalData(curator, filed);
            curator.screenshot("journey-curator-03-analytics-cases");

            journeys.search(curator, filed.citizen().surname());
            curator.awaitText("Ничего не найдено.");
            // the search box keeps what he typed; the page names no case
            assertThat(source(curator)).doesNotContain(number);
            curator.screenshot("journey-curator-04-search-by-surname");

            journeys.search(curator, number);
            curator.until(d -> d.getCurrentUrl().endsWith("/cases/" + number));
        }
    }

    private static void assertNoPersonalData(Browser browser, Journeys.Filed filed) {
        Journeys.Citizen citizen = filed.citizen();
        assertThat(source(browser)).as("the page's source at %s", browser.driver().getCurrentUrl())
                .doesNotContain(citizen.surname(), citizen.postalAddress(), citizen.email(), citizen.phone(), filed.accessCode())
                .doesNotContainIgnoringCase("ул. Почтовая");
    }
}
