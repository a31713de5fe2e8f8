package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.common.TermVariables;
import ru.mcu.workflow.pos.PosProcess.ExtensionDecision;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_DecidePosExtension}: the ПОС coordinator grants
 * the department's single extension with his reason, or refuses it; the (possibly moved) term is
 * put into the variables the execution's timers read when it starts again.
 */
@Component("decidePosExtension")
class DecidePosExtension implements TaskListener {

    private final CaseTerms terms;

    DecidePosExtension(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateTask task) {
        ExtensionDecision decision = EXTENSION_DECISION.require(task, "Выберите решение о продлении");
        String number = CASE_NUMBER.get(task);
        terms.decidePosExtension(number, decision == ExtensionDecision.APPROVE, EXTENSION_COMMENT.get(task), Actors.of(task));
        TermVariables.setAnswerTerm(task, terms.assignAnswerTerm(number));
    }
}
