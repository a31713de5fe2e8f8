package ru.mcu.workflow.incident;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.common.CaseVariables.DECIDED_BY;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.DISMISS_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.support.Actors;

/** Service task {@code Task_DismissIncident}: closes an incident not taken into work, with the reason. */
@Component("dismissIncident")
class DismissIncident implements JavaDelegate {

    private final CaseRegistration registration;

    DismissIncident(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registration.dismiss(caseNumberOf(execution), DISMISS_REASON.get(execution),
                DECIDED_BY.find(execution).orElse(Actors.of(execution)));
    }
}
