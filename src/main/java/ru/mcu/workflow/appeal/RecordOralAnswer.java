package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ORAL_ANSWER_CONSENT;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_RecordOralAnswer}: an appeal made at a personal reception was answered
 * orally there with the citizen's consent (ст. 13 ч. 2 59-ФЗ); the case is registered and closed
 * as answered, with its answer term recorded so that the rating counts it as answered in time.
 */
@Component("recordOralAnswer")
class RecordOralAnswer implements JavaDelegate {

    private final CaseRegistration registration;
    private final CaseTerms terms;

    RecordOralAnswer(CaseRegistration registration, CaseTerms terms) {
        this.registration = registration;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        registration.answerOrally(number, RegisterAppeal.registrationOf(execution), ANSWER_TEXT.get(execution),
                ORAL_ANSWER_CONSENT.get(execution), DECIDED_BY.find(execution).orElse(Actors.of(execution)));
        terms.assignAnswerTerm(number);
    }
}
