package ru.mcu.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system's UTC clock moved by an offset, zero unless someone
 * moves it. Only two callers do: the demo, which files its back-dated cases with the clock
 * turned back for the length of the filing ({@code ru.mcu.demo.DemoTimeMachine}), and the
 * tests, which put the whole application on the suite's day. Production code only reads it.
 */
public class AdjustableClock extends Clock {

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

    /** How far this clock is from the system's. */
    public Duration offset() {
        return offset;
    }

    /** From now on this clock reads the system's time plus {@code offset}. */
    public void setOffset(Duration offset) {
        this.offset = offset;
    }

    /** From now on this clock reads {@code instant} plus the real time elapsed since. */
    public void runFrom(Instant instant) {
        this.offset = Duration.between(Instant.now(), instant);
    }
}
