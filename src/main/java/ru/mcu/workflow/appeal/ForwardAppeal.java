package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REROUTE_COMMENT;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_ForwardAppeal}: forwards an appeal outside municipal competence to
 * the competent body; the citizen is notified (59-ФЗ ст. 8 ч. 3).
 */
@Component("forwardAppeal")
class ForwardAppeal implements JavaDelegate {

    private final CaseRegistration registration;

    ForwardAppeal(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = REROUTE_COMMENT.find(execution).orElse(REGISTRAR_COMMENT.get(execution));
        registration.forward(caseNumberOf(execution), RegisterAppeal.registrationOf(execution),
                FORWARD_TO.get(execution), reason, DECIDED_BY.find(execution).orElse(Actors.of(execution)));
    }
}
