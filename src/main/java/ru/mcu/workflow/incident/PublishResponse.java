package ru.mcu.workflow.incident;

import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;

/**
 * Service task {@code Task_PublishResponse}: records that the МЦУ's answer is to be published
 * under the post (for «Инцидент Менеджмент» to pick up).
 */
@Component("publishResponse")
class PublishResponse implements JavaDelegate {

    private final CaseConsideration consideration;

    PublishResponse(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consideration.recordResponsePublished(CASE_NUMBER.get(execution));
    }
}
