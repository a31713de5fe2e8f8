package ru.mcu.workflow.weeklynote;

import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.BLOCKS_LINK;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.NOTE_ID;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.NOTE_LINK;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.NOTE_SUMMARY;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.WEEK_START;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.AnalyticsLinks;
import ru.mcu.analytics.weeklynote.WeeklyNotes;

/**
 * Service task {@code Task_BuildNote}: builds the note of the last complete week (or rebuilds
 * the week already chosen) and archives it as a draft for review.
 */
@Component("buildWeeklyNote")
class BuildWeeklyNote implements JavaDelegate {

    private final WeeklyNotes notes;
    private final AnalyticsLinks links;

    BuildWeeklyNote(WeeklyNotes notes, AnalyticsLinks links) {
        this.notes = notes;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate week = WEEK_START.find(execution).map(LocalDate::parse).orElseGet(notes::lastWeek);
        WeeklyNotes.Archived note = notes.build(week, execution.getProcessInstanceId());
        WEEK_START.set(execution, note.weekStart().toString());
        NOTE_ID.set(execution, String.valueOf(note.id()));
        NOTE_SUMMARY.set(execution, note.summary());
        NOTE_LINK.set(execution, links.to("/analytics/notes/" + note.id()));
        BLOCKS_LINK.set(execution, links.to("/analytics/notes/blocks?week=" + note.weekStart()));
    }
}
