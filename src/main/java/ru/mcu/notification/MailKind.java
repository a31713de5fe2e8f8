package ru.mcu.notification;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every kind of e-mail the application sends through the {@link Outbox}: the template it is
 * rendered from ({@code templates/mail/<template>.txt|.html}), the kind stored in its outbox row
 * and the idempotency key that makes one business fact one mail. The stored kinds and keys are
 * read back by existing rows and pages: they never change.
 */
public enum MailKind {

    /** To the case's assignee (or the department's clerks) before the answer term. */
    REMINDER("reminder", "Напоминание исполнителю о сроке"),
    /** To the department's block head at the answer term. */
    ESCALATION_BLOCK_HEAD("escalation-block-head", "Эскалация руководителю блока"),
    /** To the department's block head at an incident's interim answer term. */
    ESCALATION_INTERIM("escalation-interim", "Просрочен промежуточный ответ: руководителю блока"),
    /** To the head of the МЦУ some working days after the answer term. */
    ESCALATION_MCU_HEAD("escalation-mcu-head", "Эскалация руководителю МЦУ"),
    /** To the head of the МЦУ when a stage of the МЦУ's own passed its term. */
    STAGE_OVERDUE("stage-overdue", "Просрочен этап рассмотрения"),
    /** To the department when a case under additional control reaches its control date. */
    CONTROL_REMINDER("control-reminder", "Напоминание о дополнительном контроле"),
    /** The weekly analytic note, with its PDF, to the head of administration. */
    WEEKLY_NOTE("weekly-note", "Еженедельная аналитическая записка"),
    /** To the owner's block head when a roadmap measure passed its date. */
    ROADMAP_MEASURE_OVERDUE("roadmap-measure-overdue", "Просрочено мероприятие дорожной карты"),
    /** To the citizen: the answer term was extended. */
    CITIZEN_EXTENDED("citizen-extended", "Заявителю: срок рассмотрения продлён"),
    /** To the citizen: a step of his case; stored as {@code CITIZEN_<step>}. */
    CITIZEN_STATUS("citizen-status", "citizen-status", "CITIZEN_", null),
    /** To the citizen: the answer to his ПОС message was published; stored as {@code CITIZEN_<step>}. */
    CITIZEN_ANSWER_PUBLISHED("citizen-answer-published", "citizen-status", "CITIZEN_", null),
    /** To the citizen: his case was answered; stored as {@code CITIZEN_<resolution>}. */
    CITIZEN_ANSWER("citizen-answer", "citizen-citizen-answer", "CITIZEN_", null),
    /** To the citizen: his case was sent on to another body; stored as {@code CITIZEN_<resolution>}. */
    CITIZEN_FORWARDED("citizen-forwarded", "citizen-citizen-forwarded", "CITIZEN_", null),
    /** To the citizen: his case was closed without an answer; stored as {@code CITIZEN_<resolution>}. */
    CITIZEN_WITHOUT_ANSWER("citizen-without-answer", "citizen-citizen-without-answer", "CITIZEN_", null);

    private final String template;
    private final String keyPrefix;
    private final String kindPrefix;
    private final String title;

    MailKind(String template, String title) {
        this(template, template, null, title);
    }

    MailKind(String template, String keyPrefix, String kindPrefix, String title) {
        this.template = template;
        this.keyPrefix = keyPrefix;
        this.kindPrefix = kindPrefix;
        this.title = title;
    }

    /**
     * How the mail list names a kind stored as it is («Эскалация руководителю блока»); null for a
     * kind stored under the step or resolution it tells of ({@link MailKinds#title} names those).
     */
    public String title() {
        return title;
    }

    /** The prefix of the kinds stored under a step or a resolution ({@code CITIZEN_}), or null. */
    String kindPrefix() {
        return kindPrefix;
    }

    /** The name of the template pair in {@code templates/mail/}. */
    public String template() {
        return template;
    }

    /** The kind stored in the outbox row ({@code ESCALATION_BLOCK_HEAD}). */
    public String kind() {
        if (kindPrefix != null) {
            throw new IllegalStateException(this + " is stored under the step or resolution it tells of: use kind(subject)");
        }
        return name();
    }

    /** The kind stored for a mail telling the citizen of {@code subject}, a step or a resolution ({@code CITIZEN_ANSWERED}). */
    public String kind(Enum<?> subject) {
        if (kindPrefix == null) {
            throw new IllegalStateException(this + " has one stored kind: use kind()");
        }
        return kindPrefix + subject.name();
    }

    /**
     * The idempotency key of one mail: the kind's key prefix and the parts that identify the
     * business fact (and the recipient, when several are told), joined by colons:
     * {@code reminder:A-2026-000001:roads:1795330800:clerk@example.org}.
     */
    public String key(Object... parts) {
        return keyPrefix + Arrays.stream(parts).map(p -> ":" + Objects.toString(p)).collect(Collectors.joining());
    }
}
