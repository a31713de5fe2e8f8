package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.support.ProcessVariable.bool;
import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.instant;
import static ru.mcu.workflow.support.ProcessVariable.integer;
import static ru.mcu.workflow.support.ProcessVariable.string;

import org.camunda.bpm.engine.variable.VariableMap;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.common.CaseVariables;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * The 59-ФЗ appeal process ({@code bpmn/appeal.bpmn}): its key, the ids of the elements the
 * code and tests refer to, and its variables.
 */
public final class AppealProcess {

    public static final String KEY = "appeal";
    public static final String ROUTING_DECISION = "appeal-routing";

    private AppealProcess() {
    }

    /** The variables a new appeal's process starts with: see {@link CaseVariables#startVariables}. */
    public static VariableMap startVariables(String caseNumber, String channel, String rubric, String district, String text) {
        return CaseVariables.startVariables(caseNumber, channel, rubric, null, district, null, text);
    }

    /** The top-level rubric code: {@code roads} for {@code roads.potholes}. */
    static String topicOf(String rubricCode) {
        return CaseVariables.topicOf(rubricCode);
    }

    /** Element ids in {@code bpmn/appeal.bpmn}. */
    public static final class Elements {
        public static final String START = "Start_AppealReceived";
        public static final String ROUTE_BY_RULES = "Task_RouteByRules";
        public static final String REGISTER = "Task_RegisterAppeal";
        public static final String CONSIDER = "Task_ConsiderAppeal";
        public static final String APPROVE = "Task_ApproveAnswer";
        public static final String REVISE = "Task_ReviseAnswer";
        public static final String REROUTE = "Task_RerouteAppeal";
        public static final String FORWARD = "Task_ForwardAppeal";
        public static final String CLOSE_WITHOUT_ANSWER = "Task_CloseWithoutAnswer";
        public static final String DISPATCH = "Task_DispatchAnswer";
        public static final String END_ANSWERED = "End_Answered";
        public static final String END_FORWARDED = "End_Forwarded";
        public static final String END_CLOSED_WITHOUT_ANSWER = "End_ClosedWithoutAnswer";
        public static final String ASSIGN_ANSWER_TERM = "Task_AssignAnswerTerm";
        public static final String CONSIDERATION = "Subprocess_Consideration";
        public static final String DECIDE_EXTENSION = "Task_DecideExtension";
        public static final String RESUME = "Task_ResumeConsideration";
        public static final String RECOMPUTE_ANSWER_TERM = "Task_RecomputeAnswerTerm";
        public static final String TIMER_REGISTRATION_OVERDUE = "Timer_RegistrationOverdue";
        public static final String ESCALATE_REGISTRATION = "Task_EscalateRegistration";
        public static final String TIMER_ANSWER_REMINDER = "Timer_AnswerReminder";
        public static final String TIMER_ANSWER_DUE = "Timer_AnswerDue";
        public static final String TIMER_ANSWER_LONG_OVERDUE = "Timer_AnswerLongOverdue";
        public static final String REMIND_DEPARTMENT = "Task_RemindDepartment";
        public static final String ESCALATE_TO_BLOCK_HEAD = "Task_EscalateToBlockHead";
        public static final String ESCALATE_TO_MCU_HEAD = "Task_EscalateToMcuHead";
        /** The user tasks whose term is the answer term (inside the consideration subprocess). */
        public static final java.util.List<String> ANSWER_TERM_TASKS = java.util.List.of(CONSIDER, APPROVE, REVISE, DECIDE_EXTENSION);

        private Elements() {
        }
    }

    /** The registrar's decision on registration. */
    public enum RegistrationDecision { REGISTER, FORWARD, SPECIAL }

    /** The clerk's outcome of consideration. */
    public enum ConsiderationOutcome { ANSWER, NOT_OURS, EXTENSION, SUSPEND }

    /** The block head's decision on an extension request. */
    public enum ExtensionDecision { APPROVE, REJECT }

    /** The МЦУ's decision on a case a department returned. */
    public enum RerouteDecision { DEPARTMENT, FORWARD }

