package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_AUTHOR;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.pos.PosProcess.Variables.NOT_OURS_REASON;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ExecuteMessage}: the department's draft
 * answer to a ПОС message; its draft answer «запланировано» with the date of the works (after
 * today, within {@value #MAX_PLANNED_DAYS} days), which sets {@code Event_PlannedDateReached}; or
 * its request for the single extension (the coordinator decides); or its return to the
 * coordinator as "not ours".
 */
@Component("executeMessage")
class ExecuteMessage implements TaskListener {

    private final CaseConsideration consideration;
    private final Clock clock;
    private final CaseTerms terms;

    ExecuteMessage(CaseConsideration consideration, Clock clock, CaseTerms terms) {
        this.consideration = consideration;
        this.clock = clock;
        this.terms = terms;
    }

    /** The farthest a date may be planned (see {@link PlannedDates}). */
    static final int MAX_PLANNED_DAYS = PlannedDates.MAX_PLANNED_DAYS;

    /**
     * An instance started on a model from before «запланировано» and the extension has no flow for
     * them, while Tasklist shows it the current form: refuse such a choice in words, before the
     * engine would fail on the gateway.
     */
    static void requireModelPath(DelegateTask task, String outcome) {
        String element = switch (outcome) {
            case "PLANNED" -> PosProcess.Elements.PUBLISH_PLANNED;
            case "EXTENSION" -> PosProcess.Elements.DECIDE_EXTENSION;
            default -> null;
        };
        if (element != null && task.getBpmnModelInstance().getModelElementById(element) == null) {
            throw new InvalidCaseDataException(CONSIDERATION_OUTCOME.name(), ("PLANNED".equals(outcome)
                    ? "Ответ «запланировано»" : "Запрос продления срока")
                    + " недоступен для этого сообщения: оно поступило до появления такой возможности. Выберите другой результат рассмотрения");
        }
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = CONSIDERATION_OUTCOME.require(task, "Выберите результат рассмотрения");
        requireModelPath(task, outcome);
        String actor = Actors.of(task);
        switch (outcome) {
            case "ANSWER" -> {
                consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
            }
            case "PLANNED" -> {
                PlannedDates.draft(task, LocalDate.now(clock.withZone(LocalZone.ZONE)));
                consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
            }
            case "EXTENSION" -> terms.requestPosExtension(CASE_NUMBER.get(task), EXTENSION_REASON.get(task), actor);
            case "NOT_OURS" -> consideration.returnAsNotOurs(CASE_NUMBER.get(task), NOT_OURS_REASON.get(task), actor);
            default -> throw new InvalidCaseDataException(CONSIDERATION_OUTCOME.name(), "Недопустимый результат: " + outcome);
        }
    }
}
