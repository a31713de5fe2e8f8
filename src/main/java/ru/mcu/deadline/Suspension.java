package ru.mcu.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A period when the clock of a term stood still (приостановление), from {@code from} inclusive to
 * {@code to} exclusive; {@code to} is null while the case is still suspended.
 */
public record Suspension(Instant from, Instant to) {

    public Suspension {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("A suspension must end after it starts: " + from + " – " + to);
        }
    }

    /** A suspension that has not ended yet. */
    public static Suspension open(Instant from) {
        return new Suspension(from, null);
    }

    public boolean isOpen() {
        return to == null;
    }
}
