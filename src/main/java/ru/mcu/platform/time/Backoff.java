package ru.mcu.platform.time;

import java.time.Duration;

/** The wait before the next attempt of a delivery that failed: the e-mail outbox and the outbound adapters alike. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * {@code first} after the first failure, doubling after each further one, never more than {@code max}.
     *
     * @param failures how many attempts have failed so far (0 or 1: {@code first})
     */
    public static Duration doubling(Duration first, Duration max, int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = first.multipliedBy(factor);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
