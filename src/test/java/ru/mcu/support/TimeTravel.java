package ru.mcu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Moves time for the application (its {@link Clock} bean) and for the process engine (its
 * clock, which the job executor reads to find due timers) together.
 */
public final class TimeTravel extends Clock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** From now on both clocks read {@code instant} plus the real time elapsed since. */
    public void jumpTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
        // an offset, not a fixed time: both clocks run on from there
        ClockUtil.offset(offset.toMillis());
    }

    public void reset() {
        offset = Duration.ZERO;
        ClockUtil.reset();
    }
}
