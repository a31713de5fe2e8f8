package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.string;

import java.util.Locale;
import org.camunda.bpm.engine.variable.VariableMap;
import ru.mcu.cases.AppealKind;
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

    /**
     * The variables a new appeal's process starts with. The text and topic are transient: the
     * routing table reads them on the way to the first wait state and they are never stored.
     */
    public static VariableMap startVariables(String caseNumber, String channel, String rubric, String district, String text) {
        return org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.CASE_NUMBER.name(), caseNumber)
                .putValue(Variables.CHANNEL.name(), channel)
                .putValue(Variables.RUBRIC.name(), rubric)
                .putValue(Variables.DISTRICT.name(), district)
                .putValueTyped(Variables.ROUTING_TEXT.name(),
                        Variables.ROUTING_TEXT.transientValue(text == null ? "" : text.toLowerCase(Locale.ROOT)))
                .putValueTyped(Variables.ROUTING_TOPIC.name(), Variables.ROUTING_TOPIC.transientValue(topicOf(rubric)));
    }

    /** The top-level rubric code: {@code roads} for {@code roads.potholes}. */
    static String topicOf(String rubricCode) {
        if (rubricCode == null) {
            return null;
        }
        int dot = rubricCode.indexOf('.');
        return dot < 0 ? rubricCode : rubricCode.substring(0, dot);
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

        private Elements() {
        }
    }

    /** The registrar's decision on registration. */
    public enum RegistrationDecision { REGISTER, FORWARD, SPECIAL }

    /** The clerk's outcome of consideration. */
    public enum ConsiderationOutcome { ANSWER, NOT_OURS }

    /** The block head's decision on a draft answer. */
    public enum ApprovalDecision { APPROVE, RETURN }

    /** The МЦУ's decision on a case a department returned. */
    public enum RerouteDecision { DEPARTMENT, FORWARD }

    /** Process variables. */
    public static final class Variables {
        // set at start
        public static final ProcessVariable<String> CASE_NUMBER = string("caseNumber");
        public static final ProcessVariable<String> CHANNEL = string("channel");
        public static final ProcessVariable<String> RUBRIC = string("rubric");
        public static final ProcessVariable<String> DISTRICT = string("district");
        /** Lower-case text of the appeal, for keyword rules; transient, never stored. */
        public static final ProcessVariable<String> ROUTING_TEXT = string("text");
        /** Top-level rubric code; transient, for the routing table. */
        public static final ProcessVariable<String> ROUTING_TOPIC = string("topic");

        // the routing table's result, confirmed or changed by the registrar
        public static final ProcessVariable<String> DEPARTMENT = string("department");

        // registration form
        public static final ProcessVariable<RegistrationDecision> REGISTRATION_DECISION =
                enumeration("registrationDecision", RegistrationDecision.class);
        public static final ProcessVariable<AppealKind> KIND = enumeration("kind", AppealKind.class);
        public static final ProcessVariable<String> ADDRESS = string("address");
        public static final ProcessVariable<Resolution> SPECIAL_REASON = enumeration("specialReason", Resolution.class);
        public static final ProcessVariable<String> REGISTRAR_COMMENT = string("registrarComment");
        public static final ProcessVariable<String> FORWARD_TO = string("forwardTo");
        /** Who decided to forward or close: the registrar; read by the service tasks that follow. */
        public static final ProcessVariable<String> DECIDED_BY = string("decidedBy");

        // consideration and revision forms
        public static final ProcessVariable<ConsiderationOutcome> CONSIDERATION_OUTCOME =
                enumeration("considerationOutcome", ConsiderationOutcome.class);
        public static final ProcessVariable<String> ANSWER_TEXT = string("answerText");
        public static final ProcessVariable<String> NOT_OURS_REASON = string("notOursReason");
        public static final ProcessVariable<String> ANSWER_AUTHOR = string("answerAuthor");

        // approval form
        public static final ProcessVariable<ApprovalDecision> APPROVAL_DECISION =
                enumeration("approvalDecision", ApprovalDecision.class);
        public static final ProcessVariable<String> APPROVAL_REMARKS = string("approvalRemarks");

        // re-routing form
        public static final ProcessVariable<RerouteDecision> REROUTE_DECISION =
                enumeration("rerouteDecision", RerouteDecision.class);
        public static final ProcessVariable<String> REROUTE_COMMENT = string("rerouteComment");

        private Variables() {
        }
    }
}
