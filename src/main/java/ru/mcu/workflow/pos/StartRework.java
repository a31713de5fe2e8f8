package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRatings;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.common.TermVariables;

/**
 * Service task {@code Task_StartRework}: a low rating sends the message back to the same
 * department, counted on the case, with a fresh answer term.
 */
@Component("startRework")
class StartRework implements JavaDelegate {

    private final CaseRatings ratings;
    private final CaseTerms terms;

    StartRework(CaseRatings ratings, CaseTerms terms) {
        this.ratings = ratings;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        ratings.startRework(number);
        TermVariables.setAnswerTerm(execution, terms.assignReworkTerm(number));
    }
}
