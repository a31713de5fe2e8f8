package ru.mcu.support;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The named instants tests run at. No test reads the machine's date: the application's clock
 * and the engine's clock start on {@link #TODAY} for every integration test, and a test that
 * needs another day names it here or in its own constant.
 */
public final class TestDays {

    /**
     * The day every integration test starts on unless it names another: an ordinary working
     * Wednesday, 10:00 in Yuzhno-Sakhalinsk, with no holiday within the 59-ФЗ answer term's
     * first week and a confirmed calendar for the year.
     */
    public static final Instant TODAY = OffsetDateTime.parse("2026-11-18T10:00:00+11:00").toInstant();

    /** An hour before {@link #TODAY}, as an intake request's {@code receivedAt}. */
    public static final String RECEIVED_AT = "2026-11-18T09:00:00+11:00";

    private TestDays() {
    }
}
