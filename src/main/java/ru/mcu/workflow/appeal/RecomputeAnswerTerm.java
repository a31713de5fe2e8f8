package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.common.TermVariables;

/**
 * Service task {@code Task_RecomputeAnswerTerm}: after an extension or a suspension, the
 * answer term computed again from the case record; the consideration restarts with timers on
 * the new term.
 */
@Component("recomputeAnswerTerm")
class RecomputeAnswerTerm implements JavaDelegate {

    private final CaseTerms terms;

    RecomputeAnswerTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TermVariables.setAnswerTerm(execution, terms.assignAnswerTerm(caseNumberOf(execution)));
    }
}
