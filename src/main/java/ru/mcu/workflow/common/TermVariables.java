package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_ESCALATE_AT;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_REMIND_AT;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import ru.mcu.cases.TermText;
import ru.mcu.deadline.CaseTerms.TermDates;

/** Puts an answer term into the variables the timers, due dates and Tasklist columns read. */
public final class TermVariables {

    private TermVariables() {
    }

    public static void setAnswerTerm(VariableScope scope, TermDates dates) {
        ANSWER_DUE_AT.set(scope, dates.due());
        ANSWER_REMIND_AT.set(scope, dates.remindAt());
        ANSWER_ESCALATE_AT.set(scope, dates.escalateAt());
        showTerm(scope, dates.due());
    }

    /**
     * The term the case's next task is due by, as the Tasklist column «Срок» shows it. Set it
     * whenever the stage changes to one with another term: an incident's interim answer given,
     * the full answer's term applies.
     */
    public static void showTerm(VariableScope scope, Instant due) {
        TERM_TEXT.set(scope, TermText.until(due));
    }
}
