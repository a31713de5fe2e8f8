package ru.mcu.workflow.incident;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_DUE_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.deadline.CaseTerms.TermDates;
import ru.mcu.workflow.common.TermVariables;

/**
 * Execution listener ({@code end}) of {@code Start_Response}: the department's own interim answer
 * term, counted from now, when triage hands the incident over; the due date of
 * {@code Task_InterimAnswer} and of {@code Timer_InterimOverdue}, and the term Tasklist shows.
 */
@Component("assignInterimTerm")
class AssignInterimTerm implements ExecutionListener {

    private final CaseTerms terms;

    AssignInterimTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        TermDates interim = terms.assignInterimTerm(caseNumberOf(execution));
        INTERIM_DUE_AT.set(execution, interim.due());
        TermVariables.showTerm(execution, interim.due());
    }
}
