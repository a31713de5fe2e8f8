package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARDING_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.deadline.CaseTerms.TermDates;
import ru.mcu.workflow.common.TermVariables;

/**
 * Service task {@code Task_AssignForwardingTerm}: a department returned the appeal as not its
 * own; the МЦУ must route it again or forward it within the forwarding term of ст. 8 ч. 3 59-ФЗ
 * (7 days), which runs from registration for every forwarding. The term is the due date of
 * {@code Task_RerouteAppeal} and of {@code Timer_ForwardingOverdue}; when it has already passed,
 * the timer fires at once.
 */
@Component("assignForwardingTerm")
class AssignForwardingTerm implements JavaDelegate {

    private final CaseTerms terms;

    AssignForwardingTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TermDates dates = terms.forwardingTerm(caseNumberOf(execution));
        FORWARDING_DUE_AT.set(execution, dates.due());
        TermVariables.showTerm(execution, dates.due());
    }
}
