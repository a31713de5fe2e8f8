package ru.mcu.answers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The template of an answer for one rubric, or the general one when the rubric is null. */
@Entity
@Table(name = "answer_template")
public class AnswerTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rubric_code")
    private String rubricCode;
    private String title;
    private String body;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected AnswerTemplate() {
    }

    AnswerTemplate(String rubricCode) {
        this.rubricCode = rubricCode;
    }

    void change(String title, String body, String actor, Instant now) {
        this.title = title;
        this.body = body;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    /** The rubric's code; null for the general template. */
    public String getRubricCode() {
        return rubricCode;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
