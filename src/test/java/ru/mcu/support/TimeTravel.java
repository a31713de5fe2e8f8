package ru.mcu.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ru.mcu.platform.time.AdjustableClock;

/**
 * The clock of the application under test (its {@link Clock} bean) and of the process engine,
 * moved together. It reads the suite's clock (see {@link TestDays#OFFSET}: {@link TestDays#TODAY}
 * when the suite starts, running on) and runs on in real time from wherever a test puts it,
 * so that the job executor still finds timers that come due.
 */
public final class TimeTravel extends AdjustableClock {

    public TimeTravel() {
        reset();
    }

    /** From now on both clocks read {@code instant} plus the real time elapsed since. */
    public void jumpTo(Instant instant) {
        runFrom(instant);
        EngineClock.runFrom(instant);
    }

    /** Both clocks move on by {@code duration} from where they are. */
    public void advance(Duration duration) {
        jumpTo(instant().plus(duration));
    }

    /** Back to the suite's clock: {@link TestDays#TODAY}, a few minutes on, never behind where the last test started. */
    public void reset() {
        setOffset(TestDays.OFFSET);
        EngineClock.backToTestDay();
    }
}
