package ru.mcu.support;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The named instants tests run at. No test reads the machine's date: the application's clock
 * and the engine's clock read the suite's day {@link #TODAY} (plus the minutes the suite has run)
 * for every integration test, and a test that needs another day names it here or in its own constant.
 */
public final class TestDays {

    /**
     * The day every integration test starts on unless it names another: an ordinary working
     * Wednesday, 10:00 in Yuzhno-Sakhalinsk, with no holiday within the 59-ФЗ answer term's
     * first week and a confirmed calendar for the year.
     */
    public static final Instant TODAY = OffsetDateTime.parse("2026-11-18T10:00:00+11:00").toInstant();

    /**
     * How far the test clock stands from the machine's: the clock of the suite reads
     * {@link #TODAY} when the first test starts and runs on in real time, so that it never goes
     * back between tests (deployments, history and audit rows keep their order) while the whole
     * suite stays inside that one working day.
     */
    public static final java.time.Duration OFFSET = java.time.Duration.between(Instant.now(), TODAY);

    /** An hour before {@link #TODAY}, as an intake request's {@code receivedAt}. */
    public static final String RECEIVED_AT = "2026-11-18T09:00:00+11:00";

    private TestDays() {
    }
}
