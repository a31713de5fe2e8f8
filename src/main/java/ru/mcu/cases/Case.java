package ru.mcu.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import ru.mcu.platform.text.RussianPlural;

/**
 * A case: an appeal, a ПОС message or an incident. Every state change goes through a method
 * here that checks the current status and writes a history entry.
 */
@Entity
@Table(name = "cases")
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    private String number;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "external_id")
    private String externalId;
    @Enumerated(EnumType.STRING)
    private AppealKind kind;
    @Embedded
    private Citizen citizen;
    private String text;
    @Column(name = "rubric_code")
    private String rubricCode;
    @Column(name = "district_code")
    private String districtCode;
    private String address;
    private Double latitude;
    private Double longitude;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "department_code")
    private String departmentCode;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private Resolution resolution;
    @Column(name = "resolution_note")
    private String resolutionNote;
    @Column(name = "answer_text")
    private String answerText;
    @Column(name = "forwarded_to")
    private String forwardedTo;
    @Column(name = "reroute_count")
    private int rerouteCount;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    private String category;
    private String subcategory;
    @Enumerated(EnumType.STRING)
    private Importance importance;
    @Column(name = "source_network")
    private String sourceNetwork;
    @Column(name = "source_url")
    private String sourceUrl;
    @Column(name = "interim_due_at")
    private Instant interimDueAt;
    @Column(name = "interim_answered_at")
    private Instant interimAnsweredAt;
    @Column(name = "first_reaction_at")
    private Instant firstReactionAt;
    @Column(name = "rework_count")
    private int reworkCount;
    @Column(name = "rating_score")
    private Integer ratingScore;
    @Column(name = "rating_comment")
    private String ratingComment;
    @Column(name = "rated_at")
    private Instant ratedAt;
    @Column(name = "main_case_id")
    private Long mainCaseId;
    @Column(name = "converted_from_id")
    private Long convertedFromId;
    @Column(name = "answer_evidence")
    private String answerEvidence;
    @Column(name = "registration_due_at")
    private Instant registrationDueAt;
    @Column(name = "answer_due_at")
    private Instant answerDueAt;
    @Column(name = "overdue_since")
    private Instant overdueSince;
    @Column(name = "extension_days")
    private int extensionDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "result_type")
    private ResultType resultType;
    @Column(name = "result_type_automatic")
    private boolean resultTypeAutomatic;
    @Column(name = "control_until")
    private LocalDate controlUntil;
    @Column(name = "control_reminded_for")
    private LocalDate controlRemindedFor;
    @Column(name = "control_closed_at")
    private Instant controlClosedAt;
    @Column(name = "control_closed_by")
    private String controlClosedBy;
    @Column(name = "control_closing_note")
    private String controlClosingNote;
    @Column(name = "planned_for")
    private LocalDate plannedFor;
    @Column(name = "planned_answered_at")
    private Instant plannedAnsweredAt;

    /** The answer term when the planned answer was given (the fresh term on the planned date replaces answerDueAt). */
    @Column(name = "planned_answer_due_at")
    private Instant plannedAnswerDueAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "caseRecord", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("suspendedAt")
    private List<Suspension> suspensions = new ArrayList<>();

    @OneToMany(mappedBy = "caseRecord", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt")
    private List<Extension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "caseRecord", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<CaseEvent> events = new ArrayList<>();

    protected Case() {
    }

    /** A new case as it arrives, before registration. */
    public static Case receive(String number, Channel channel, String externalId, AppealKind kind, Citizen citizen,
                               String text, Place place, Instant receivedAt, Instant now) {
        return receive(number, channel, externalId, kind, citizen, text, place, receivedAt, NewCase.Source.NONE, now);
    }

    /** A new case with the details its channel gives of its origin. */
    public static Case receive(String number, Channel channel, String externalId, AppealKind kind, Citizen citizen,
                               String text, Place place, Instant receivedAt, NewCase.Source source, Instant now) {
        Case c = new Case();
        c.category = source.category();
        c.subcategory = source.subcategory();
        c.importance = source.importance();
        c.sourceNetwork = source.network();
        c.sourceUrl = source.url();
        c.number = Objects.requireNonNull(number);
        c.channel = Objects.requireNonNull(channel);
        c.externalId = externalId;
        c.kind = kind;
        c.citizen = citizen == null ? new Citizen(null, null, null, null) : citizen;
        c.text = Objects.requireNonNull(text);
        c.rubricCode = place.rubricCode();
        c.districtCode = place.districtCode();
        c.address = place.address();
        c.latitude = place.latitude();
        c.longitude = place.longitude();
        c.receivedAt = Objects.requireNonNull(receivedAt);
        c.status = CaseStatus.RECEIVED;
        c.createdAt = now;
        c.updatedAt = now;
        c.record(now, "system", CaseEventType.RECEIVED, "Поступило: " + channel.title(), null);
        return c;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The routing table chose a department for the case as received. */
    public void routeByRule(String department, String departmentName, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.departmentCode = department;
        record(now, "rule", CaseEventType.ROUTED_BY_RULE, "Автоправило определило исполнителя: " + departmentName, null);
    }

    /** No rule of the routing table matched: whoever takes the case in at the МЦУ will choose. */
    public void noRuleMatched(Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.departmentCode = null;
        String who = switch (channel.regime()) {
            case APPEAL_59FZ -> "регистратор МЦУ";
            case POS -> "координатор ПОС";
            case INCIDENT -> "координатор «Инцидент Менеджмент»";
        };
        record(now, "rule", CaseEventType.NO_RULE_MATCHED, "Ни одно автоправило не подошло: исполнителя определит " + who, null);
    }

    /** The registrar registers the appeal and sends it to a department. */
    public void register(AppealKind kind, Place place, String department, String departmentName, String actor, Instant now) {
        register(kind, place, department, departmentName, null, actor, now);
    }

    /**
     * The registrar registers the appeal and sends it to a department, with his explanation for
     * the citizen (or null), kept as the reason of the registration step.
     */
    public void register(AppealKind kind, Place place, String department, String departmentName, String comment,
                         String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        String ruleDepartment = this.departmentCode;
        applyRegistration(kind, place, now);
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.REGISTERED, "Зарегистрировано, направлено исполнителю: " + departmentName,
                comment == null || comment.isBlank() ? null : comment.strip());
        if (ruleDepartment != null && !ruleDepartment.equals(department)) {
            record(now, actor, CaseEventType.ROUTED_MANUALLY,
                    "Регистратор изменил исполнителя, определённого автоправилом", null);
        }
    }

    /** ст. 8 ч. 4 59-ФЗ: a copy of the registered appeal went to another competent body. */
    public void sendCopy(String body, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        record(now, actor, CaseEventType.COPY_SENT, "Копия обращения направлена по компетенции (ч. 4 ст. 8 59-ФЗ): "
                + Objects.requireNonNull(body, "body"), null);
    }

    /** Registered, then forwarded to the competent body because the topic is not municipal. */
    public void forward(AppealKind kind, Place place, String body, String reason, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED, CaseStatus.AWAITING_ROUTING);
        if (status == CaseStatus.RECEIVED) {
            applyRegistration(kind, place, now);
        }
        this.forwardedTo = Objects.requireNonNull(body, "body");
        this.departmentCode = null;
        close(Resolution.FORWARDED, reason, now);
        record(now, actor, CaseEventType.FORWARDED, "Перенаправлено по компетенции: " + body, reason);
    }

    /** Registered and ended under ст. 11 59-ФЗ, with the reason. */
    public void closeWithoutAnswer(AppealKind kind, Place place, Resolution resolution, String note, String actor, Instant now) {
        closeWithoutAnswer(kind, place, resolution, note, null, actor, now);
    }

    /**
     * Registered and ended under ст. 11 59-ФЗ, with the reason; {@code body} is where an anonymous
     * report of an offence was sent (ч. 1), null for every other reason.
     */
    public void closeWithoutAnswer(AppealKind kind, Place place, Resolution resolution, String note, String body,
                                   String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        if (resolution == Resolution.ANSWERED || resolution == Resolution.FORWARDED || resolution == Resolution.ANSWERED_ORALLY) {
            throw new IllegalArgumentException("Not a special-handling outcome: " + resolution);
        }
        if (resolution == Resolution.FORWARDED_OFFENCE_REPORT) {
            if (body == null || body.isBlank()) {
                throw new InvalidCaseDataException("offenceBody", "Укажите государственный орган, в который направляется обращение "
                        + "о противоправном деянии (например, УМВД России по г. Южно-Сахалинску, прокуратура)");
            }
            this.forwardedTo = body.strip();
        }
        applyRegistration(kind, place, now);
        close(resolution, note, now);
        record(now, actor, CaseEventType.CLOSED_WITHOUT_ANSWER, resolution.title(), note);
        if (forwardedTo != null && resolution == Resolution.FORWARDED_OFFENCE_REPORT) {
            record(now, actor, CaseEventType.FORWARDED, "Направлено в государственный орган в соответствии с его компетенцией: "
                    + forwardedTo, null);
        }
    }

    /**
     * ст. 13 ч. 2 59-ФЗ: at a personal reception the facts were evident, and with the citizen's
     * consent the answer was given orally there, as the reception card records; the appeal is
     * registered and closed as answered.
     */
    public void answerOrally(AppealKind kind, Place place, String answer, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        if (channel != Channel.RECEPTION) {
            throw new InvalidCaseDataException("registrationDecision", "Устный ответ допускается только на обращение, "
                    + "поступившее в ходе личного приёма (ч. 2 ст. 13 59-ФЗ)");
        }
        applyRegistration(kind, place, now);
        reacted(now);
        this.answerText = Objects.requireNonNull(answer, "answer");
        this.answeredAt = now;
        close(Resolution.ANSWERED_ORALLY, null, now);
        record(now, actor, CaseEventType.ANSWERED_ORALLY, Resolution.ANSWERED_ORALLY.title(), answer);
    }

    /**
     * The clerk proposes to handle the appeal under ст. 11 59-ФЗ at consideration (ч. 3, ч. 5, ч. 6);
     * the block head decides.
     */
    public void proposeSpecialHandling(Resolution resolution, String reason, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (resolution == null || !resolution.decidedAtConsideration()) {
            throw new InvalidCaseDataException("specialReason", "Выберите основание по ст. 11 59-ФЗ");
        }
        reacted(now);
        record(now, actor, CaseEventType.SPECIAL_HANDLING_PROPOSED, "Предложено: " + resolution.title(), reason);
    }

    /** The block head refuses the clerk's proposal under ст. 11; the clerk answers on the merits. */
    public void refuseSpecialHandling(String comment, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        record(now, actor, CaseEventType.SPECIAL_HANDLING_REFUSED, "Руководитель не согласился с рассмотрением в особом порядке", comment);
    }

    /** The block head agreed: the appeal ends under ст. 11 at consideration, the citizen told. */
    public void closeAfterConsideration(Resolution resolution, String note, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (resolution == null || !resolution.decidedAtConsideration()) {
            throw new IllegalArgumentException("Not an outcome decided at consideration: " + resolution);
        }
        close(resolution, note, now);
        record(now, actor, CaseEventType.CLOSED_WITHOUT_ANSWER, resolution.title(), note);
    }

    /** The department says the case is not its business; the МЦУ must route it again. */
    public void returnAsNotOurs(String reason, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.status = CaseStatus.AWAITING_ROUTING;
        this.rerouteCount++;
        record(now, actor, CaseEventType.RETURNED_NOT_OURS, "Возвращено исполнителем как «не наше»", reason);
    }

    /** The МЦУ sends a returned case to another department. */
    public void rerouteTo(String department, String departmentName, String reason, String actor, Instant now) {
        requireStatus(CaseStatus.AWAITING_ROUTING);
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.ROUTED_MANUALLY, "Перенаправлено исполнителю: " + departmentName, reason);
    }

    /** A clerk drafted the answer; it goes to the block head. */
    public void draftAnswer(String answer, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.answerText = Objects.requireNonNull(answer, "answer");
        this.status = CaseStatus.ON_APPROVAL;
        record(now, actor, CaseEventType.ANSWER_DRAFTED, "Подготовлен проект ответа", null);
    }

    /** The block head returns the draft to the clerk with remarks. */
    public void returnAnswer(String remarks, String actor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.ANSWER_RETURNED, "Проект ответа возвращён на доработку", remarks);
    }

    /** The block head approves the draft. */
    public void approveAnswer(String actor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        record(now, actor, CaseEventType.ANSWER_APPROVED, "Ответ согласован руководителем", null);
    }

    /** The approved answer is sent to the citizen and the case is closed. */
    public void dispatchAnswer(Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.answeredAt = now;
        close(Resolution.ANSWERED, null, now);
        record(now, "system", CaseEventType.ANSWER_DISPATCHED,
                citizen.hasEmail() ? "Ответ направлен заявителю, в том числе по электронной почте" : "Ответ направлен заявителю",
                null);
    }

    /** The term of the МЦУ's first step (registration, moderation), counted from receipt. */
    public void assignRegistrationTerm(Instant due, String stage, String rule, Instant now) {
        this.registrationDueAt = Objects.requireNonNull(due);
        record(now, "system", CaseEventType.TERM_ASSIGNED, "Срок (" + stage.toLowerCase(java.util.Locale.ROOT) + "): " + rule
                + ", до " + TermText.format(due), null);
    }

    /** The interim answer term of an incident. */
    public void assignInterimTerm(Instant due, String rule, Instant now) {
        this.interimDueAt = Objects.requireNonNull(due);
        record(now, "system", CaseEventType.TERM_ASSIGNED, "Срок промежуточного ответа: " + rule + ", до " + TermText.format(due), null);
    }

    /** The answer term; a changed term (extension, suspension) is recorded as such. */
    public void assignAnswerTerm(Instant due, String rule, Instant now) {
        Objects.requireNonNull(due);
        if (due.equals(answerDueAt)) {
            return;
        }
        boolean first = answerDueAt == null;
        this.answerDueAt = due;
        if (overdueSince != null && due.isAfter(now)) {
            this.overdueSince = null;
        }
        record(now, "system", first ? CaseEventType.TERM_ASSIGNED : CaseEventType.TERM_CHANGED,
                (first ? "Срок ответа: " : "Новый срок ответа: ") + rule + ", до " + TermText.format(due), null);
    }

    /** A clerk asks the block head for more time (59-ФЗ ст. 12 ч. 2: at most 30 days). */
    public void requestExtension(int days, String reason, int maxDays, String actor, Instant now) {
        requestExtension(days, null, reason, maxDays, actor, now);
    }

    /**
     * A clerk asks the block head for more time on a ground (59-ФЗ ст. 12 ч. 2: at most 30 days,
     * asked for and decided before the term runs out: a term already missed cannot be extended).
     */
    public void requestExtension(int days, ExtensionGround ground, String reason, int maxDays, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (answerDueAt != null && !now.isBefore(answerDueAt)) {
            throw new InvalidCaseDataException("considerationOutcome", "Срок рассмотрения истёк " + TermText.format(answerDueAt)
                    + ": продлить истёкший срок нельзя (ч. 2 ст. 12 59-ФЗ — продление до окончания срока). "
                    + "Подготовьте ответ; обращение учитывается как рассмотренное с нарушением срока.");
        }
        if (days < 1) {
            throw new InvalidCaseDataException("extensionDays", "Срок продления — не менее одного дня");
        }
        if (extensionDays + days > maxDays) {
            throw new InvalidCaseDataException("extensionDays", "Срок можно продлить не более чем на "
                    + RussianPlural.days(maxDays) + " в сумме; уже продлён на " + RussianPlural.days(extensionDays));
        }
        if (pendingExtension() != null) {
            throw new CaseTransitionException("Case " + number + " already has an extension request pending");
        }
        reacted(now);
        extensions.add(new Extension(this, now, actor, days, ground, reason));
        record(now, actor, CaseEventType.EXTENSION_REQUESTED, "Запрошено продление срока на " + RussianPlural.days(days)
                + (ground == null ? "" : "; основание: " + ground.title()), reason);
    }

    /** The block head decides on the pending extension request. */
    public Extension decideExtension(boolean approved, String comment, String actor, Instant now) {
        Extension pending = pendingExtension();
        if (pending == null) {
            throw new CaseTransitionException("Case " + number + " has no extension request pending");
        }
        // 59-ФЗ: decided before the term runs out; ПОС: asked for in time is enough, the coordinator may decide after it
        Instant judgedAt = channel.isAppeal() ? now : pending.getRequestedAt();
        boolean late = answerDueAt != null && !judgedAt.isBefore(answerDueAt);
        if (approved && late) {
            throw new InvalidCaseDataException("extensionDecision", "Срок рассмотрения истёк " + TermText.format(answerDueAt)
                    + ": продлить истёкший срок нельзя (ч. 2 ст. 12 59-ФЗ — продление до окончания срока). "
                    + "Выберите «Отказать в продлении»; обращение учитывается как рассмотренное с нарушением срока.");
        }
        if (!approved && late && (comment == null || comment.isBlank())) {
            comment = "Срок рассмотрения истёк до решения о продлении";
        }
        pending.decide(approved, comment, actor, now);
        if (approved) {
            extensionDays += pending.getDays();
            record(now, actor, CaseEventType.EXTENSION_APPROVED, "Срок продлён на " + RussianPlural.days(pending.getDays()), comment);
        } else {
            record(now, actor, CaseEventType.EXTENSION_REJECTED, "В продлении срока отказано", comment);
        }
        return pending;
    }

    /**
     * The clock stops: the department waits for documents. Never for a 59-ФЗ appeal, whose law
     * knows no suspension (waiting for documents is a ground for an extension, ст. 12 ч. 2);
     * appeals suspended before that rule are resumed by {@link #resume}.
     */
    public void suspend(String reason, String actor, Instant now) {
        if (channel.isAppeal()) {
            throw new InvalidCaseDataException("considerationOutcome", "59-ФЗ не предусматривает приостановления рассмотрения. "
                    + "Если запрошены документы в другом органе (ч. 2 ст. 10 59-ФЗ), запросите продление срока с этим основанием.");
        }
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        suspensions.add(new Suspension(this, now, actor, reason));
        this.status = CaseStatus.SUSPENDED;
        record(now, actor, CaseEventType.SUSPENDED, "Рассмотрение приостановлено", reason);
    }

    /** The clock runs again. */
    public void resume(String actor, Instant now) {
        requireStatus(CaseStatus.SUSPENDED);
        suspensions.stream().filter(Suspension::isOpen).forEach(s -> s.resume(now, actor));
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.RESUMED, "Рассмотрение возобновлено", null);
    }

    /** The answer term passed with the case still open. Returns false if already marked. */
    public boolean markOverdue(Instant now) {
        if (isClosed() || overdueSince != null) {
            return false;
        }
        this.overdueSince = now;
        record(now, "system", CaseEventType.OVERDUE, "Срок ответа истёк: " + (channel.isAppeal() ? "обращение" : "сообщение") + " просрочено", null);
        return true;
    }

    /**
     * The department let an incident's interim answer term pass; false (nothing recorded) when
     * the case is closed, no longer with the department or its interim answer is given.
     */
    public boolean markInterimOverdue(Instant now) {
        if (isClosed() || status != CaseStatus.IN_DEPARTMENT || interimAnsweredAt != null || interimDueAt == null) {
            return false;
        }
        record(now, "system", CaseEventType.INTERIM_OVERDUE, "Срок промежуточного ответа истёк (" + TermText.format(interimDueAt)
                + "): сообщение просрочено исполнителем", null);
        return true;
    }

    /** An e-mail about the term was sent: reminder or escalation. */
    public void recordEscalation(CaseEventType type, String description, Instant now) {
        if (type != CaseEventType.REMINDER_SENT && type != CaseEventType.ESCALATED_TO_BLOCK_HEAD
                && type != CaseEventType.ESCALATED_TO_MCU_HEAD) {
            throw new IllegalArgumentException("Not an escalation: " + type);
        }
        record(now, "system", type, description, null);
    }

    /** Co-executor departments were named, each with the same sub-term; the description names them and the term. */
    public void recordCoExecutors(String description, String actor, Instant now) {
        record(now, actor, CaseEventType.CO_EXECUTORS_ASSIGNED, description, null);
    }

    /** A co-executor department gave its contribution to the lead department's answer. */
    public void recordContribution(String description, String actor, Instant now) {
        record(now, actor, CaseEventType.CONTRIBUTION_GIVEN, description, null);
    }

    /** A co-executor's sub-term passed without a contribution. */
    public void recordContributionOverdue(String description, Instant now) {
        record(now, "system", CaseEventType.CONTRIBUTION_OVERDUE, description, null);
    }

    /**
     * A paper letter to the author was registered (its outgoing number) or handed to the post;
     * the description names the letter, never the author's data.
     */
    public void recordLetter(CaseEventType type, String description, String actor, Instant now) {
        if (type != CaseEventType.LETTER_REGISTERED && type != CaseEventType.LETTER_SENT) {
            throw new IllegalArgumentException("Not a letter step: " + type);
        }
        record(now, actor, type, description, null);
    }

    /**
     * The answer reached the platform the case came from (ПОС, the social network, ЕПГУ): sent by
     * an outbound adapter, or placed by hand; the description says which, the link (if known) is
     * kept as the step's detail (erased with the personal data, as it may lead to the author's post).
     */
    public void recordPlacement(String description, String link, String actor, Instant now) {
        record(now, actor, CaseEventType.ANSWER_PLACED, description, link);
    }

    /** ПОС moderation accepted the message, with the rubric and place the moderator set. */
    public void acceptAtModeration(Place place, String comment, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        applyRegistration(null, place, now);
        this.status = CaseStatus.AWAITING_ROUTING;
        record(now, actor, CaseEventType.ACCEPTED_AT_MODERATION, "Сообщение принято модератором", comment);
    }

    /** ПОС moderation rejected the message: spam, duplicate, not municipal. */
    public void rejectAtModeration(Resolution resolution, String comment, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        close(resolution, comment, now);
        record(now, actor, CaseEventType.REJECTED_AT_MODERATION, resolution.title(), comment);
    }

    /**
     * ПОС moderation: the question is outside the administration's competence; the message is
     * closed as redirected to the competent organisation, whose name the author is told.
     */
    public void redirectAtModeration(String organisation, String comment, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.forwardedTo = Objects.requireNonNull(organisation, "organisation");
        this.departmentCode = null;
        close(Resolution.REDIRECTED, comment, now);
        record(now, actor, CaseEventType.FORWARDED, "Перенаправлено в организацию по компетенции: " + organisation, comment);
    }

    /** The coordinator (ПОС, «Инцидент Менеджмент») gives the case to a department. */
    public void assignDepartment(String department, String departmentName, Place place, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED, CaseStatus.AWAITING_ROUTING);
        if (registeredAt == null) {
            applyRegistration(null, place, now);
        } else if (place != null && place.rubricCode() != null) {
            this.rubricCode = place.rubricCode();
        }
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.DEPARTMENT_ASSIGNED, "Назначен исполнитель: " + departmentName, null);
    }

    /** The incident coordinator does not take the post into work. */
    public void dismiss(String reason, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED, CaseStatus.AWAITING_ROUTING);
        close(Resolution.DISMISSED, reason, now);
        record(now, actor, CaseEventType.DISMISSED, "Инцидент не взят в работу", reason);
    }

    /** A clerk took the case's task into work; the first such step is the department's first reaction. */
    public void takenByClerk(String clerk, String clerkName, Instant now) {
        if (isClosed()) {
            return;
        }
        reacted(now);
        record(now, clerk, CaseEventType.TAKEN_BY_CLERK, "Взято в работу: " + clerkName, null);
    }

    /** The department gave the interim answer to an incident. */
    public void giveInterimAnswer(String text, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.interimAnsweredAt = now;
        record(now, actor, CaseEventType.INTERIM_ANSWER_GIVEN, "Дан промежуточный ответ", text);
    }

    /** The department resolved the problem on the spot, with what proves it. */
    public void resolveOnSpot(String answer, String evidence, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.answerText = Objects.requireNonNull(answer, "answer");
        this.answerEvidence = evidence;
        this.answeredAt = now;
        close(Resolution.RESOLVED_ON_SPOT, null, now);
        record(now, actor, CaseEventType.RESOLVED_ON_SPOT, "Проблема решена на месте", evidence);
    }

    /** The department's full answer to an incident closes it. */
    public void giveFullAnswer(String answer, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.answerText = Objects.requireNonNull(answer, "answer");
        this.answeredAt = now;
        close(Resolution.ANSWERED, null, now);
        record(now, actor, CaseEventType.ANSWER_DISPATCHED, "Дан полный ответ", null);
    }

    /** The answer to a closed incident is handed over for publication under the post. */
    public void recordResponsePublished(Instant now) {
        requireStatus(CaseStatus.CLOSED);
        record(now, "system", CaseEventType.ANSWER_PUBLISHED, "Ответ передан для размещения в комментариях к записи в социальной сети", null);
    }

    /** The approved answer to a ПОС message is published; the author may rate it. */
    public void publishAnswer(Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.answeredAt = now;
        this.status = CaseStatus.AWAITING_RATING;
        record(now, "system", CaseEventType.ANSWER_PUBLISHED, "Ответ опубликован, автору предложено оценить его", null);
    }

    /**
     * ПОС, seasonal works: the approved answer «запланировано» is published with the date the works
     * are planned for. The message is answered for now but stays under control: neither on time
     * nor overdue until the date, when the department is given the works to complete.
     */
    public void publishPlannedAnswer(LocalDate plannedFor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.plannedFor = Objects.requireNonNull(plannedFor, "plannedFor");
        this.plannedAnsweredAt = now;
        this.plannedAnswerDueAt = answerDueAt;
        // overdueSince stays: a planned answer given after the term is still a late one
        this.status = CaseStatus.PLANNED;
        record(now, "system", CaseEventType.PLANNED_ANSWER_GIVEN, "Опубликован ответ «запланировано»: работы запланированы на "
                + DAY.format(plannedFor) + "; сообщение на контроле до их выполнения", null);
    }

    /** The planned date came: the department completes the works and gives the final answer, with a fresh term. */
    public void resumePlannedWork(Instant now) {
        requireStatus(CaseStatus.PLANNED);
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, "system", CaseEventType.PLANNED_DATE_REACHED, "Наступила запланированная дата ("
                + DAY.format(plannedFor) + "): выполнить работы и дать окончательный ответ", null);
    }

    public LocalDate getPlannedFor() {
        return plannedFor;
    }

    public Instant getPlannedAnsweredAt() {
        return plannedAnsweredAt;
    }

    /** The answer term the planned answer was given against; null without a planned answer. */
    public Instant getPlannedAnswerDueAt() {
        return plannedAnswerDueAt;
    }

    /**
     * The author rated the answer; returns the round (1 for the first answer, 2 after one
     * rework...). A ПОС message awaiting its rating, or a 59-ФЗ appeal answered and not rated yet,
     * may be rated.
     */
    public int rate(int score, String comment, Instant now) {
        boolean closedAppeal = status == CaseStatus.CLOSED && channel.isAppeal() && resolution == Resolution.ANSWERED && ratingScore == null;
        if (!closedAppeal) {
            requireStatus(CaseStatus.AWAITING_RATING);
        }
        if (score < 1 || score > 5) {
            throw new InvalidCaseDataException("score", "Оценка — целое число от 1 до 5");
        }
        this.ratingScore = score;
        this.ratingComment = comment;
        this.ratedAt = now;
        record(now, "citizen", CaseEventType.RATED, "Автор оценил ответ: " + score + " из 5", comment);
        return reworkCount + 1;
    }

    /**
     * Where the answer term counts from: the registration of a 59-ФЗ appeal, the receipt of a
     * message, and after a low rating the start of the latest rework; null before registration.
     */
    public Instant answerTermStart() {
        Instant start = channel.isAppeal() ? registeredAt : receivedAt;
        for (CaseEvent e : events) {
            if ((e.getType() == CaseEventType.REWORK_STARTED || e.getType() == CaseEventType.PLANNED_DATE_REACHED)
                    && (start == null || e.getOccurredAt().isAfter(start))) {
                start = e.getOccurredAt();
            }
        }
        return start;
    }

    /** A low rating sends the case back to the same department for another answer. */
    public void startRework(Instant now) {
        requireStatus(CaseStatus.AWAITING_RATING);
        this.reworkCount++;
        this.status = CaseStatus.IN_DEPARTMENT;
        this.answeredAt = null;
        this.overdueSince = null;
        record(now, "system", CaseEventType.REWORK_STARTED, "Возвращено на повторное рассмотрение после низкой оценки", null);
    }

    /** The rating round is over (rated well, or no rating in the window): the case is closed as answered. */
    public void closeAnswered(String note, Instant now) {
        requireStatus(CaseStatus.AWAITING_RATING);
        this.answeredAt = this.answeredAt == null ? now : this.answeredAt;
        close(Resolution.ANSWERED, note, now);
        record(now, "system", CaseEventType.CLOSED, note == null ? "Закрыто" : note, null);
    }

    /** Staff link this case to the main case of the same problem; answering the main one answers this one. */
    public void linkTo(Case main, String actor, Instant now) {
        if (main.getId().equals(id)) {
            throw new InvalidCaseDataException("mainCase", "Обращение нельзя связать с самим собой");
        }
        if (main.getMainCaseId() != null) {
            throw new InvalidCaseDataException("mainCase", "Обращение " + main.getNumber() + " само связано с другим; укажите основное обращение проблемы");
        }
        if (isClosed()) {
            throw new CaseTransitionException("Case " + number + " is closed");
        }
        this.mainCaseId = main.getId();
        record(now, actor, CaseEventType.LINKED, "Связано с основным номером проблемы " + main.getNumber() + ": ответ будет дан по нему", null);
    }

    public void unlink(String actor, Instant now) {
        if (mainCaseId == null) {
            return;
        }
        this.mainCaseId = null;
        record(now, actor, CaseEventType.LINKED, "Связь с основным номером проблемы снята", null);
    }

    /** The main case of the problem was answered: this one gets the same answer and closes. */
    public void answerViaMainCase(Case main, Instant now) {
        if (isClosed()) {
            return;
        }
        this.answerText = main.getAnswerText();
        this.answeredAt = now;
        if (channel.isAppeal() && main.getResultType() != null && resultType == null) {
            this.resultType = main.getResultType();
        }
        close(Resolution.ANSWERED_VIA_MAIN_CASE, "Ответ дан по основному обращению " + main.getNumber(), now);
        record(now, "system", CaseEventType.ANSWERED_VIA_MAIN_CASE, "Ответ дан по основному обращению " + main.getNumber(), null);
    }

    /** A ПОС message or an incident was converted into a 59-ФЗ appeal; this case ends here. */
    public void convertedInto(String appealNumber, String actor, Instant now) {
        if (channel.isAppeal()) {
            throw new InvalidCaseDataException("number", "Обращение уже рассматривается по 59-ФЗ");
        }
        if (isClosed()) {
            throw new CaseTransitionException("Case " + number + " is closed");
        }
        close(Resolution.CONVERTED_TO_APPEAL, "Переведено в обращение " + appealNumber, now);
        record(now, actor, CaseEventType.CONVERTED, "Переведено в обращение по 59-ФЗ № " + appealNumber, null);
    }

    /** This appeal was made from a ПОС message or an incident. */
    public void convertedFrom(Case source, String actor, Instant now) {
        this.convertedFromId = source.getId();
        record(now, actor, CaseEventType.CONVERTED, "Создано из " + (source.getChannel() == Channel.POS ? "сообщения ПОС" : "инцидента")
                + " № " + source.getNumber(), null);
    }

    // ---- the result type (ССТУ.РФ) and the additional control ----

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * The block head approves the draft of an appeal with its result type, and, when the answer
     * promises works, puts it on additional control until {@code controlUntil} (after today).
     */
    public void approveAnswer(ResultType type, LocalDate controlUntil, LocalDate today, String actor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        if (type == null) {
            throw new InvalidCaseDataException("resultType", "Выберите результат рассмотрения");
        }
        if (!type.chosenAtApproval()) {
            throw new InvalidCaseDataException("resultType", "Результат «" + type.title() + "» определяется исходом рассмотрения, а не при согласовании");
        }
        if (controlUntil != null && !controlUntil.isAfter(today)) {
            throw new InvalidCaseDataException("controlDate", "Дата контроля должна быть позже сегодняшнего дня ("
                    + DAY.format(today) + ")");
        }
        this.resultType = type;
        this.resultTypeAutomatic = false;
        record(now, actor, CaseEventType.ANSWER_APPROVED, "Ответ согласован руководителем. Результат рассмотрения: "
                + lowerFirst(type.title()), null);
        if (controlUntil != null) {
            this.controlUntil = controlUntil;
            this.controlRemindedFor = null;
            this.controlClosedAt = null;
            this.controlClosedBy = null;
            this.controlClosingNote = null;
            record(now, actor, CaseEventType.CONTROL_SET, "Поставлено на дополнительный контроль до " + DAY.format(controlUntil)
                    + ": ответ обещает выполнить работы", null);
        }
    }

    /** Whether the answer is on additional control now: set and not yet confirmed as done. */
    public boolean isOnControl() {
        return controlUntil != null && controlClosedAt == null;
    }

    /**
     * The department is reminded on the control day; returns false when it was reminded for
     * this day already, the control is closed, or the day has not come.
     */
    public boolean remindOfControl(LocalDate today, String whom, Instant now) {
        if (!isOnControl() || today.isBefore(controlUntil) || controlUntil.equals(controlRemindedFor)) {
            return false;
        }
        this.controlRemindedFor = controlUntil;
        record(now, "system", CaseEventType.CONTROL_REMINDER_SENT, "Напоминание о дополнительном контроле (срок "
                + DAY.format(controlUntil) + ") направлено: " + whom, null);
        return true;
    }

    /** The department confirms the promised works were done; the additional control ends. */
    public void closeControl(String note, String actor, Instant now) {
        if (!isOnControl()) {
            throw new CaseTransitionException("Case " + number + " is not on additional control");
        }
        this.controlClosedAt = now;
        this.controlClosedBy = actor;
        this.controlClosingNote = note == null || note.isBlank() ? null : note.strip();
        record(now, actor, CaseEventType.CONTROL_CLOSED, "Снято с дополнительного контроля: работы выполнены", controlClosingNote);
    }

    private void typeAutomatically(Resolution resolution) {
        if (resultType != null || !channel.isAppeal()) {
            return;
        }
        ResultType automatic = ResultType.automaticFor(resolution);
        if (automatic != null) {
            this.resultType = automatic;
            this.resultTypeAutomatic = true;
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public ResultType getResultType() {
        return resultType;
    }

    /** Whether the type came from the outcome (ст. 11, forwarding) rather than from the block head. */
    public boolean isResultTypeAutomatic() {
        return resultTypeAutomatic;
    }

    public LocalDate getControlUntil() {
        return controlUntil;
    }

    public LocalDate getControlRemindedFor() {
        return controlRemindedFor;
    }

    public Instant getControlClosedAt() {
        return controlClosedAt;
    }

    public String getControlClosedBy() {
        return controlClosedBy;
    }

    public String getControlClosingNote() {
        return controlClosingNote;
    }

    private void reacted(Instant now) {
        if (firstReactionAt == null) {
            firstReactionAt = now;
        }
    }

    private Extension pendingExtension() {
        return extensions.stream().filter(Extension::isPending).findFirst().orElse(null);
    }

    private void applyRegistration(AppealKind kind, Place place, Instant now) {
        if (kind != null) {
            this.kind = kind;
        }
        if (place != null) {
            this.rubricCode = place.rubricCode();
            this.districtCode = place.districtCode();
            this.address = place.address();
            if (place.latitude() != null && place.longitude() != null) {
                this.latitude = place.latitude();
                this.longitude = place.longitude();
            }
        }
        this.registeredAt = now;
    }

    private void close(Resolution resolution, String note, Instant now) {
        typeAutomatically(resolution);
        this.status = CaseStatus.CLOSED;
        this.resolution = resolution;
        this.resolutionNote = note;
        this.closedAt = now;
    }

    private void requireStatus(CaseStatus... allowed) {
        Set<CaseStatus> set = EnumSet.noneOf(CaseStatus.class);
        Collections.addAll(set, allowed);
        if (!set.contains(status)) {
            throw new CaseTransitionException("Case " + number + " is " + status + ", expected one of " + set);
        }
    }

    private void record(Instant at, String actor, CaseEventType type, String description, String reason) {
        events.add(new CaseEvent(this, at, actor, type, description, reason));
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getExternalId() {
        return externalId;
    }

    public AppealKind getKind() {
        return kind;
    }

    /** The author; never null (an anonymous letter has an author with no data, which JPA loads as null). */
    public Citizen getCitizen() {
        return citizen == null ? new Citizen(null, null, null, null) : citizen;
    }

    public String getText() {
        return text;
    }

    public String getRubricCode() {
        return rubricCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getAddress() {
        return address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getForwardedTo() {
        return forwardedTo;
    }

    public int getRerouteCount() {
        return rerouteCount;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getCategory() {
        return category;
    }

    public String getSubcategory() {
        return subcategory;
    }

    public Importance getImportance() {
        return importance;
    }

    public String getSourceNetwork() {
        return sourceNetwork;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public Instant getInterimDueAt() {
        return interimDueAt;
    }

    public Instant getInterimAnsweredAt() {
        return interimAnsweredAt;
    }

    public Instant getFirstReactionAt() {
        return firstReactionAt;
    }

    public int getReworkCount() {
        return reworkCount;
    }

    public Integer getRatingScore() {
        return ratingScore;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Long getMainCaseId() {
        return mainCaseId;
    }

    public Long getConvertedFromId() {
        return convertedFromId;
    }

    public String getAnswerEvidence() {
        return answerEvidence;
    }

    public Instant getRegistrationDueAt() {
        return registrationDueAt;
    }

    public Instant getAnswerDueAt() {
        return answerDueAt;
    }

    public Instant getOverdueSince() {
        return overdueSince;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public List<Suspension> getSuspensions() {
        return Collections.unmodifiableList(suspensions);
    }

    public List<Extension> getExtensions() {
        return Collections.unmodifiableList(extensions);
    }

    /** The term that applies now: the answer term once registered, before that the registration term. */
    public Instant currentTerm() {
        return answerDueAt != null ? answerDueAt : registrationDueAt;
    }

    /** Whether the current term has passed while the case is still open, or it was closed late. */
    public boolean isOverdue(Instant now) {
        Instant term = currentTerm();
        if (term == null) {
            return false;
        }
        if (isClosed()) {
            return answeredAt != null && answerDueAt != null && answeredAt.isAfter(answerDueAt);
        }
        // a 59-ФЗ term never stands still, even for an appeal suspended under the old rule
        // a message answered «запланировано» waits for its planned date, not for a term
        return (status != CaseStatus.SUSPENDED || channel.isAppeal()) && status != CaseStatus.PLANNED && now.isAfter(term);
    }

    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }
}
