package ru.mcu.workflow.weeklynote;

import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.NOTE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.weeklynote.WeeklyNotes;

/** Service task {@code Task_SendNote}: e-mails the approved note to the head of administration and archives it as sent. */
@Component("sendWeeklyNote")
class SendWeeklyNote implements JavaDelegate {

    private final WeeklyNotes notes;

    SendWeeklyNote(WeeklyNotes notes) {
        this.notes = notes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notes.send(Long.parseLong(NOTE_ID.require(execution, "Записка не найдена")));
    }
}
