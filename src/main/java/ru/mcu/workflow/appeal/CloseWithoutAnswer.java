package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EARLIER_ANSWERS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.OFFENCE_BODY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.PUBLISHED_ANSWER_LINK;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_CloseWithoutAnswer}: ends an appeal under ст. 11 59-ФЗ with the
 * registrar's reason; the citizen is told where the law asks for it. An anonymous report of an
 * offence goes to the body the registrar named (ч. 1); the link of ч. 5.1 goes into the notice.
 */
@Component("closeWithoutAnswer")
class CloseWithoutAnswer implements JavaDelegate {

    private final CaseRegistration registration;

    CloseWithoutAnswer(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.closeWithoutAnswer(caseNumberOf(execution), RegisterAppeal.registrationOf(execution),
                SPECIAL_REASON.get(execution), REGISTRAR_COMMENT.get(execution),
                new CaseRegistration.SpecialDetails(OFFENCE_BODY.get(execution), PUBLISHED_ANSWER_LINK.get(execution),
                        EARLIER_ANSWERS.get(execution)),
                DECIDED_BY.find(execution).orElse(Actors.of(execution)));
    }
}
