package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;

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
