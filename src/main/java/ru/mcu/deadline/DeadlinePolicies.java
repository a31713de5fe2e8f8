package ru.mcu.deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;

/**
 * Which term rule applies to a case: the policies kept in the database, looked up from the most
 * to the least specific scope: channel + rubric, regime + rubric, channel + top-level rubric,
 * regime + top-level rubric, channel, regime.
 *
 * <p>A change applies to the terms computed after it, whoever made it (this node, another node, an
 * administrator with SQL): every lookup asks PostgreSQL for a fingerprint of the table (one row: the
 * number of policies and the sum of a hash of each), and the policies are read again only when it
 * differs from the fingerprint of those held. Before, every term computed read and sorted every
 * policy as entities, a twentieth of an intake's CPU.
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

    /**
     * A hash of one policy row, the whole row as text (where an empty column stays in its place,
     * so a regime moved to the channel column changes it); the same expression in the
     * fingerprint and in the read.
     */
    private static final String ROW_HASH = "hashtext(p::text)::bigint";
    private static final String FINGERPRINT = "count(*) * 4294967311 + coalesce(sum(" + ROW_HASH + "), 0)";
    /** The same on every row read, so that what is held and its fingerprint come from one statement. */
    private static final String FINGERPRINT_ON_EACH_ROW = "count(*) over () * 4294967311 + coalesce(sum(" + ROW_HASH + ") over (), 0)";

    private final StoredPolicies policies;
    private final JdbcTemplate jdbc;
    private volatile Held held = new Held(Long.MIN_VALUE, List.of());

    DeadlinePolicies(StoredPolicies policies, JdbcTemplate jdbc) {
        this.policies = policies;
        this.jdbc = jdbc;
    }

    /** The policies as read, with the fingerprint of the rows they were read from. */
    private record Held(long fingerprint, List<DeadlinePolicy> all) {
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
        Long fingerprint = jdbc.queryForObject("select " + FINGERPRINT + " from deadline_policy p", Long.class);
        Held current = held;
        if (fingerprint == null || current.fingerprint() != fingerprint) {
            current = read();
            held = current;
        }
        return current.all();
    }

    /** Every policy and, in the same statement, the fingerprint of what was read. */
    private Held read() {
        long[] fingerprint = {0};
        List<DeadlinePolicy> all = jdbc.query("select id, regime, channel, rubric, term_kind, unit, amount, is_default,"
                + " updated_at, updated_by, " + FINGERPRINT_ON_EACH_ROW + " as fingerprint from deadline_policy p", (rs, row) -> {
                    fingerprint[0] = rs.getLong("fingerprint");
                    return new DeadlinePolicy(rs.getLong("id"), enumOf(Regime.class, rs.getString("regime")),
                            enumOf(Channel.class, rs.getString("channel")), rs.getString("rubric"),
                            TermKind.valueOf(rs.getString("term_kind")),
                            new TermSpec(TermUnit.valueOf(rs.getString("unit")), rs.getInt("amount")), rs.getBoolean("is_default"),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
                });
        return new Held(all.isEmpty() ? 0 : fingerprint[0], all.stream().sorted(ORDER).toList());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
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
