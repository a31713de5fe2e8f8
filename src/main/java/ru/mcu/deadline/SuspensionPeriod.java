package ru.mcu.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A period when the clock of a term stood still (приостановление), from {@code from} inclusive to
 * {@code to} exclusive; {@code to} is null while the case is still suspended.
 */
public record SuspensionPeriod(Instant from, Instant to) {

    public SuspensionPeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("A suspension must end after it starts: " + from + " – " + to);
        }
    }

    /** A suspension that has not ended yet. */
    public static SuspensionPeriod open(Instant from) {
        return new SuspensionPeriod(from, null);
    }

    public boolean isOpen() {
        return to == null;
    }
}
