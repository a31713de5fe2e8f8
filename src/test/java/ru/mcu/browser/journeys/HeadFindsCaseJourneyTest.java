package ru.mcu.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.directory.StaffContacts;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;

/**
 * Journey 4, the head of the МЦУ finds a case by its number: he logs in on the home page,
 * types the number into the search, lands on the case page, reads its history with people's
 * names, its terms and the citizen's access code, and follows the link to the open task in
 * Tasklist. A search by the citizen's surname finds the case for him too.
 */
class HeadFindsCaseJourneyTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private StaffContacts staff;

    @Test
    void shouldTakeTheHeadFromTheSearchToTheCaseAndOnToItsOpenTaskInTasklist() {
        Journeys journeys = new Journeys(port, new Api(rest), time);
        Journeys.Filed filed = journeys.caseOnApproval();
        String number = filed.number();

        try (Browser head = Browser.start("ru", time)) {
            journeys.openHomeAs(head, "mcu-head");
            head.awaitText("Муниципальный центр управления");
            head.screenshot("journey-head-01-home");
            journeys.search(head, number);

            head.until(d -> d.getCurrentUrl().endsWith("/cases/" + number));
            assertThat(head.await(By.id("case-number")).getText()).isEqualTo(number);
            String history = head.await(By.id("history")).getText();
            assertThat(history).contains(staff.nameOf("mcu-registrar"), staff.nameOf("roads-clerk"), "Регистрация", "Проект ответа")
                    .doesNotContain("mcu-registrar", "roads-clerk");
            assertThat(head.await(By.id("terms")).getText()).contains("Регистрация", "3 календарных дня", "Ответ по существу",
                    "30 календарных дней", "18.12.2026 23:59");
            assertThat(head.await(By.id("access-code")).getText()).isEqualTo(filed.accessCode());
            assertThat(head.await(By.id("citizen-name")).getText()).isEqualTo(filed.citizen().fullName());
            assertThat(head.await(By.id("answer")).getText()).as("the clerk's draft, waiting for the block head")
                    .contains("Проект ответа: ещё не согласован", "Провал асфальта у дома 88").doesNotContain("Ответ дан");
            Journeys.fullPage(head, "journey-head-02-case-page");

            WebElement task = head.await(By.cssSelector("#tasks a.button"));
            assertThat(task.getText()).isEqualTo("Открыть в Tasklist: Согласовать ответ");
            String link = task.getAttribute("href");
            assertThat(link).contains("/camunda/app/tasklist/default/#/?task=");
            task.click();
            // one login: Tasklist opens the task without asking again
            head.await(By.cssSelector("[cam-tasklist-task-meta]"));
            assertThat(head.driver().findElements(By.id("login-form"))).isEmpty();
            head.awaitText("Согласование ответа");
            assertThat(head.driver().getCurrentUrl()).contains("/camunda/app/tasklist/");
            assertThat(Journeys.text(head)).contains("Согласовать ответ");
            assertThat(new Journeys.TaskForm(head).value("Field_ApproveSummary")).contains("Номер: " + number);
            head.screenshot("journey-head-03-task-in-tasklist");

            // the head works with the citizens' data: the surname finds the case as well
            head.open(journeys.url("/"));
            journeys.search(head, filed.citizen().surname().toLowerCase());
            head.awaitText("Найдено");
            assertThat(head.await(By.cssSelector("table.results")).getText()).contains(number);
            head.screenshot("journey-head-04-found-by-surname");
        }
    }
}
