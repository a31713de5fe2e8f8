package ru.mcu.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a case's history: who did what, when, and why. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseRecord;

    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private CaseEventType type;
    private String description;
    private String reason;

    protected CaseEvent() {
    }

    CaseEvent(Case caseRecord, Instant occurredAt, String actor, CaseEventType type, String description, String reason) {
        this.caseRecord = caseRecord;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.description = description;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public CaseEventType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public String getReason() {
        return reason;
    }
}
