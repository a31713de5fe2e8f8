package ru.mcu.deadline;

import java.time.Instant;

/**
 * A term a case gets: which one, by what policy, counted from when, due when.
 *
 * @param kind        which term
 * @param policy      the policy whose rule was applied
 * @param countedFrom the start of the count
 * @param dueAt       the end of the term
 * @param provisional true when a year between start and end has no confirmed calendar
 */
public record Term(TermKind kind, DeadlinePolicy policy, Instant countedFrom, Instant dueAt, boolean provisional) {

    /** The rule in Russian: "30 календарных дней". */
    public String rule() {
        return policy.term().describe();
    }
}
