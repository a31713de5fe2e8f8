package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.support.ProcessVariable.bool;
import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.instant;
import static ru.mcu.workflow.support.ProcessVariable.integer;
import static ru.mcu.workflow.support.ProcessVariable.string;
import static ru.mcu.workflow.support.ProcessVariable.untyped;

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
        /** Only in process versions before 3: 59-ФЗ knows no suspension; kept so that old instances can finish. */
        public static final String RESUME = "Task_ResumeConsideration";
        public static final String ASSIGN_FORWARDING_TERM = "Task_AssignForwardingTerm";
        public static final String TIMER_FORWARDING_OVERDUE = "Timer_ForwardingOverdue";
        public static final String ESCALATE_FORWARDING = "Task_EscalateForwarding";
        public static final String RECORD_ORAL_ANSWER = "Task_RecordOralAnswer";
        public static final String END_ANSWERED_ORALLY = "End_AnsweredOrally";
        public static final String DECIDE_SPECIAL_HANDLING = "Task_DecideSpecialHandling";
        public static final String CLOSE_AFTER_CONSIDERATION = "Task_CloseAfterConsideration";
        public static final String END_CLOSED_AFTER_CONSIDERATION = "End_ClosedAfterConsideration";
        public static final String RECOMPUTE_ANSWER_TERM = "Task_RecomputeAnswerTerm";
        public static final String TIMER_REGISTRATION_OVERDUE = "Timer_RegistrationOverdue";
        public static final String ESCALATE_REGISTRATION = "Task_EscalateRegistration";
        public static final String TIMER_ANSWER_REMINDER = "Timer_AnswerReminder";
        public static final String TIMER_ANSWER_DUE = "Timer_AnswerDue";
        public static final String TIMER_ANSWER_LONG_OVERDUE = "Timer_AnswerLongOverdue";
        public static final String REMIND_DEPARTMENT = "Task_RemindDepartment";
        public static final String ESCALATE_TO_BLOCK_HEAD = "Task_EscalateToBlockHead";
        public static final String ESCALATE_TO_MCU_HEAD = "Task_EscalateToMcuHead";
        public static final String ASSIGN_CO_EXECUTORS = "Task_AssignCoExecutors";
        public static final String GATEWAY_CO_EXECUTORS = "Gateway_CoExecutors";
        /** Multi-instance: one task per co-executor department. */
        public static final String CONTRIBUTE = "Task_ContributeAnswer";
        public static final String TIMER_CONTRIBUTION_OVERDUE = "Timer_ContributionOverdue";
        public static final String ESCALATE_CONTRIBUTION_OVERDUE = "Task_EscalateContributionOverdue";
        public static final String END_CONTRIBUTIONS_GIVEN = "End_ContributionsGiven";
        /** The user tasks whose term is the answer term (inside the consideration subprocess). */
        public static final java.util.List<String> ANSWER_TERM_TASKS = java.util.List.of(CONSIDER, APPROVE, REVISE, DECIDE_EXTENSION,
                DECIDE_SPECIAL_HANDLING);

        private Elements() {
        }
    }

    /** The registrar's decision on registration. */
    public enum RegistrationDecision {
        REGISTER, FORWARD, SPECIAL,
        /** ст. 13 ч. 2: a personal reception's appeal answered orally there, with the citizen's consent. */
        ORAL_ANSWER
    }

    /**
     * The clerk's outcome of consideration. {@code SUSPEND} exists only in process versions
     * before 3 (59-ФЗ knows no suspension) and is refused for new work.
     */
    public enum ConsiderationOutcome {
        ANSWER, NOT_OURS, EXTENSION, SUSPEND,
        /**
         * ст. 11 at consideration (ч. 3, ч. 5 ending the correspondence, ч. 6 secret): the clerk
         * proposes, the block head decides, the citizen is told.
         */
        SPECIAL
    }

    /** The block head's decision on the clerk's proposal under ст. 11 (e.g. to end the correspondence, ч. 5). */
    public enum SpecialDecision { APPROVE, REJECT }

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
        /** ст. 8 ч. 4: another competent body that gets a copy while the department answers the municipal part. */
        public static final ProcessVariable<String> COPY_TO = string("copyTo");
        /** ст. 11 ч. 1: the body an anonymous report of an offence goes to (police, prosecutor). */
        public static final ProcessVariable<String> OFFENCE_BODY = string("offenceBody");
        /** ст. 11 ч. 5.1: where on the official site the answer to the question is published. */
        public static final ProcessVariable<String> PUBLISHED_ANSWER_LINK = string("publishedAnswerLink");
        /** ст. 11 ч. 5: the earlier answers on the merits the decision to end the correspondence rests on. */
        public static final ProcessVariable<String> EARLIER_ANSWERS = string("earlierAnswers");
        /** ст. 13 ч. 2: the citizen agreed to an oral answer at the personal reception. */
        public static final ProcessVariable<Boolean> ORAL_ANSWER_CONSENT = bool("oralAnswerConsent");
        /** The number of the main case of the same problem, when the registrar links this one to it. */
        public static final ProcessVariable<String> LINK_TO_CASE = CaseVariables.LINK_TO_CASE;
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

        // co-executors: named on the registration form, one task each with its own sub-term
        /** The registrar's choice: the co-executor departments (a list from the form's tag list; see {@code CoExecutorChoice}). */
        public static final ProcessVariable<Object> CO_EXECUTORS_CHOSEN = untyped("coExecutors");
        /** The registrar's sub-term for the co-executors, a date; when empty the policy's default. */
        public static final ProcessVariable<String> CO_EXECUTION_DUE_DATE = string("coExecutionDueDate");
        /** True when co-executors were named: the gateway {@code Gateway_CoExecutors} reads it. */
        public static final ProcessVariable<Boolean> CO_EXECUTION = bool("coExecution");
        /** The multi-instance collection of {@code Task_ContributeAnswer}: department codes, a JSON list. */
        public static final ProcessVariable<Object> CO_EXECUTOR_DEPARTMENTS = untyped("coExecutorDepartments");
        /** The element variable of {@code Task_ContributeAnswer}: the co-executor department's code. */
        public static final ProcessVariable<String> CO_EXECUTOR = string("coExecutor");
        public static final ProcessVariable<java.time.Instant> CO_EXECUTION_DUE_AT = instant("coExecutionDueAt");
        public static final ProcessVariable<java.time.Instant> CO_EXECUTION_REMIND_AT = instant("coExecutionRemindAt");
        /** The co-executor's contribution, local to its task (an empty input parameter), so no other task sees it. */
        public static final ProcessVariable<String> CONTRIBUTION_TEXT = string("contributionText");
        /** Task-local: the contributions so far, shown read-only on the lead department's forms. */
        public static final ProcessVariable<String> CONTRIBUTIONS = string("coExecutionContributions");
        /** Task-local: the co-executor's sub-term as people read it. */
        public static final ProcessVariable<String> CONTRIBUTION_TERM_TEXT = string("contributionTermText");

        // extension and suspension
        public static final ProcessVariable<Integer> EXTENSION_DAYS = integer("extensionDays");
        public static final ProcessVariable<String> EXTENSION_REASON = string("extensionReason");
        public static final ProcessVariable<ru.mcu.cases.ExtensionGround> EXTENSION_GROUND = enumeration("extensionGround", ru.mcu.cases.ExtensionGround.class);
        public static final ProcessVariable<SpecialDecision> SPECIAL_DECISION =
                enumeration("specialDecision", SpecialDecision.class);
        public static final ProcessVariable<String> SPECIAL_DECISION_COMMENT = string("specialDecisionComment");
        /** The clerk's explanation of his proposal under ст. 11, for the block head and, when agreed, for the citizen. */
        public static final ProcessVariable<String> SPECIAL_COMMENT = string("specialComment");
        /** ст. 8 ч. 3: the 7 days from registration for forwarding, the due date of {@code Task_RerouteAppeal}. */
        public static final ProcessVariable<java.time.Instant> FORWARDING_DUE_AT = instant("forwardingDueAt");
        public static final ProcessVariable<ExtensionDecision> EXTENSION_DECISION =
                enumeration("extensionDecision", ExtensionDecision.class);
        public static final ProcessVariable<String> EXTENSION_COMMENT = string("extensionComment");
        // suspension: only in process versions before 3
        public static final ProcessVariable<String> SUSPENSION_REASON = string("suspensionReason");
        public static final ProcessVariable<String> SUSPENDED_BY = string("suspendedBy");
        public static final ProcessVariable<Boolean> DOCUMENTS_RECEIVED = bool("documentsReceived");

        private Variables() {
        }
    }
}
