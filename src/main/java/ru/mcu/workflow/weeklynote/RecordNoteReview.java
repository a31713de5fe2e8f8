package ru.mcu.workflow.weeklynote;

import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.NOTE_ID;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.weeklynote.WeeklyNotes;

/** Complete listener of {@code Task_ReviewNote}: records who reviewed the note and the comment. */
@Component("recordNoteReview")
class RecordNoteReview implements TaskListener {

    private final WeeklyNotes notes;

    RecordNoteReview(WeeklyNotes notes) {
        this.notes = notes;
    }

    @Override
    public void notify(DelegateTask task) {
        notes.review(Long.parseLong(NOTE_ID.require(task, "Записка не найдена")), task.getAssignee(), REVIEW_COMMENT.get(task));
    }
}
