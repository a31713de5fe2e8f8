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

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
