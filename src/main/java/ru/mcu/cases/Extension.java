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

/** A clerk's request to extend the answer term, and the block head's decision on it. */
@Entity
@Table(name = "case_extension")
public class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseRecord;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    private int days;
    private String reason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    private Boolean approved;
    private String comment;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private ExtensionGround ground;

    protected Extension() {
    }

    Extension(Case caseRecord, Instant requestedAt, String requestedBy, int days, String reason) {
        this.caseRecord = caseRecord;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.days = days;
        this.reason = reason;
    }

    Extension(Case caseRecord, Instant requestedAt, String requestedBy, int days, ExtensionGround ground, String reason) {
        this(caseRecord, requestedAt, requestedBy, days, reason);
        this.ground = ground;
    }

    void decide(boolean approved, String comment, String actor, Instant at) {
        this.approved = approved;
        this.comment = comment;
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    public boolean isPending() {
        return approved == null;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public int getDays() {
        return days;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Boolean getApproved() {
        return approved;
    }

    public String getComment() {
        return comment;
    }

    /** Why the extension was asked for; null for requests recorded before grounds existed. */
    public ExtensionGround getGround() {
        return ground;
    }
}
