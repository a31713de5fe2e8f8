package ru.mcu.cases;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a case's terms, as recorded on the case: terms assigned and changed,
 * extensions asked for and decided, suspensions, overdue marks and escalations. The
 * arithmetic lives in the deadline module; this only keeps the record.
 */
@Service
@Transactional
public class CaseTermRecords {

    private final CaseRepository cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseTermRecords(CaseRepository cases, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The term of the first step of a case its caller has loaded; {@code stage} names it for
     * people ("Регистрация", "Модерация").
     */
    public void assignRegistrationTerm(Case c, Instant due, String stage, String rule) {
        c.assignRegistrationTerm(due, stage, rule, clock.instant());
    }

    public void assignInterimTerm(Case c, Instant due, String rule) {
        c.assignInterimTerm(due, rule, clock.instant());
    }

    public void assignAnswerTerm(Case c, Instant due, String rule) {
        c.assignAnswerTerm(due, rule, clock.instant());
    }

    /** A request for more time on its ground (ст. 12 ч. 2 59-ФЗ); refused once the term has run out. */
    public void requestExtension(Case c, int days, ExtensionGround ground, String reason, int maxDays, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseDataException("extensionReason", "Укажите причину продления срока");
        }
        c.requestExtension(days, ground, reason.trim(), maxDays, actor, clock.instant());
    }

    /**
     * Records the decision; when approved, the caller assigns the new term with {@link #extendAnswerTerm}.
     * An approval after the term has run out is refused: the case stays late.
     */
    public Extension decideExtension(Case c, boolean approved, String comment, String actor) {
        boolean termPassed = c.getAnswerDueAt() != null && !clock.instant().isBefore(c.getAnswerDueAt());
        if (!approved && !termPassed && (comment == null || comment.isBlank())) {
            throw new InvalidCaseDataException("extensionComment", "Укажите причину отказа в продлении");
        }
        return c.decideExtension(approved, comment, actor, clock.instant());
    }

    /** The new answer term after an approved extension; the citizen is notified. */
    public void extendAnswerTerm(Case c, int days, Instant newDue, String rule) {
        c.assignAnswerTerm(newDue, rule, clock.instant());
        events.publishEvent(new AnswerTermExtended(c.getNumber(), days, newDue));
    }

    public void suspend(String number, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseDataException("suspensionReason", "Укажите причину приостановления (какие документы ожидаются)");
        }
        load(number).suspend(reason.trim(), actor, clock.instant());
    }

    public void resume(String number, String actor) {
        load(number).resume(actor, clock.instant());
    }

    /** Marks the case overdue; false when it was already marked or is closed. */
    public boolean markOverdue(String number) {
        return load(number).markOverdue(clock.instant());
    }

    /** Records that an incident's interim answer is overdue; false when there was nothing to mark. */
    public boolean markInterimOverdue(String number) {
        return load(number).markInterimOverdue(clock.instant());
    }

    public void recordEscalation(String number, CaseEventType type, String description) {
        load(number).recordEscalation(type, description, clock.instant());
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
