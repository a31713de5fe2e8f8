package ru.mcu.deadline;

import ru.mcu.cases.Importance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ru.mcu.cases.Channel;

/**
 * The terms of cases: the policy for the case's channel, rubric and term kind, counted by
 * {@link TermArithmetic} over the production calendar. What the processes (timers, reminders,
 * escalations) and the deadline calculator call.
 */
@Service
public class Deadlines {

    private final DeadlinePolicies policies;
    private final TermArithmetic arithmetic;

    Deadlines(DeadlinePolicies policies, TermArithmetic arithmetic) {
        this.policies = policies;
        this.arithmetic = arithmetic;
    }

    /** The arithmetic over the application's production calendar. */
    public TermArithmetic arithmetic() {
        return arithmetic;
    }

    /**
     * The terms a case received at {@code receivedAt} would get: its regime's first and second
     * stages ({@link RegimeTerms}) and the answer, counted from receipt. A second stage that starts
     * when the first ends (coordination, an incident's interim answer) counts from the end of the
     * first term, the latest start; a 59-ФЗ appeal's forwarding and answer count as if the appeal
     * were registered on receipt.
     *
     * @param rubric     the rubric code, or null for the channel's default
     * @param importance an incident's importance, null meaning normal; ignored for other channels
     */
    public Terms preview(Channel channel, String rubric, Instant receivedAt, Importance importance) {
        RegimeTerms regime = RegimeTerms.of(channel.regime());
        List<Term> terms = new ArrayList<>();
        Term first = term(channel, rubric, regime.firstStage(), receivedAt);
        terms.add(first);
        terms.add(term(channel, rubric, regime.secondStage(importance), regime.secondStageAfterFirst() ? first.dueAt() : receivedAt));
        terms.add(term(channel, rubric, TermKind.ANSWER, receivedAt));
        return new Terms(channel, rubric, receivedAt, channel.regime() == Channel.Regime.INCIDENT ? importance : null, terms);
    }

    /** One term of a case counted from {@code start}, with the policy applied. */
    public Term term(Channel channel, String rubric, TermKind kind, Instant start) {
        DeadlinePolicy policy = policies.policyFor(channel, rubric, kind);
        Instant due = arithmetic.due(start, policy.term());
        return new Term(kind, policy, start, due, arithmetic.involvesProvisionalYear(start, due));
    }

    /**
     * The end of a term counted from {@code start} and extended by the suspensions of the case;
     * empty while the case is suspended (see {@link TermArithmetic}).
     */
    public Optional<Instant> due(Channel channel, String rubric, TermKind kind, Instant start, List<SuspensionPeriod> suspensions) {
        return arithmetic.due(start, policies.termFor(channel, rubric, kind), suspensions);
    }

    /** 09:00 of the last working day before the day of {@code due}: the reminder and follow-up date. */
    public Instant reminderBefore(Instant due) {
        return arithmetic.reminderBefore(due);
    }
}
