package ru.mcu.workflow.weeklynote;

import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.string;

import ru.mcu.workflow.support.ProcessVariable;

/**
 * The weekly analytical note ({@code bpmn/weekly-note.bpmn}): built every Monday 09:00
 * Asia/Sakhalin, with the block heads' texts of what was done (page «Сведения блоков»), reviewed
 * by the head of the МЦУ, sent to the head of administration with the PDF attached.
 */
public final class WeeklyNoteProcess {

    public static final String KEY = "weekly-note";

    private WeeklyNoteProcess() {
    }

    /** Element ids in {@code bpmn/weekly-note.bpmn}. */
    public static final class Elements {
        public static final String TIMER_EVERY_MONDAY = "Timer_EveryMonday";
        public static final String BUILD = "Task_BuildNote";
        public static final String REVIEW = "Task_ReviewNote";
        public static final String REVIEW_DECISION = "Gateway_ReviewDecision";
        public static final String SEND = "Task_SendNote";
        public static final String END_SENT = "End_NoteSent";

        private Elements() {
        }
    }

    /** The head of the МЦУ's decision on the draft note. */
    public enum ReviewDecision { APPROVE, REBUILD }

    /** Process variables. */
    public static final class Variables {
        /** The Monday of the week reported on, ISO date; set by the first build. */
        public static final ProcessVariable<String> WEEK_START = string("weekStart");
        /** The archived note's id. */
        public static final ProcessVariable<String> NOTE_ID = string("noteId");
        /** The note in a few lines, shown in the review form. */
        public static final ProcessVariable<String> NOTE_SUMMARY = string("noteSummary");
        /** Where the reviewer reads the full note. */
        public static final ProcessVariable<String> NOTE_LINK = string("noteLink");
        /** Where the block heads write their texts and the head of the МЦУ returns one for correction. */
        public static final ProcessVariable<String> BLOCKS_LINK = string("blocksLink");
        /** Task-local on the review: which departments' texts are in, returned, for the reviewer. */
        public static final ProcessVariable<String> BLOCK_TEXTS = string("blockTexts");
        public static final ProcessVariable<ReviewDecision> REVIEW_DECISION = enumeration("reviewDecision", ReviewDecision.class);
        public static final ProcessVariable<String> REVIEW_COMMENT = string("reviewComment");

        private Variables() {
        }
    }
}
