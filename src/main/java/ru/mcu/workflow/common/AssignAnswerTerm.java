package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;

/**
 * Service task {@code Task_AssignAnswerTerm} of the appeal and the ПОС message: the answer term
 * (30 days from registration of an appeal, 10 working days from receipt of a ПОС message, by
 * default), read by the due dates of the department's tasks and the timers on its subprocess.
 */
@Component("assignAnswerTerm")
class AssignAnswerTerm implements JavaDelegate {

    private final CaseTerms terms;

    AssignAnswerTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TermVariables.setAnswerTerm(execution, terms.assignAnswerTerm(caseNumberOf(execution)));
    }
}
