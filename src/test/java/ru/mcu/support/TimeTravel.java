package ru.mcu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of the application under test (its {@link Clock} bean) and of the process engine,
 * moved together. It reads the suite's clock (see {@link TestDays#OFFSET}: {@link TestDays#TODAY}
 * when the suite starts, running on) and runs on in real time from wherever a test puts it,
 * so that the job executor still finds timers that come due.
 */
public final class TimeTravel extends Clock {

    private volatile Duration offset;

    public TimeTravel() {
        reset();
    }

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
        EngineClock.runFrom(instant);
    }

    /** Both clocks move on by {@code duration} from where they are. */
    public void advance(Duration duration) {
        jumpTo(instant().plus(duration));
    }

    /** Back to the suite's clock: {@link TestDays#TODAY}, a few minutes on, never behind where the last test started. */
    public void reset() {
        offset = TestDays.OFFSET;
        EngineClock.backToTestDay();
    }
}
