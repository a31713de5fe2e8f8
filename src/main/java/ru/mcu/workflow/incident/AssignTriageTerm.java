package ru.mcu.workflow.incident;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.STAGE_DUE_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.deadline.CaseTerms.TermDates;
import ru.mcu.workflow.common.TermVariables;

/**
 * Execution listener ({@code take}) of {@code Flow_BackToTriage}: an incident the department
 * returned as not its own gets a fresh triage term from now, so the coordinator's timer does not
 * fire at once on a term that passed while the department had it.
 */
@Component("assignTriageTerm")
class AssignTriageTerm implements ExecutionListener {

    private final CaseTerms terms;

    AssignTriageTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        TermDates triage = terms.assignTriageTerm(caseNumberOf(execution));
        STAGE_DUE_AT.set(execution, triage.due());
        TermVariables.showTerm(execution, triage.due());
    }
}
