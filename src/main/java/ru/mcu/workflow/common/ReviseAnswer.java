package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_AUTHOR;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ReviseAnswer}: records the clerk's revised
 * draft, which goes back to the block head.
 */
@Component("reviseAnswer")
class ReviseAnswer implements TaskListener {

    private final CaseConsideration consideration;

    ReviseAnswer(CaseConsideration consideration) {
        this.consideration = consideration;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = Actors.of(task);
        consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
        ANSWER_AUTHOR.set(task, actor);
    }
}
