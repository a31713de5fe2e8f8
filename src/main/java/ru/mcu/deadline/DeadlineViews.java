package ru.mcu.deadline;

import ru.mcu.cases.Importance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import ru.mcu.cases.Channel;
import ru.mcu.platform.time.LocalZone;

/** How the deadline API shows terms and policies; instants with the Sakhalin offset (+11:00). */
final class DeadlineViews {

    private DeadlineViews() {
    }

    /** The answer of {@code GET /api/deadlines/preview}. */
    record PreviewView(Channel channel, String channelTitle, Channel.Regime regime, String rubric, String rubricName,
                       Importance importance, OffsetDateTime receivedAt,
                       OffsetDateTime registrationDueAt, OffsetDateTime forwardingDueAt,
                       OffsetDateTime moderationDueAt, OffsetDateTime coordinationDueAt,
                       OffsetDateTime interimDueAt, OffsetDateTime answerDueAt,
                       boolean provisional, List<TermView> terms) {

        static PreviewView of(Terms t, Function<String, String> rubricName) {
            return new PreviewView(t.channel(), t.channel().title(), t.channel().regime(), t.rubric(),
                    t.rubric() == null ? null : rubricName.apply(t.rubric()), t.importance(), local(t.receivedAt()),
                    due(t, TermKind.REGISTRATION), due(t, TermKind.FORWARDING), due(t, TermKind.MODERATION),
                    due(t, TermKind.COORDINATION), due(t, TermKind.INTERIM), due(t, TermKind.ANSWER),
                    t.provisional(), t.terms().stream().map(TermView::of).toList());
        }

        private static OffsetDateTime due(Terms terms, TermKind kind) {
            return terms.term(kind).map(term -> local(term.dueAt())).orElse(null);
        }
    }

    /** One term with the rule and the policy that gave it. */
    record TermView(TermKind kind, String title, OffsetDateTime dueAt, String rule, OffsetDateTime countedFrom,
                    boolean provisional, long policyId, String policyScope) {

        static TermView of(Term t) {
            return new TermView(t.kind(), t.kind().title(), local(t.dueAt()), t.rule(), local(t.countedFrom()),
                    t.provisional(), t.policy().id(), t.policy().scopeTitle());
        }
    }

    /** A policy. */
    record PolicyView(long id, Channel.Regime regime, Channel channel, String rubric, TermKind termKind, String termTitle,
                      TermUnit unit, int amount, String rule, String scope, boolean isDefault,
                      OffsetDateTime updatedAt, String updatedBy) {

        static PolicyView of(DeadlinePolicy p) {
            return new PolicyView(p.id(), p.regime(), p.channel(), p.rubric(), p.kind(), p.kind().title(), p.term().unit(),
                    p.term().amount(), p.term().describe(), p.scopeTitle(), p.isDefault(), local(p.updatedAt()), p.updatedBy());
        }
    }

    /** A change of a policy. */
    record ChangeView(long policyId, PolicyChange.Action action, String scope, TermKind termKind, String before,
                      String after, String by, OffsetDateTime at) {

        static ChangeView of(PolicyChange c) {
            return new ChangeView(c.getPolicyId(), c.getAction(), c.scopeTitle(), c.getTermKind(),
                    c.before() == null ? null : c.before().describe(), c.after() == null ? null : c.after().describe(),
                    c.getChangedBy(), local(c.getChangedAt()));
        }
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(LocalZone.ZONE).toOffsetDateTime();
    }
}
