package ru.mcu.analytics.cases;

import java.time.Instant;
import java.util.List;

/** A read-only case card for analysts: the {@link CaseRow}, its history and linked cases; no citizen data. */
public record CaseCard(CaseRow row, List<Step> history, List<String> linkedNumbers) {

    /** One step of the history: when, what, and the system's description (never the free-text reason). */
    public record Step(Instant at, String type, String description) {
    }
}
