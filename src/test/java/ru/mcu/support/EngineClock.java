package ru.mcu.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's clock, for tests: the one test class that touches the engine's
 * internal {@code ClockUtil}. The engine reads it to stamp tasks and history and to find due
 * timers; it is static, so every engine in the test JVM shares it.
 */
public final class EngineClock {

    private EngineClock() {
    }

    /** The engine's clock stands still at {@code instant} (process tests move it themselves). */
    public static void stopAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** The engine's clock reads {@code instant} now and runs on from there in real time. */
    public static void runFrom(Instant instant) {
        ClockUtil.offset(Duration.between(Instant.now(), instant).toMillis());
    }

    /** Back to the suite's clock on the test day, running: never back to the machine's date. */
    public static void backToTestDay() {
        ClockUtil.offset(TestDays.OFFSET.toMillis());
    }

    public static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
