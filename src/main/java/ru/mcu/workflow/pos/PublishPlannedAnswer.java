package ru.mcu.workflow.pos;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.outbound.OutboundAnswers;
import ru.mcu.platform.time.LocalZone;

/**
 * Service task {@code Task_PublishPlannedAnswer}: the approved answer «запланировано» is
 * published with its planned date and enqueued for the Платформа обратной связи like an answer;
 * the message stays under control until {@code Event_PlannedDateReached}.
 */
@Component("publishPlannedAnswer")
class PublishPlannedAnswer implements JavaDelegate {

    private final CaseConsideration consideration;
    private final OutboundAnswers outbound;

    PublishPlannedAnswer(CaseConsideration consideration, OutboundAnswers outbound) {
        this.consideration = consideration;
        this.outbound = outbound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        consideration.publishPlannedAnswer(number, PLANNED_AT.get(execution).atZone(LocalZone.ZONE).toLocalDate());
        outbound.posPlanned(number);
    }
}
