package ru.mcu.workflow.pos;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRated;

/**
 * Hands the author's rating to the waiting process ({@code Event_RatingReceived}), in the
 * transaction that recorded it. A case whose process does not wait for a rating (an answered
 * 59-ФЗ appeal) keeps the rating for the statistics only.
 */
@Component
class RatingCorrelation {

    private final RuntimeService runtime;

    RatingCorrelation(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(CaseRated rated) {
        runtime.createMessageCorrelation(PosProcess.MESSAGE_RATING_RECEIVED)
                .processInstanceBusinessKey(rated.caseNumber())
                .setVariable(PosProcess.Variables.RATING_SCORE.name(), rated.score())
                .correlateAllWithResult();
    }
}
