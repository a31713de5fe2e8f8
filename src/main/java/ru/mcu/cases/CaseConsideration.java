package ru.mcu.cases;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's side of a case: the clerk's answer or "not ours", the block head's
 * approval, and the dispatch of the answer.
 */
@Service
@Transactional
public class CaseConsideration {

    static final int MAX_ANSWER_LENGTH = 20_000;

    private final CaseRepository cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseConsideration(CaseRepository cases, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    public void returnAsNotOurs(String number, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseDataException("notOursReason", "Укажите, почему обращение не относится к компетенции департамента");
        }
        load(number).returnAsNotOurs(reason.trim(), actor, clock.instant());
    }

    public void draftAnswer(String number, String answer, String actor) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidCaseDataException("answerText", "Текст ответа не может быть пустым");
        }
        if (answer.length() > MAX_ANSWER_LENGTH) {
            throw new InvalidCaseDataException("answerText", "Текст ответа длиннее " + MAX_ANSWER_LENGTH + " символов");
        }
        load(number).draftAnswer(answer.strip(), actor, clock.instant());
    }

    public void returnAnswer(String number, String remarks, String actor) {
        if (remarks == null || remarks.isBlank()) {
            throw new InvalidCaseDataException("approvalRemarks", "Укажите замечания к проекту ответа");
        }
        load(number).returnAnswer(remarks.trim(), actor, clock.instant());
    }

    public void approveAnswer(String number, String actor) {
        load(number).approveAnswer(actor, clock.instant());
    }

    public void dispatchAnswer(String number) {
        load(number).dispatchAnswer(clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.ANSWERED));
    }

    /** A clerk claimed the case's task in Tasklist. */
    public void takenByClerk(String number, String clerk, String clerkName) {
        load(number).takenByClerk(clerk, clerkName, clock.instant());
    }

    /** The interim answer to an incident. */
    public void giveInterimAnswer(String number, String text, String actor) {
        requireText("interimText", text, "Текст промежуточного ответа не может быть пустым");
        load(number).giveInterimAnswer(text.strip(), actor, clock.instant());
    }

    /** The problem solved on the spot, with evidence: closes the incident at once. */
    public void resolveOnSpot(String number, String answer, String evidence, String actor) {
        requireText("evidenceText", answer, "Опишите, что сделано");
        load(number).resolveOnSpot(answer.strip(), evidence, actor, clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.RESOLVED_ON_SPOT));
    }

    /** The full answer to an incident closes it. */
    public void giveFullAnswer(String number, String answer, String actor) {
        requireText("answerText", answer, "Текст ответа не может быть пустым");
        load(number).giveFullAnswer(answer.strip(), actor, clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.ANSWERED));
    }

    /** The approved answer to a ПОС message is published and the author asked to rate it. */
    public void publishAnswer(String number) {
        load(number).publishAnswer(clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.ANSWER_PUBLISHED));
    }

    /** ПОС: the approved answer «запланировано» is published with its planned date. */
    public void publishPlannedAnswer(String number, java.time.LocalDate plannedFor) {
        load(number).publishPlannedAnswer(plannedFor, clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.PLANNED_ANSWER_GIVEN));
    }

    /** ПОС: the planned date of a message answered «запланировано» came; back to the department. */
    public void resumePlannedWork(String number) {
        load(number).resumePlannedWork(clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.PLANNED_DATE_REACHED));
    }

    /** The answer to an incident is handed over for publication under the post. */
    public void recordResponsePublished(String number) {
        load(number).recordResponsePublished(clock.instant());
    }

    /** ст. 11 at consideration: the clerk proposes (ч. 3, ч. 5, ч. 6), the block head decides. */
    public void proposeSpecialHandling(String number, Resolution resolution, String reason, String earlierAnswers, String actor) {
        if (resolution == Resolution.CORRESPONDENCE_ENDED && (earlierAnswers == null || earlierAnswers.isBlank())) {
            throw new InvalidCaseDataException("earlierAnswers", "Укажите ранее данные письменные ответы по существу "
                    + "(номера и даты), на которых основано предложение прекратить переписку");
        }
        String why = earlierAnswers == null || earlierAnswers.isBlank() ? reason
                : "Ранее данные ответы по существу: " + earlierAnswers.strip() + (reason == null || reason.isBlank() ? "" : ". " + reason.strip());
        load(number).proposeSpecialHandling(resolution, why, actor, clock.instant());
    }

    /** The block head refuses the proposal under ст. 11: the clerk answers on the merits. */
    public void refuseSpecialHandling(String number, String comment, String actor) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidCaseDataException("specialDecisionComment", "Укажите, почему обращение следует рассмотреть по существу");
        }
        load(number).refuseSpecialHandling(comment.strip(), actor, clock.instant());
    }

    /** The block head agreed: the appeal ends under ст. 11, the citizen is notified. */
    public void closeAfterConsideration(String number, Resolution resolution, String earlierAnswers, String comment, String actor) {
        String lead = earlierAnswers == null || earlierAnswers.isBlank() ? null : "Ранее данные ответы по существу: " + earlierAnswers.strip();
        String tail = comment == null || comment.isBlank() ? null : comment.strip();
        String note = lead == null ? tail : tail == null ? lead : lead + ". " + tail;
        load(number).closeAfterConsideration(resolution, note, actor, clock.instant());
        events.publishEvent(new CaseClosed(number, resolution));
    }

    private static void requireText(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseDataException(field, message);
        }
        if (text.length() > MAX_ANSWER_LENGTH) {
            throw new InvalidCaseDataException(field, "Текст длиннее " + MAX_ANSWER_LENGTH + " символов");
        }
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
