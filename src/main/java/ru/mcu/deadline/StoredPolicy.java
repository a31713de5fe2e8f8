package ru.mcu.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deadline policy as stored. */
@Entity
@Table(name = "deadline_policy")
class StoredPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Embedded
    private PolicyScope scope;
    @Enumerated(EnumType.STRING)
    private TermUnit unit;
    private int amount;
    @Column(name = "is_default")
    private boolean isDefault;
    private Instant updatedAt;
    private String updatedBy;

    protected StoredPolicy() {
    }

    StoredPolicy(PolicyScope scope, TermSpec term, Instant at, String by) {
        this.scope = scope;
        this.unit = term.unit();
        this.amount = term.amount();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void change(TermSpec term, Instant at, String by) {
        this.unit = term.unit();
        this.amount = term.amount();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    DeadlinePolicy toPolicy() {
        return new DeadlinePolicy(id, scope.regime(), scope.channel(), scope.rubric(), scope.termKind(), new TermSpec(unit, amount),
                isDefault, updatedAt, updatedBy);
    }
}
