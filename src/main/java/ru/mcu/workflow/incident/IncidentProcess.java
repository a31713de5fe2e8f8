package ru.mcu.workflow.incident;

import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.instant;
import static ru.mcu.workflow.support.ProcessVariable.string;

import java.time.Instant;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * The incident process ({@code bpmn/incident.bpmn}): key, element ids and the variables of its
 * own; the shared ones are in {@link ru.mcu.workflow.common.CaseVariables}.
 */
public final class IncidentProcess {

    public static final String KEY = "incident";

    private IncidentProcess() {
    }

    /** Element ids in {@code bpmn/incident.bpmn}. */
    public static final class Elements {
        public static final String TRIAGE = "Task_TriageIncident";
        public static final String DISMISS = "Task_DismissIncident";
        public static final String END_DISMISSED = "End_Dismissed";
        public static final String RESPONSE = "Subprocess_Response";
        public static final String INTERIM = "Task_InterimAnswer";
        public static final String FULL = "Task_FullAnswer";
        public static final String PUBLISH = "Task_PublishResponse";
        public static final String END_CLOSED = "End_Closed";
        public static final String TIMER_TRIAGE_OVERDUE = "Timer_TriageOverdue";
        public static final String TIMER_INTERIM_OVERDUE = "Timer_InterimOverdue";
        public static final String ESCALATE_INTERIM = "Task_EscalateInterimOverdue";
        public static final String END_INTERIM_ESCALATED = "End_InterimEscalated";

        private Elements() {
        }
    }

    /** The coordinator's triage decision. */
    public enum TriageDecision { TAKE, DISMISS }

    /** The department's outcome at the interim and the full answer. */
    public enum ResponseOutcome { INTERIM, ANSWER, RESOLVED, NOT_OURS }

    /** Process variables of the incident process. */
    public static final class Variables {
        /** Due date of triage: the coordinator's own term, from receipt (or from a return as "not ours"). */
        public static final ProcessVariable<Instant> STAGE_DUE_AT = ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
        /** Due date of the department's interim answer, from the handover; read by the task and {@code Timer_InterimOverdue}. */
        public static final ProcessVariable<Instant> INTERIM_DUE_AT = instant("interimDueAt");
        public static final ProcessVariable<TriageDecision> TRIAGE_DECISION = enumeration("triageDecision", TriageDecision.class);
        public static final ProcessVariable<String> DISMISS_REASON = string("dismissReason");
        public static final ProcessVariable<ResponseOutcome> RESPONSE_OUTCOME = enumeration("responseOutcome", ResponseOutcome.class);
        public static final ProcessVariable<String> INTERIM_TEXT = string("interimText");
        public static final ProcessVariable<String> EVIDENCE_TEXT = string("evidenceText");
        public static final ProcessVariable<String> EVIDENCE_LINK = string("evidenceLink");
        public static final ProcessVariable<String> NOT_OURS_REASON = string("notOursReason");

        private Variables() {
        }
    }
}
