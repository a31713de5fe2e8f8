package ru.mcu.workflow.pos;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRated;
import ru.mcu.workflow.support.AsSystem;

/**
 * Hands the author's rating to the waiting process ({@code Event_RatingReceived}), in the
 * transaction that recorded it. A case whose process does not wait for a rating (an answered
 * 59-ФЗ appeal) keeps the rating for the statistics only. Runs as the system: the citizen on
 * the public page has no engine identity at all.
 */
@Component
class RatingCorrelation {

    private final RuntimeService runtime;

    private final IdentityService identity;

    RatingCorrelation(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    void on(CaseRated rated) {
        AsSystem.run(identity, () -> runtime.createMessageCorrelation(PosProcess.MESSAGE_RATING_RECEIVED)
                .processInstanceBusinessKey(rated.caseNumber())
                .setVariable(PosProcess.Variables.RATING_SCORE.name(), rated.score())
                .correlateAllWithResult());
    }
}
