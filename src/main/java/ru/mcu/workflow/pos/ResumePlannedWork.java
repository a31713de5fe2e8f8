package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.common.TermVariables;

/**
 * Service task {@code Task_ResumePlannedWork}, after {@code Event_PlannedDateReached}: the
 * message answered «запланировано» goes back to the same department, with a fresh answer term,
 * to complete the works and give the final answer.
 */
@Component("resumePlannedWork")
class ResumePlannedWork implements JavaDelegate {

    private final CaseConsideration consideration;
    private final CaseTerms terms;

    ResumePlannedWork(CaseConsideration consideration, CaseTerms terms) {
        this.consideration = consideration;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        consideration.resumePlannedWork(number);
        TermVariables.setAnswerTerm(execution, terms.assignPlannedWorkTerm(number));
    }
}
