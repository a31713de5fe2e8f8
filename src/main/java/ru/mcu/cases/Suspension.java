package ru.mcu.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A period during which the case's clock stood still (waiting for documents). */
@Entity
@Table(name = "case_suspension")
public class Suspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseRecord;
    @Column(name = "suspended_at")
    private Instant suspendedAt;
    @Column(name = "suspended_by")
    private String suspendedBy;
    private String reason;
    @Column(name = "resumed_at")
    private Instant resumedAt;
    @Column(name = "resumed_by")
    private String resumedBy;

    protected Suspension() {
    }

    Suspension(Case caseRecord, Instant suspendedAt, String suspendedBy, String reason) {
        this.caseRecord = caseRecord;
        this.suspendedAt = suspendedAt;
        this.suspendedBy = suspendedBy;
        this.reason = reason;
    }

    void resume(Instant at, String actor) {
        this.resumedAt = at;
        this.resumedBy = actor;
    }

    public boolean isOpen() {
        return resumedAt == null;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public String getSuspendedBy() {
        return suspendedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getResumedAt() {
        return resumedAt;
    }

    public String getResumedBy() {
        return resumedBy;
    }
}
