package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TOPIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.decision.RoutingRecords;

/**
 * Execution listener ({@code end}) of {@code Task_RouteByRules}: records on the case which
 * department the routing table chose, or that no rule matched, and which version of the table
 * routed it on which inputs ({@link RoutingRecords}).
 */
@Component("recordRuleRouting")
class RecordRuleRouting implements ExecutionListener {

    private final CaseRegistration registration;
    private final RoutingRecords records;

    RecordRuleRouting(CaseRegistration registration, RoutingRecords records) {
        this.registration = registration;
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        String department = DEPARTMENT.get(execution);
        registration.routeByRule(number, department);
        records.record(number, ROUTING_TOPIC.get(execution), RUBRIC.get(execution), DISTRICT.get(execution), department);
    }
}
