package ru.mcu.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ru.mcu.platform.time.AdjustableClock;
import ru.mcu.workflow.support.EngineTime;

/**
 * Files a demo case in the past: the application's clock and the engine's are turned back
 * together for the length of the call and then put back where they were, so that the case is
 * received, registered and given its terms on that day exactly as a case filed then would have
 * been. The timers it leaves behind that have come due since fire as soon as time is back,
 * as after a weekend the server was off.
 *
 * <p>Only the demo's start uses it, for a second or two. The clocks are the application's own,
 * so whatever else runs in those seconds reads the past too: a request to the API or a round of
 * the outbox or of the ЦУР feed would be stamped weeks back. Nobody works in a demo that is
 * still starting, which is why the demo may do this and production code never does.
 */
@Component
class DemoTimeMachine {

    private static final Logger log = LoggerFactory.getLogger(DemoTimeMachine.class);

    private final Clock clock;

    DemoTimeMachine(Clock clock) {
        this.clock = clock;
    }

    /** Whether the clocks can be turned back (the application's clock is the adjustable one). */
    boolean available() {
        return clock instanceof AdjustableClock;
    }

    /** Runs {@code filing} with both clocks reading {@code then} when it starts. */
    void at(Instant then, Runnable filing) {
        if (!(clock instanceof AdjustableClock adjustable)) {
            log.warn("The application's clock cannot be turned back: the demo case is filed today");
            filing.run();
            return;
        }
        Duration applicationOffset = adjustable.offset();
        Duration engineOffset = EngineTime.offset();
        Duration back = Duration.between(clock.instant(), then);
        adjustable.setOffset(applicationOffset.plus(back));
        EngineTime.setOffset(engineOffset.plus(back));
        try {
            filing.run();
        } finally {
            adjustable.setOffset(applicationOffset);
            EngineTime.setOffset(engineOffset);
        }
    }
}
