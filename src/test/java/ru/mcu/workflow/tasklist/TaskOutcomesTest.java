package ru.mcu.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * What Tasklist tells a user after «Завершить» comes from the case's state after the
 * completion, and only the user who completed the task is told.
 */
class TaskOutcomesTest extends IntegrationTest {

    @Autowired
    private TaskOutcomes outcomes;

    @Test
    void shouldTellWhereTheCaseWentAfterEachStep() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма на ул. Ленина у дома 10", "lenina10@example.ru")).getBody())
                .get("number").asText();

        String registration = api.taskOf("mcu-registrar", number).get("id").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        assertThat(outcomes.after(registration, "mcu-registrar"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Направлено исполнителю: Департамент дорожного хозяйства и благоустройства, срок до "));

        String consideration = api.taskOf("roads-clerk", number).get("id").asText();
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма заделана 20 ноября."));
        assertThat(outcomes.after(consideration, "roads-clerk"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Передано на согласование руководителю блока"));
        assertThat(outcomes.after(consideration, "education-clerk")).as("another user's task").isEmpty();
        String approval = api.taskOf("roads-head", number).get("id").asText();
        assertThat(outcomes.after(approval, "roads-head")).as("a task still open").isEmpty();

        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        assertThat(outcomes.after(approval, "roads-head")).contains("Ответ направлен заявителю, в том числе по электронной почте");
    }

    @Test
    void shouldTellClerkWhoReturnsAppealThatRegistrarWillReroute() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма во дворе частного дома", null)).getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        String consideration = api.taskOf("roads-clerk", number).get("id").asText();

        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                .with(NOT_OURS_REASON, "Частная территория"));

        assertThat(outcomes.after(consideration, "roads-clerk"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Возвращено регистратору МЦУ для переадресации"));
    }
}
