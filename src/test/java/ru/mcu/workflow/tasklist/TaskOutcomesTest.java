package ru.mcu.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

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
        api.submit("mcu-registrar", number, "registrationDecision", "REGISTER", "kind", "COMPLAINT",
                "rubric", "roads.potholes", "department", "roads");
        assertThat(outcomes.after(registration, "mcu-registrar"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Направлено исполнителю: Департамент дорожного хозяйства и благоустройства, срок до "));

        String consideration = api.taskOf("roads-clerk", number).get("id").asText();
        api.submit("roads-clerk", number, "considerationOutcome", "ANSWER", "answerText", "Яма заделана 20 ноября.");
        assertThat(outcomes.after(consideration, "roads-clerk"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Передано на согласование руководителю блока"));
        assertThat(outcomes.after(consideration, "education-clerk")).as("another user's task").isEmpty();
        String approval = api.taskOf("roads-head", number).get("id").asText();
        assertThat(outcomes.after(approval, "roads-head")).as("a task still open").isEmpty();

        api.submit("roads-head", number, "approvalDecision", "APPROVE");
        assertThat(outcomes.after(approval, "roads-head")).contains("Ответ направлен заявителю, в том числе по электронной почте");
    }

    @Test
    void shouldTellClerkWhoReturnsAppealThatRegistrarWillReroute() {
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма во дворе частного дома", null)).getBody()).get("number").asText();
        api.submit("mcu-registrar", number, "registrationDecision", "REGISTER", "kind", "COMPLAINT",
                "rubric", "roads.potholes", "department", "roads");
        String consideration = api.taskOf("roads-clerk", number).get("id").asText();

        api.submit("roads-clerk", number, "considerationOutcome", "NOT_OURS", "notOursReason", "Частная территория");

        assertThat(outcomes.after(consideration, "roads-clerk"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Возвращено регистратору МЦУ для переадресации"));
    }
}
