package ru.mcu.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.workflow.pos.PosProcess.ExtensionDecision;

/**
 * The single extension of a ПОС message's answer term: the department asks with a reason, the
 * ПОС coordinator grants it with his, the term moves by the policy's working days on the
 * production calendar; a second request is refused.
 */
class PosExtensionTest extends IntegrationTest {

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;
    @Autowired
    private CaseQueries cases;
    @Autowired
    private TermArithmetic arithmetic;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void shouldExtendTheTermOnceByFiveWorkingDaysWhenTheCoordinatorGrantsIt() {
        String number = PosMessageLifecycleTest.inRoads(api, "pos-extension");
        Instant due = cases.get(number).getAnswerDueAt();

        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "EXTENSION")
                .with(EXTENSION_REASON, "Нужен выезд подрядчика"));
        assertThat(api.taskOf("pos-coordinator", number).get("taskDefinitionKey").asText()).isEqualTo("Task_DecidePosExtension");
        ResponseEntity<String> noReason = api.submitRaw("pos-coordinator", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE));
        assertThat(noReason.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(noReason.getBody()).contains("Укажите основание продления");

        api.submit("pos-coordinator", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE)
                .with(EXTENSION_COMMENT, "Подрядчик выезжает по графику"));

        Case extended = cases.get(number);
        assertThat(extended.getAnswerDueAt()).isEqualTo(arithmetic.afterWorkingDays(due, 5));
        assertThat(extended.getExtensionDays()).isEqualTo(5);
        assertThat(extended.getEvents()).anyMatch(e -> e.getType().name().equals("EXTENSION_APPROVED")
                && "Подрядчик выезжает по графику".equals(e.getReason()));
        assertThat(api.taskOf("roads-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ExecuteMessage");
        assertThat(api.taskOf("roads-clerk", number).get("due").asText()).as("the task's due date moved with the term")
                .startsWith(extended.getAnswerDueAt().atZone(ru.mcu.platform.time.LocalZone.ZONE).toLocalDate().toString());

        String page = ru.mcu.calendar.PageSession.login("http://localhost:" + port, "roads-clerk").get("/cases/" + number).body();
        assertThat(page).as("the case page explains the ПОС extension, not 59-ФЗ's")
                .contains("Продлён на 5 рабочих дней после основного срока").doesNotContain("ст. 12 ч. 2 59-ФЗ");

        ResponseEntity<String> again = api.submitRaw("roads-clerk", number,
                variables().with(CONSIDERATION_OUTCOME, "EXTENSION").with(EXTENSION_REASON, "Ещё не успели"));
        assertThat(again.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(again.getBody()).contains("продлить его можно один раз");
    }

    @Test
    void shouldGrantAnExtensionAskedForOnTheLastDayWhenTheCoordinatorDecidesTheNextMorning() {
        String number = PosMessageLifecycleTest.inRoads(api, "pos-extension-late-decision");
        Instant due = cases.get(number).getAnswerDueAt();

        time.jumpTo(due.minus(java.time.Duration.ofHours(1)));
        settleJobsOf(number);
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "EXTENSION")
                .with(EXTENSION_REASON, "Нужен выезд подрядчика"));
        time.jumpTo(due.plus(java.time.Duration.ofHours(15)));
        settleJobsOf(number);
        api.submit("pos-coordinator", number, variables().with(EXTENSION_DECISION, ExtensionDecision.APPROVE)
                .with(EXTENSION_COMMENT, "Подрядчик выезжает по графику"));

        Case extended = cases.get(number);
        assertThat(extended.getExtensionDays()).isEqualTo(5);
        assertThat(extended.getAnswerDueAt()).isEqualTo(arithmetic.afterWorkingDays(due, 5));
        assertThat(api.taskOf("roads-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ExecuteMessage");
    }

    @Test
    void shouldKeepTheTermWhenTheCoordinatorRefuses() {
        String number = PosMessageLifecycleTest.inRoads(api, "pos-extension-refused");
        Instant due = cases.get(number).getAnswerDueAt();
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "EXTENSION")
                .with(EXTENSION_REASON, "Много работы"));
        api.submit("pos-coordinator", number, variables().with(EXTENSION_DECISION, ExtensionDecision.REJECT)
                .with(EXTENSION_COMMENT, "Яма опасна, заделать в срок"));

        assertThat(cases.get(number).getAnswerDueAt()).isEqualTo(due);
        assertThat(cases.get(number).getExtensionDays()).isZero();
        assertThat(api.taskOf("roads-clerk", number).get("taskDefinitionKey").asText()).isEqualTo("Task_ExecuteMessage");
    }
}
