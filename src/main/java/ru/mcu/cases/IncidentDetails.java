package ru.mcu.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * What only an incident has: its importance, the social network post it came from, the interim
 * answer term and the evidence of a problem resolved on the spot. Empty for appeals and ПОС
 * messages. Changed only by {@link Case}'s transitions.
 */
@Embeddable
public class IncidentDetails {

    /** The table of these details, one row per case of the channel. */
    static final String TABLE = "case_incident";

    @Enumerated(EnumType.STRING)
    @Column(table = TABLE)
    private Importance importance;
    @Column(name = "source_network", table = TABLE)
    private String sourceNetwork;
    @Column(name = "source_url", table = TABLE)
    private String sourceUrl;
    @Column(name = "interim_due_at", table = TABLE)
    private Instant interimDueAt;
    @Column(name = "interim_answered_at", table = TABLE)
    private Instant interimAnsweredAt;
    @Column(name = "answer_evidence", table = TABLE)
    private String answerEvidence;

    protected IncidentDetails() {
    }

    IncidentDetails(Importance importance, String sourceNetwork, String sourceUrl) {
        this.importance = importance;
        this.sourceNetwork = sourceNetwork;
        this.sourceUrl = sourceUrl;
    }

    void interimTerm(Instant due) {
        this.interimDueAt = due;
    }

    void interimAnswered(Instant at) {
        this.interimAnsweredAt = at;
    }

    void resolvedOnSpot(String evidence) {
        this.answerEvidence = evidence;
    }

    public Importance getImportance() {
        return importance;
    }

    public String getSourceNetwork() {
        return sourceNetwork;
    }

    /** The post the incident came from; erased with the personal data. */
    public String getSourceUrl() {
        return sourceUrl;
    }

    public Instant getInterimDueAt() {
        return interimDueAt;
    }

    public Instant getInterimAnsweredAt() {
        return interimAnsweredAt;
    }

    /** What proves a problem resolved on the spot (a link to photos); erased with the personal data. */
    public String getAnswerEvidence() {
        return answerEvidence;
    }
}
