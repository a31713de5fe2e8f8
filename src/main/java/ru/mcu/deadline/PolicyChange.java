package ru.mcu.deadline;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a deadline policy: who, when, the rule before and after. */
@Entity
@Table(name = "deadline_policy_change")
public class PolicyChange {

    /** What happened to the policy. */
    public enum Action { CREATED, UPDATED, DELETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long policyId;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Embedded
    private PolicyScope scope;
    @Enumerated(EnumType.STRING)
    private TermUnit oldUnit;
    private Integer oldAmount;
    @Enumerated(EnumType.STRING)
    private TermUnit newUnit;
    private Integer newAmount;
    private String changedBy;
    private Instant changedAt;

    protected PolicyChange() {
    }

    PolicyChange(DeadlinePolicy policy, Action action, TermSpec before, TermSpec after, String by, Instant at) {
        this.policyId = policy.id();
        this.action = action;
        this.scope = PolicyScope.of(policy);
        this.oldUnit = before == null ? null : before.unit();
        this.oldAmount = before == null ? null : before.amount();
        this.newUnit = after == null ? null : after.unit();
        this.newAmount = after == null ? null : after.amount();
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getPolicyId() {
        return policyId;
    }

    public Action getAction() {
        return action;
    }

    /** The policy's scope in Russian, as it was. */
    public String scopeTitle() {
        return DeadlinePolicy.scopeTitle(scope.regime(), scope.channel(), scope.rubric());
    }

    public TermKind getTermKind() {
        return scope.termKind();
    }

    /** The rule before the change; null for a new override. */
    public TermSpec before() {
        return oldUnit == null ? null : new TermSpec(oldUnit, oldAmount);
    }

    /** The rule after the change; null for a removed override. */
    public TermSpec after() {
        return newUnit == null ? null : new TermSpec(newUnit, newAmount);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