    /** Process variables. */
    public static final class Variables {
        // set at start
        public static final ProcessVariable<String> CASE_NUMBER = CaseVariables.CASE_NUMBER;
        public static final ProcessVariable<String> CHANNEL = CaseVariables.CHANNEL;
        public static final ProcessVariable<String> RUBRIC = CaseVariables.RUBRIC;
        public static final ProcessVariable<String> DISTRICT = CaseVariables.DISTRICT;
        /** Lower-case text of the appeal, for keyword rules; transient, never stored. */
        public static final ProcessVariable<String> ROUTING_TEXT = CaseVariables.ROUTING_TEXT;
        /** Top-level rubric code; transient, for the routing table. */
        public static final ProcessVariable<String> ROUTING_TOPIC = CaseVariables.ROUTING_TOPIC;

        // the routing table's result, confirmed or changed by the registrar
        public static final ProcessVariable<String> DEPARTMENT = CaseVariables.DEPARTMENT;

        // registration form
        public static final ProcessVariable<RegistrationDecision> REGISTRATION_DECISION =
                enumeration("registrationDecision", RegistrationDecision.class);
        public static final ProcessVariable<AppealKind> KIND = enumeration("kind", AppealKind.class);
        public static final ProcessVariable<String> ADDRESS = CaseVariables.ADDRESS;
        public static final ProcessVariable<Resolution> SPECIAL_REASON = enumeration("specialReason", Resolution.class);
        public static final ProcessVariable<String> REGISTRAR_COMMENT = string("registrarComment");
        public static final ProcessVariable<String> FORWARD_TO = string("forwardTo");
        /** Who decided to forward or close: the registrar; read by the service tasks that follow. */
        public static final ProcessVariable<String> DECIDED_BY = CaseVariables.DECIDED_BY;

        // consideration and revision forms
        public static final ProcessVariable<ConsiderationOutcome> CONSIDERATION_OUTCOME =
                enumeration("considerationOutcome", ConsiderationOutcome.class);
        public static final ProcessVariable<String> ANSWER_TEXT = CaseVariables.ANSWER_TEXT;
        public static final ProcessVariable<String> NOT_OURS_REASON = string("notOursReason");
        public static final ProcessVariable<String> ANSWER_AUTHOR = CaseVariables.ANSWER_AUTHOR;

        // approval form
        public static final ProcessVariable<CaseVariables.ApprovalDecision> APPROVAL_DECISION = CaseVariables.APPROVAL_DECISION;
        public static final ProcessVariable<String> APPROVAL_REMARKS = CaseVariables.APPROVAL_REMARKS;

        // re-routing form
        public static final ProcessVariable<RerouteDecision> REROUTE_DECISION =
                enumeration("rerouteDecision", RerouteDecision.class);
        public static final ProcessVariable<String> REROUTE_COMMENT = string("rerouteComment");

        // terms: dates read by timers and shown as due and follow-up dates in Tasklist
        public static final ProcessVariable<java.time.Instant> REGISTRATION_DUE_AT = instant("registrationDueAt");
        public static final ProcessVariable<java.time.Instant> REGISTRATION_REMIND_AT = instant("registrationRemindAt");
        public static final ProcessVariable<String> REGISTRATION_TERM_TEXT = string("registrationTermText");
        public static final ProcessVariable<java.time.Instant> ANSWER_DUE_AT = CaseVariables.ANSWER_DUE_AT;
        public static final ProcessVariable<java.time.Instant> ANSWER_REMIND_AT = CaseVariables.ANSWER_REMIND_AT;
        public static final ProcessVariable<java.time.Instant> ANSWER_ESCALATE_AT = CaseVariables.ANSWER_ESCALATE_AT;
        /** The current term as people read it, a column of the Tasklist filters. */
        public static final ProcessVariable<String> TERM_TEXT = CaseVariables.TERM_TEXT;
        /** The rubric's name, a column of the Tasklist filters. */
        public static final ProcessVariable<String> RUBRIC_NAME = CaseVariables.RUBRIC_NAME;

        // extension and suspension
        public static final ProcessVariable<Integer> EXTENSION_DAYS = integer("extensionDays");
        public static final ProcessVariable<String> EXTENSION_REASON = string("extensionReason");
        public static final ProcessVariable<ExtensionDecision> EXTENSION_DECISION =
                enumeration("extensionDecision", ExtensionDecision.class);
        public static final ProcessVariable<String> EXTENSION_COMMENT = string("extensionComment");
        public static final ProcessVariable<String> SUSPENSION_REASON = string("suspensionReason");
        public static final ProcessVariable<String> SUSPENDED_BY = string("suspendedBy");
        public static final ProcessVariable<Boolean> DOCUMENTS_RECEIVED = bool("documentsReceived");

        private Variables() {
        }
    }
}
