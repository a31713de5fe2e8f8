package ru.mcu.workflow.common;


import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;
import static ru.mcu.workflow.common.CaseVariables.CHANNEL;
import static ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Channel;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.deadline.CaseTerms.TermDates;

/**
 * Execution listener ({@code end}) of the start event of the ПОС message and the incident: the
 * term of the first stage (moderation; the coordinator's triage of an incident). An incident also
 * gets its answer term here, as it counts from publication; its interim answer term counts from
 * the handover to the department ({@code AssignInterimTerm}).
 */
@Component("assignStageTerm")
class AssignStageTerm implements ExecutionListener {

    private final CaseTerms terms;

    AssignStageTerm(CaseTerms terms) {
        this.terms = terms;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        TermDates stage = terms.assignFirstStageTerm(number);
        STAGE_DUE_AT.set(execution, stage.due());
        TERM_TEXT.set(execution, stage.text());
        if (Channel.INCIDENT.name().equals(CHANNEL.get(execution))) {
            TermDates answer = terms.assignAnswerTerm(number);
            CaseVariables.ANSWER_DUE_AT.set(execution, answer.due());
            CaseVariables.ANSWER_REMIND_AT.set(execution, answer.remindAt());
            CaseVariables.ANSWER_ESCALATE_AT.set(execution, answer.escalateAt());
        }
    }
}
