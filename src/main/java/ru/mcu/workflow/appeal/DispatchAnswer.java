package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;

/**
 * Service task {@code Task_DispatchAnswer}: records the approved answer as sent and closes the
 * case; the citizen's e-mail goes out through the outbox.
 */
@Component("dispatchAnswer")
class DispatchAnswer implements JavaDelegate {

    private final CaseConsideration consideration;

    DispatchAnswer(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        consideration.dispatchAnswer(CASE_NUMBER.get(execution));
    }
}
