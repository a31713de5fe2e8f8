package ru.mcu.deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;

/**
 * Which term rule applies to a case: the policies kept in the database, looked up from the most
 * to the least specific scope: channel + rubric, regime + rubric, channel + top-level rubric,
 * regime + top-level rubric, channel, regime. Read fresh on every call (the table is small), so a
 * change applies to terms computed after it.
 */
@Service
@Transactional(readOnly = true)
public class DeadlinePolicies {

    private static final Comparator<DeadlinePolicy> ORDER = Comparator
            .comparing((DeadlinePolicy p) -> p.effectiveRegime().ordinal())
            .thenComparing(p -> p.kind().ordinal())
            .thenComparing(p -> !p.isDefault())
            .thenComparing(p -> p.channel() == null ? "" : p.channel().name())
            .thenComparing(p -> p.rubric() == null ? "" : p.rubric());

    private final StoredPolicies policies;

    DeadlinePolicies(StoredPolicies policies) {
        this.policies = policies;
    }

    /** The term rule of the given kind for a case of this channel and rubric (rubric may be null). */
    public TermSpec termFor(Channel channel, String rubricCode, TermKind kind) {
        return policyFor(channel, rubricCode, kind).term();
    }

    /**
     * The policy that decides the term.
     *
     * @throws IllegalArgumentException when the term kind does not exist in the channel's regime
     */
    public DeadlinePolicy policyFor(Channel channel, String rubricCode, TermKind kind) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (!kind.appliesTo(channel.regime())) {
            throw new IllegalArgumentException(kind + " is not a term of " + channel.regime());
        }
        return lookup(all(), channel, rubricCode, kind)
                .orElseThrow(() -> new IllegalStateException("No deadline policy for " + kind + " in " + channel.regime()));
    }

    /** Every policy, by regime, term kind, defaults first. */
    public List<DeadlinePolicy> all() {
        return policies.findAll().stream().map(StoredPolicy::toPolicy).sorted(ORDER).toList();
    }

    public Optional<DeadlinePolicy> find(long id) {
        return policies.findById(id).map(StoredPolicy::toPolicy);
    }

    /** The lookup order of the class comment over the given policies. */
    static Optional<DeadlinePolicy> lookup(List<DeadlinePolicy> all, Channel channel, String rubric, TermKind kind) {
        String topic = rubric == null || rubric.indexOf('.') < 0 ? rubric : rubric.substring(0, rubric.indexOf('.'));
        List<Scope> order = new ArrayList<>();
        if (rubric != null) {
            order.add(new Scope(null, channel, rubric));
            order.add(new Scope(channel.regime(), null, rubric));
            order.add(new Scope(null, channel, topic));
            order.add(new Scope(channel.regime(), null, topic));
        }
        order.add(new Scope(null, channel, null));
        order.add(new Scope(channel.regime(), null, null));
        for (Scope scope : order) {
            Optional<DeadlinePolicy> found = all.stream().filter(p -> p.kind() == kind && scope.matches(p)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private record Scope(Regime regime, Channel channel, String rubric) {

        boolean matches(DeadlinePolicy p) {
            return p.regime() == regime && p.channel() == channel && Objects.equals(p.rubric(), rubric);
        }
    }
}
