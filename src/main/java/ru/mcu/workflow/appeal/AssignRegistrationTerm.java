package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DUE_AT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_REMIND_AT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_TERM_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.TERM_TEXT;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.deadline.CaseTerms.TermDates;

/**
 * Execution listener ({@code end}) of {@code Start_AppealReceived}: the registration term (3
 * days from receipt by default), which is the registrar's due date and the date of
 * {@code Timer_RegistrationOverdue}.
 */
@Component("assignRegistrationTerm")
class AssignRegistrationTerm implements ExecutionListener {

    private final CaseTerms terms;

    AssignRegistrationTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        TermDates dates = terms.assignFirstStageTerm(caseNumberOf(execution));
        REGISTRATION_DUE_AT.set(execution, dates.due());
        REGISTRATION_REMIND_AT.set(execution, dates.remindAt());
        String text = dates.text();
        REGISTRATION_TERM_TEXT.set(execution, text);
        TERM_TEXT.set(execution, text);
    }
}
