package ru.mcu.workflow.support;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's clock, which stamps tasks and history and finds due timers. Its type is
 * internal to the engine and static: one per JVM, shared by every engine in it. Production code
 * never moves it; the demo turns it back, together with the application's clock, while it files
 * its back-dated cases.
 */
public final class EngineTime {

    private EngineTime() {
    }

    /** How far the engine's clock is from the system's (zero when it is the system's, give or take a few milliseconds). */
    public static Duration offset() {
        long millis = ClockUtil.now().getTime() - System.currentTimeMillis();
        return Math.abs(millis) < 100 ? Duration.ZERO : Duration.ofMillis(millis);
    }

    /** From now on the engine's clock reads the system's time plus {@code offset}, running. */
    public static void setOffset(Duration offset) {
        if (offset.isZero()) {
            ClockUtil.resetClock();
        } else {
            ClockUtil.offset(offset.toMillis());
        }
    }
}
