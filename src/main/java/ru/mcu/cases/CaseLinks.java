package ru.mcu.cases;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One problem, many cases: staff link cases to a main case; when the main case is answered,
 * every open linked case gets the same answer and closes, each author notified (the
 * accelerated resolution the Regulation asks for).
 */
@Service
@Transactional
public class CaseLinks {

    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseLinks(CaseRepository cases, CaseWorkflow workflow, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    public void link(String number, String mainNumber, String actor) {
        if (mainNumber == null || mainNumber.isBlank()) {
            throw new InvalidCaseDataException("mainCase", "Укажите номер основного обращения");
        }
        Case main = cases.findByNumber(mainNumber.trim()).orElseThrow(() -> new InvalidCaseDataException("mainCase",
                "Обращение " + mainNumber + " не найдено"));
        load(number).linkTo(main, actor, clock.instant());
    }

    public void unlink(String number, String actor) {
        load(number).unlink(actor, clock.instant());
    }

    /** The main case was answered: closes the open cases linked to it with its answer and ends their processes. */
    @EventListener
    void on(CaseClosed closed) {
        if (closed.resolution() == Resolution.ANSWERED || closed.resolution() == Resolution.RESOLVED_ON_SPOT) {
            answerLinked(closed.caseNumber());
        }
    }

    /** A ПОС answer is published (the message itself waits for its rating): the linked cases get it now. */
    @EventListener
    void on(CaseStatusChanged changed) {
        if (changed.step() == CaseEventType.ANSWER_PUBLISHED) {
            answerLinked(changed.caseNumber());
        }
    }

    /** Closes the open cases linked to {@code mainNumber} with its answer; returns their numbers. */
    public List<String> answerLinked(String mainNumber) {
        Case main = load(mainNumber);
        List<Case> linked = cases.findByMainCaseIdAndStatusNot(main.getId(), CaseStatus.CLOSED);
        for (Case c : linked) {
            c.answerViaMainCase(main, clock.instant());
            workflow.closedElsewhere(c.getNumber());
            events.publishEvent(new CaseClosed(c.getNumber(), Resolution.ANSWERED_VIA_MAIN_CASE));
        }
        return linked.stream().map(Case::getNumber).toList();
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
