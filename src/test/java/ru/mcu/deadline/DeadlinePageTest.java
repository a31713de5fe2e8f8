package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.calendar.PageSession;
import ru.mcu.cases.Channel;
import ru.mcu.support.IntegrationTest;

/** The deadline calculator for staff and the policies page for administrators. */
class DeadlinePageTest extends IntegrationTest {

    @Autowired
    private DeadlinePolicies policies;

    private PageSession session(String user) {
        return PageSession.login(rest.getRootUri(), user);
    }

    @Test
    void shouldShowAClerkTheTermsOfAnAppealWithTheRulesUsed() {
        HttpResponse<String> page = session("roads-clerk").get("/deadlines?channel=SITE&rubric=&receivedAt=2025-12-25T10:00");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Сроки для поступившего <span>25.12.2025 (чт) 10:00</span>",
                "26.01.2026 (пн) 23:59", "30 календарных дней", "29.12.2025 (пн) 23:59", "3 календарных дня");
        assertThat(page.body()).doesNotContain("Изменить правила сроков", "ещё не подтверждён");
    }

    @Test
    void shouldWarnWhenATermFallsIntoAYearWithoutConfirmedCalendar() {
        HttpResponse<String> page = session("roads-clerk").get("/deadlines?channel=LETTER&receivedAt=2026-12-20T10:00");

        assertThat(page.body()).contains("19.01.2027 (вт) 23:59", "календарь которого ещё не подтверждён", "предварительно");
    }

    @Test
    void shouldShowTheIncidentInterimTermByImportance() {
        HttpResponse<String> page = session("im-coordinator").get("/deadlines?channel=INCIDENT&receivedAt=2026-03-02T17:00&importance=HIGH");

        // triage's hour first (to 18:00), then the interim answer's four working hours from the handover at the latest
        assertThat(page.body()).contains("Разбор координатором", "02.03.2026 (пн) 18:00",
                "Промежуточный ответ (высокая важность)", "4 рабочих часа", "03.03.2026 (вт) 13:00");
    }

    @Test
    void shouldExplainAWrongInputInRussian() {
        HttpResponse<String> page = session("roads-clerk").get("/deadlines?channel=SITE&rubric=roads.unicorns&receivedAt=вчера");

        assertThat(page.body()).contains("Неизвестная рубрика «roads.unicorns»", "Некорректная дата и время");
    }

    @Test
    void shouldLetAnAdministratorAddAndRemoveARubricOverride() {
        PageSession demo = session("demo");
        assertThat(demo.get("/deadlines").body()).contains("Изменить правила сроков");
        demo.get("/admin/deadlines");

        HttpResponse<String> added = demo.postForm("/admin/deadlines", Map.of("scope", "REGIME:POS", "rubric", "snow",
                "termKind", "ANSWER", "unit", "WORKING_DAYS", "amount", "3"));

        assertThat(added.statusCode()).isEqualTo(302);
        DeadlinePolicy override = policies.policyFor(Channel.POS, "snow.roads", TermKind.ANSWER);
        assertThat(override.term()).isEqualTo(TermSpec.workingDays(3));
        assertThat(demo.get("/admin/deadlines").body()).contains("Добавлено правило № " + override.id());

        demo.postForm("/admin/deadlines/" + override.id() + "/delete", Map.of());

        assertThat(policies.termFor(Channel.POS, "snow.roads", TermKind.ANSWER)).isEqualTo(TermSpec.workingDays(10));
        assertThat(demo.get("/admin/deadlines").body()).contains("Правило № " + override.id() + " удалено", "удалено");
    }

    @Test
    void shouldKeepThePoliciesPageForAdministrators() {
        assertThat(session("roads-clerk").get("/admin/deadlines").statusCode()).isEqualTo(403);
    }
}
