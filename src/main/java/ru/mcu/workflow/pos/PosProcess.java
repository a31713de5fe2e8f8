package ru.mcu.workflow.pos;

import static ru.mcu.workflow.support.ProcessVariable.enumeration;
import static ru.mcu.workflow.support.ProcessVariable.instant;
import static ru.mcu.workflow.support.ProcessVariable.integer;
import static ru.mcu.workflow.support.ProcessVariable.string;

import java.time.Instant;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * The ПОС message process ({@code bpmn/pos-message.bpmn}): key, element ids and the variables
 * of its own; the shared ones are in {@link ru.mcu.workflow.common.CaseVariables}.
 */
public final class PosProcess {

    public static final String KEY = "pos-message";
    public static final String RATING_DECISION = "rating-outcome";
    /** The message correlated when the author rates the answer. */
    public static final String MESSAGE_RATING_RECEIVED = "RatingReceived";

    private PosProcess() {
    }

    /** Element ids in {@code bpmn/pos-message.bpmn}. */
    public static final class Elements {
        public static final String MODERATE = "Task_ModerateMessage";
        public static final String REJECT = "Task_RejectMessage";
        public static final String END_REJECTED = "End_Rejected";
        public static final String REDIRECT = "Task_RedirectMessage";
        public static final String PUBLISH_PLANNED = "Task_PublishPlannedAnswer";
        public static final String DECIDE_EXTENSION = "Task_DecidePosExtension";
        public static final String PLANNED_DATE_REACHED = "Event_PlannedDateReached";
        public static final String RESUME_PLANNED = "Task_ResumePlannedWork";
        public static final String END_REDIRECTED = "End_Redirected";
        public static final String COORDINATE = "Task_CoordinateMessage";
        public static final String EXECUTION = "Subprocess_Execution";
        public static final String EXECUTE = "Task_ExecuteMessage";
        public static final String APPROVE = "Task_ApproveAnswer";
        public static final String REVISE = "Task_ReviseAnswer";
        public static final String PUBLISH = "Task_PublishAnswer";
        public static final String AWAIT_RATING = "Gateway_AwaitRating";
        public static final String RATING_RECEIVED = "Event_RatingReceived";
        public static final String RATING_WINDOW_CLOSED = "Event_RatingWindowClosed";
        public static final String START_REWORK = "Task_StartRework";
        public static final String END_CLOSED = "End_Closed";
        public static final String END_CLOSED_WITHOUT_RATING = "End_ClosedWithoutRating";
        public static final String TIMER_MODERATION_OVERDUE = "Timer_ModerationOverdue";
        public static final String TIMER_COORDINATION_OVERDUE = "Timer_CoordinationOverdue";

        private Elements() {
        }
    }

    /** The moderator's decision: accept, reject with a reason, or redirect outside the administration (version 2 on). */
    public enum ModerationDecision { ACCEPT, REJECT, REDIRECT }

    /** The ПОС coordinator's decision on the department's request for the single extension. */
    public enum ExtensionDecision { APPROVE, REJECT }

    /**
     * Why a message is rejected at moderation, as the moderation form lists them (docs/pos.md).
     * {@code NOT_MUNICIPAL} is no longer offered: such a message is redirected; it stays for the
     * instances of version 1 and the history.
     */
    public enum RejectionReason {
        OBSCENE(Resolution.REJECTED_OBSCENE), NO_ESSENCE(Resolution.REJECTED_NO_ESSENCE), DUPLICATE(Resolution.REJECTED_DUPLICATE),
        SPAM(Resolution.REJECTED_SPAM), PERSONAL_DATA(Resolution.REJECTED_PERSONAL_DATA), COURT(Resolution.REJECTED_COURT),
        UNLAWFUL(Resolution.REJECTED_UNLAWFUL), OTHER(Resolution.REJECTED_OTHER), NOT_MUNICIPAL(Resolution.REJECTED_NOT_MUNICIPAL);

        private final Resolution resolution;

        RejectionReason(Resolution resolution) {
            this.resolution = resolution;
        }

        public Resolution resolution() {
            return resolution;
        }
    }

    /** Process variables of the ПОС process. */
    public static final class Variables {
        /** Due date of the МЦУ's current stage (moderation, then coordination). */
        public static final ProcessVariable<Instant> STAGE_DUE_AT = ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
        public static final ProcessVariable<ModerationDecision> MODERATION_DECISION =
                enumeration("moderationDecision", ModerationDecision.class);
        public static final ProcessVariable<RejectionReason> REJECTION_REASON = enumeration("rejectionReason", RejectionReason.class);
        public static final ProcessVariable<String> MODERATION_COMMENT = string("moderationComment");
        /** The reason typed by the moderator when he chose «Иное». */
        public static final ProcessVariable<String> REJECTION_OTHER_TEXT = string("rejectionOtherText");
        /** The organisation outside the administration a message is redirected to (free text). */
        public static final ProcessVariable<String> REDIRECT_ORGANIZATION = string("redirectOrganization");
        /** Read-only on the moderation form: the organisations messages were redirected to before. */
        public static final ProcessVariable<String> REDIRECT_SUGGESTIONS = string("redirectSuggestions");
        /** Why the department asks for the extension. */
        public static final ProcessVariable<String> EXTENSION_REASON = string("extensionReason");
        public static final ProcessVariable<ExtensionDecision> EXTENSION_DECISION = enumeration("extensionDecision", ExtensionDecision.class);
        /** The coordinator's reason for granting (or refusing) the extension. */
        public static final ProcessVariable<String> EXTENSION_COMMENT = string("extensionComment");
        /** The date the works are planned for, as the form's date field gives it (yyyy-MM-dd). */
        public static final ProcessVariable<String> PLANNED_DATE = string("plannedDate");
        /** When {@code Event_PlannedDateReached} fires: the planned date, 09:00 local time. */
        public static final ProcessVariable<Instant> PLANNED_AT = instant("plannedAt");
        /** The department's outcome: ANSWER, PLANNED or NOT_OURS (same name as the appeal's). */
        public static final ProcessVariable<String> CONSIDERATION_OUTCOME = string("considerationOutcome");
        public static final ProcessVariable<String> NOT_OURS_REASON = string("notOursReason");
        public static final ProcessVariable<Integer> RATING_SCORE = integer("ratingScore");
        public static final ProcessVariable<String> RATING_OUTCOME = string("ratingOutcome");
        public static final ProcessVariable<Instant> RATING_WINDOW_ENDS_AT = instant("ratingWindowEndsAt");

        private Variables() {
        }
    }
}
