package ru.mcu.workflow.incident;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_LINK;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.outbound.OutboundAnswers;
import ru.mcu.workflow.common.TermVariables;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_InterimAnswer}: the department's interim
 * answer, a resolution on the spot with its evidence, or a return as "not ours". Once the
 * interim answer is given, the full answer's term is the one the task list shows, and the interim
 * answer is enqueued for «Инцидент Менеджмент» ({@link OutboundAnswers}) in the same transaction.
 */
@Component("giveInterimAnswer")
class GiveInterimAnswer implements TaskListener {

    private final CaseConsideration consideration;
    private final OutboundAnswers outbound;

    GiveInterimAnswer(CaseConsideration consideration, OutboundAnswers outbound) {
        this.consideration = consideration;
        this.outbound = outbound;
    }

    @Override
    public void notify(DelegateTask task) {
        ResponseOutcome outcome = RESPONSE_OUTCOME.require(task, "Выберите результат");
        String number = CASE_NUMBER.get(task);
        String actor = Actors.of(task);
        switch (outcome) {
            case INTERIM -> {
                consideration.giveInterimAnswer(number, INTERIM_TEXT.get(task), actor);
                outbound.incidentInterimReply(number, INTERIM_TEXT.get(task));
                TermVariables.showTerm(task, ANSWER_DUE_AT.get(task));
            }
            case RESOLVED -> consideration.resolveOnSpot(number, EVIDENCE_TEXT.get(task), EvidenceLink.check(EVIDENCE_LINK.get(task)), actor);
            case NOT_OURS -> consideration.returnAsNotOurs(number, NOT_OURS_REASON.get(task), actor);
            default -> throw new InvalidCaseDataException(RESPONSE_OUTCOME.name(), "Недопустимый результат: " + outcome);
        }
    }
}
