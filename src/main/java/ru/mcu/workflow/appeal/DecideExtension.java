package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.appeal.AppealProcess.ExtensionDecision;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_DecideExtension}: records the block head's
 * decision; an approved extension moves the answer term and the citizen is notified.
 */
@Component("decideExtension")
class DecideExtension implements TaskListener {

    private final CaseTerms terms;

    DecideExtension(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateTask task) {
        ExtensionDecision decision = EXTENSION_DECISION.require(task, "Выберите решение о продлении");
        terms.decideExtension(CASE_NUMBER.get(task), decision == ExtensionDecision.APPROVE,
                EXTENSION_COMMENT.get(task), Actors.of(task));
    }
}
