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
import java.util.Objects;

/**
 * One co-executor department of a case: its sub-term and, once given, its contribution to the
 * lead department's answer. On time when given no later than the sub-term.
 */
@Entity
@Table(name = "case_co_execution")
public class CoExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseRecord;

    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "due_at")
    private Instant dueAt;
    private String contribution;
    @Column(name = "contributed_by")
    private String contributedBy;
    @Column(name = "contributed_at")
    private Instant contributedAt;

    protected CoExecution() {
    }

    CoExecution(Case caseRecord, String departmentCode, Instant dueAt, String assignedBy, Instant now) {
        this.caseRecord = Objects.requireNonNull(caseRecord);
        this.departmentCode = Objects.requireNonNull(departmentCode);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    void contribute(String text, String actor, Instant now) {
        this.contribution = text;
        this.contributedBy = actor;
        this.contributedAt = now;
    }

    public boolean isContributed() {
        return contributedAt != null;
    }

    /** Given no later than the sub-term. */
    public boolean isOnTime() {
        return contributedAt != null && !contributedAt.isAfter(dueAt);
    }

    /** Still missing and the sub-term has passed. */
    public boolean isOverdue(Instant now) {
        return contributedAt == null && now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getContribution() {
        return contribution;
    }

    public String getContributedBy() {
        return contributedBy;
    }

    public Instant getContributedAt() {
        return contributedAt;
    }
}
