package ru.mcu.workflow.common;

import static ru.mcu.workflow.support.ProcessVariable.bool;
import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.instant;
import static ru.mcu.workflow.support.ProcessVariable.string;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.Locale;
import ru.mcu.cases.ResultType;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * The variables every case process has under the same names (appeal, ПОС message, incident),
 * so that the shared delegates — routing, approval, reminders, escalations — serve them all.
 */
public final class CaseVariables {

    /** The message that ends a case's process when the case was closed outside it (every model has it). */
    public static final String MESSAGE_CLOSED_ELSEWHERE = "CaseClosedElsewhere";

    public static final ProcessVariable<String> CASE_NUMBER = string("caseNumber");
    public static final ProcessVariable<String> CHANNEL = string("channel");
    public static final ProcessVariable<String> RUBRIC = string("rubric");
    public static final ProcessVariable<String> RUBRIC_NAME = string("rubricName");
    public static final ProcessVariable<String> DISTRICT = string("district");
    public static final ProcessVariable<String> ADDRESS = string("address");
    /** Lower-case text of the case, for keyword rules; transient, never stored. */
    public static final ProcessVariable<String> ROUTING_TEXT = string("text");
    /** Top-level rubric code; transient, for the routing table. */
    public static final ProcessVariable<String> ROUTING_TOPIC = string("topic");
    /** The responsible department's code: routing table result, confirmed or changed by people. */
    public static final ProcessVariable<String> DEPARTMENT = string("department");

    /** Due date of the МЦУ's current stage: ПОС moderation, then coordination; incident triage. */
    public static final ProcessVariable<Instant> STAGE_DUE_AT = instant("stageDueAt");
    public static final ProcessVariable<Instant> ANSWER_DUE_AT = instant("answerDueAt");
    public static final ProcessVariable<Instant> ANSWER_REMIND_AT = instant("answerRemindAt");
    public static final ProcessVariable<Instant> ANSWER_ESCALATE_AT = instant("answerEscalateAt");
    /** The current term as people read it, a column of the Tasklist filters. */
    public static final ProcessVariable<String> TERM_TEXT = string("termText");

    public static final ProcessVariable<String> ANSWER_TEXT = string("answerText");
    public static final ProcessVariable<String> ANSWER_AUTHOR = string("answerAuthor");
    public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION =
            enumeration("approvalDecision", ApprovalDecision.class);
    public static final ProcessVariable<String> APPROVAL_REMARKS = string("approvalRemarks");
    /** The result of an appeal as ССТУ.РФ counts it, chosen by the block head at approval. */
    public static final ProcessVariable<ResultType> RESULT_TYPE = enumeration("resultType", ResultType.class);
    /** Whether the approved answer goes on additional control (it promises works). */
    public static final ProcessVariable<Boolean> ADDITIONAL_CONTROL = bool("additionalControl");
    /** The day of the additional control as the form's date field writes it: {@code 2026-12-01}. */
    public static final ProcessVariable<String> CONTROL_DATE = string("controlDate");
    /** The number of the main case of the same problem, when staff link this case to it on a form. */
    public static final ProcessVariable<String> LINK_TO_CASE = string("linkToCase");
    /** Who took the decision a following service task records (forward, reject, dismiss). */
    public static final ProcessVariable<String> DECIDED_BY = string("decidedBy");

    /** The block head's decision on a draft answer. */
    public enum ApprovalDecision { APPROVE, RETURN }

    private CaseVariables() {
    }

    /**
     * The case's number: the process instance's business key, which the process is started with
     * along with {@link #CASE_NUMBER}. Reading the variable from a timer's job costs a query at
     * each scope between the timer's execution and the process instance; the business key comes
     * with the instance the job has loaded anyway (docs/performance.md, "The storm, cut").
     */
    public static String caseNumberOf(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        return key != null ? key : CASE_NUMBER.get(execution);
    }

    /**
     * The case's text as the routing table's keyword rules read it ({@link #ROUTING_TEXT}):
     * lower case, empty when there is none.
     */
    public static String routingText(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** The top-level rubric code: {@code roads} for {@code roads.potholes}. */
    public static String topicOf(String rubricCode) {
        if (rubricCode == null) {
            return null;
        }
        int dot = rubricCode.indexOf('.');
        return dot < 0 ? rubricCode : rubricCode.substring(0, dot);
    }
}
