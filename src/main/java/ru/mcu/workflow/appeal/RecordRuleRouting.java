package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DEPARTMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;

/**
 * Execution listener ({@code end}) of {@code Task_RouteByRules}: records on the case which
 * department the routing table chose, or that no rule matched.
 */
@Component("recordRuleRouting")
class RecordRuleRouting implements ExecutionListener {

    private final CaseRegistration registration;

    RecordRuleRouting(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void notify(DelegateExecution execution) {
        registration.routeByRule(CASE_NUMBER.get(execution), DEPARTMENT.get(execution));
    }
}
