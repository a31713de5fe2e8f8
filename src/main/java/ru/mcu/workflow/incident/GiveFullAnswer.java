package ru.mcu.workflow.incident;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_LINK;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_FullAnswer}: the full answer, or the
 * resolution on the spot with its evidence; either closes the incident.
 */
@Component("giveFullAnswer")
class GiveFullAnswer implements TaskListener {

    private final CaseConsideration consideration;

    GiveFullAnswer(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void notify(DelegateTask task) {
        ResponseOutcome outcome = RESPONSE_OUTCOME.require(task, "Выберите результат");
        String number = CASE_NUMBER.get(task);
        String actor = Actors.of(task);
        switch (outcome) {
            case ANSWER -> consideration.giveFullAnswer(number, ANSWER_TEXT.get(task), actor);
            case RESOLVED -> consideration.resolveOnSpot(number, EVIDENCE_TEXT.get(task), EvidenceLink.check(EVIDENCE_LINK.get(task)), actor);
            default -> throw new InvalidCaseDataException(RESPONSE_OUTCOME.name(), "Недопустимый результат: " + outcome);
        }
    }
}
