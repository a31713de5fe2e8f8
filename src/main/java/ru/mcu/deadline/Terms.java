package ru.mcu.deadline;

import ru.mcu.cases.Importance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.mcu.cases.Channel;

/**
 * The terms a case received at a moment would get, in the order they fall due.
 *
 * @param channel    the channel
 * @param rubric     the rubric, or null
 * @param receivedAt the moment of receipt
 * @param importance the importance of an incident, or null
 * @param terms      the terms of the channel's regime
 */
public record Terms(Channel channel, String rubric, Instant receivedAt, Importance importance, List<Term> terms) {

    public Terms {
        terms = List.copyOf(terms);
    }

    /** The term of a kind, when the regime has it; an incident's interim term answers to INTERIM and INTERIM_HIGH. */
    public Optional<Term> term(TermKind kind) {
        return terms.stream()
                .filter(t -> t.kind() == kind || (kind == TermKind.INTERIM && t.kind() == TermKind.INTERIM_HIGH))
                .findFirst();
    }

    /** The answer on the merits. */
    public Term answer() {
        return term(TermKind.ANSWER).orElseThrow();
    }

    /** True when any term involves a year without a confirmed calendar. */
    public boolean provisional() {
        return terms.stream().anyMatch(Term::provisional);
    }
}
