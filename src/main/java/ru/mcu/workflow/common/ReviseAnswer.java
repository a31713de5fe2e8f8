package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_AUTHOR;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.pos.PlannedDates;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ReviseAnswer}: records the clerk's revised
 * draft, which goes back to the block head; for a ПОС answer «запланировано» also its date, checked
 * as when drafted.
 */
@Component("reviseAnswer")
class ReviseAnswer implements TaskListener {

    private final CaseConsideration consideration;
    private final Clock clock;

    ReviseAnswer(CaseConsideration consideration, Clock clock) {
        this.consideration = consideration;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = Actors.of(task);
        if (PlannedDates.isPlanned(task)) {
            PlannedDates.draft(task, LocalDate.now(clock.withZone(LocalZone.ZONE)));
        }
        consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
        ANSWER_AUTHOR.set(task, actor);
    }
}
