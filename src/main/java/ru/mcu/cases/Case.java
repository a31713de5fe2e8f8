package ru.mcu.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.SecondaryRow;

/**
 * A case: an appeal, a ПОС message or an incident. A state machine: every change goes through a
 * package-private transition here, called by the services of this module, that checks the current
 * status and writes a history entry (its words come from {@link CaseEventText}). What only a ПОС
 * message or an incident has lives in {@link PosDetails} and {@link IncidentDetails}.
 * Columns are named by Spring's naming strategy (receivedAt → received_at).
 */
@Entity
@Table(name = "cases")
@SecondaryTable(name = PosDetails.TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "case_id"))
@SecondaryTable(name = IncidentDetails.TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "case_id"))
@SecondaryRow(table = PosDetails.TABLE, optional = true)
@SecondaryRow(table = IncidentDetails.TABLE, optional = true)
public class Case {

    private static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    private String number;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String externalId;
    @Enumerated(EnumType.STRING)
    private AppealKind kind;
    @Embedded
    private Citizen citizen;
    private String text;
    private String rubricCode;
    private String districtCode;
    private String address;
    private Double latitude;
    private Double longitude;
    private Instant receivedAt;
    private Instant registeredAt;
    private Instant answeredAt;
    private Instant closedAt;
    private String departmentCode;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private Resolution resolution;
    private String resolutionNote;
    private String answerText;
    private String forwardedTo;
    private int rerouteCount;
    private String processInstanceId;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstReactionAt;
    private Integer ratingScore;
    private String ratingComment;
    private Instant ratedAt;
    private Long mainCaseId;
    private Long convertedFromId;
    private Instant registrationDueAt;
    private Instant answerDueAt;
    private Instant overdueSince;
    private int extensionDays;
    @Enumerated(EnumType.STRING)
    private ResultType resultType;
    private boolean resultTypeAutomatic;
    @Embedded
    private AdditionalControl control;
    @Embedded
    private PosDetails pos;
    @Embedded
    private IncidentDetails incident;
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

    /** A new case as it arrives, with the details its channel gives of its origin. */
    public static Case receive(String number, Channel channel, String externalId, AppealKind kind, Citizen citizen,
                               String text, Place place, Instant receivedAt, NewCase.Source source, Instant now) {
        Case c = new Case();
        c.pos = channel == Channel.POS ? new PosDetails(source.category(), source.subcategory()) : null;
        c.incident = channel == Channel.INCIDENT ? new IncidentDetails(source.importance(), source.network(), source.url()) : null;
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
        c.record(now, SYSTEM, CaseEventType.RECEIVED, CaseEventText.received(channel), null);
        return c;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    // ---- registration and routing ----

    /** The routing table chose a department for the case as received. */
    void routeByRule(String department, String departmentName, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.departmentCode = department;
        record(now, "rule", CaseEventType.ROUTED_BY_RULE, CaseEventText.routedByRule(departmentName), null);
    }

    /** No rule of the routing table matched: whoever takes the case in at the МЦУ will choose. */
    void noRuleMatched(Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.departmentCode = null;
        record(now, "rule", CaseEventType.NO_RULE_MATCHED, CaseEventText.noRuleMatched(channel.regime()), null);
    }

    /**
     * The registrar registers the appeal and sends it to a department, with his explanation for
     * the citizen (or null), kept as the reason of the registration step.
     */
    void register(AppealKind kind, Place place, String department, String departmentName, String comment,
                  String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        String ruleDepartment = this.departmentCode;
        applyRegistration(kind, place, now);
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.REGISTERED, CaseEventText.registered(departmentName),
                comment == null || comment.isBlank() ? null : comment.strip());
        if (ruleDepartment != null && !ruleDepartment.equals(department)) {
            record(now, actor, CaseEventType.ROUTED_MANUALLY, CaseEventText.ROUTING_CHANGED_BY_REGISTRAR, null);
        }
    }

    /** ст. 8 ч. 4 59-ФЗ: a copy of the registered appeal went to another competent body. */
    void sendCopy(String body, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        record(now, actor, CaseEventType.COPY_SENT, CaseEventText.copySent(Objects.requireNonNull(body, "body")), null);
    }

    /** Registered, then forwarded to the competent body because the topic is not municipal. */
    void forward(AppealKind kind, Place place, String body, String reason, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED, CaseStatus.AWAITING_ROUTING);
        if (status == CaseStatus.RECEIVED) {
            applyRegistration(kind, place, now);
        }
        this.forwardedTo = Objects.requireNonNull(body, "body");
        this.departmentCode = null;
        close(Resolution.FORWARDED, reason, now);
        record(now, actor, CaseEventType.FORWARDED, CaseEventText.forwarded(body), reason);
    }

    /**
     * Registered and ended under ст. 11 59-ФЗ, with the reason; {@code body} is where an anonymous
     * report of an offence was sent (ч. 1), null for every other reason.
     */
    void closeWithoutAnswer(AppealKind kind, Place place, Resolution resolution, String note, String body,
                            String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        if (resolution == Resolution.ANSWERED || resolution == Resolution.FORWARDED || resolution == Resolution.ANSWERED_ORALLY) {
            throw new IllegalArgumentException("Not a special-handling outcome: " + resolution);
        }
        boolean offence = resolution == Resolution.FORWARDED_OFFENCE_REPORT;
        if (offence && (body == null || body.isBlank())) {
            throw new InvalidCaseDataException("offenceBody", CaseEventText.offenceBodyMissing());
        }
        if (offence) {
            this.forwardedTo = body.strip();
        }
        applyRegistration(kind, place, now);
        close(resolution, note, now);
        record(now, actor, CaseEventType.CLOSED_WITHOUT_ANSWER, resolution.title(), note);
        if (offence) {
            record(now, actor, CaseEventType.FORWARDED, CaseEventText.offenceReportForwarded(forwardedTo), null);
        }
    }

    /**
     * ст. 13 ч. 2 59-ФЗ: at a personal reception the facts were evident, and with the citizen's
     * consent the answer was given orally there; the appeal is registered and closed as answered.
     */
    void answerOrally(AppealKind kind, Place place, String answer, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        if (channel != Channel.RECEPTION) {
            throw new InvalidCaseDataException("registrationDecision", CaseEventText.oralAnswerOnlyAtReception());
        }
        applyRegistration(kind, place, now);
        answer(answer, now);
        close(Resolution.ANSWERED_ORALLY, null, now);
        record(now, actor, CaseEventType.ANSWERED_ORALLY, Resolution.ANSWERED_ORALLY.title(), answer);
    }

    /** ПОС moderation accepted the message, with the rubric and place the moderator set. */
    void acceptAtModeration(Place place, String comment, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        applyRegistration(null, place, now);
        this.status = CaseStatus.AWAITING_ROUTING;
        record(now, actor, CaseEventType.ACCEPTED_AT_MODERATION, CaseEventText.ACCEPTED_AT_MODERATION, comment);
    }

    /** ПОС moderation rejected the message: spam, duplicate, not municipal. */
    void rejectAtModeration(Resolution resolution, String comment, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        close(resolution, comment, now);
        record(now, actor, CaseEventType.REJECTED_AT_MODERATION, resolution.title(), comment);
    }

    /** ПОС moderation: outside the administration's competence, closed as redirected to the competent organisation. */
    void redirectAtModeration(String organisation, String comment, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.forwardedTo = Objects.requireNonNull(organisation, "organisation");
        this.departmentCode = null;
        close(Resolution.REDIRECTED, comment, now);
        record(now, actor, CaseEventType.FORWARDED, CaseEventText.redirected(organisation), comment);
    }

    /** The coordinator (ПОС, «Инцидент Менеджмент») gives the case to a department. */
    void assignDepartment(String department, String departmentName, Place place, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED, CaseStatus.AWAITING_ROUTING);
        if (registeredAt == null) {
            applyRegistration(null, place, now);
        } else if (place != null && place.rubricCode() != null) {
            this.rubricCode = place.rubricCode();
        }
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.DEPARTMENT_ASSIGNED, CaseEventText.departmentAssigned(departmentName), null);
    }

    /** The incident coordinator does not take the post into work. */
    void dismiss(String reason, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED, CaseStatus.AWAITING_ROUTING);
        close(Resolution.DISMISSED, reason, now);
        record(now, actor, CaseEventType.DISMISSED, CaseEventText.DISMISSED, reason);
    }

    /** The department says the case is not its business; the МЦУ must route it again. */
    void returnAsNotOurs(String reason, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.status = CaseStatus.AWAITING_ROUTING;
        this.rerouteCount++;
        record(now, actor, CaseEventType.RETURNED_NOT_OURS, CaseEventText.RETURNED_NOT_OURS, reason);
    }

    /** The МЦУ sends a returned case to another department. */
    void rerouteTo(String department, String departmentName, String reason, String actor, Instant now) {
        requireStatus(CaseStatus.AWAITING_ROUTING);
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.ROUTED_MANUALLY, CaseEventText.reroutedTo(departmentName), reason);
    }

    // ---- consideration and the answer ----

    /** A clerk took the case's task into work; the first such step is the department's first reaction. */
    void takenByClerk(String clerk, String clerkName, Instant now) {
        if (isClosed()) {
            return;
        }
        reacted(now);
        record(now, clerk, CaseEventType.TAKEN_BY_CLERK, CaseEventText.takenByClerk(clerkName), null);
    }

    /** The clerk proposes to handle the appeal under ст. 11 59-ФЗ at consideration; the block head decides. */
    void proposeSpecialHandling(Resolution resolution, String reason, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (resolution == null || !resolution.decidedAtConsideration()) {
            throw new InvalidCaseDataException("specialReason", CaseEventText.noSpecialHandlingGround());
        }
        reacted(now);
        record(now, actor, CaseEventType.SPECIAL_HANDLING_PROPOSED, CaseEventText.proposed(resolution), reason);
    }

    /** The block head refuses the clerk's proposal under ст. 11; the clerk answers on the merits. */
    void refuseSpecialHandling(String comment, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        record(now, actor, CaseEventType.SPECIAL_HANDLING_REFUSED, CaseEventText.SPECIAL_HANDLING_REFUSED, comment);
    }

    /** The block head agreed: the appeal ends under ст. 11 at consideration, the citizen told. */
    void closeAfterConsideration(Resolution resolution, String note, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (resolution == null || !resolution.decidedAtConsideration()) {
            throw new IllegalArgumentException("Not an outcome decided at consideration: " + resolution);
        }
        close(resolution, note, now);
        record(now, actor, CaseEventType.CLOSED_WITHOUT_ANSWER, resolution.title(), note);
    }

    /** A clerk drafted the answer; it goes to the block head. */
    void draftAnswer(String answer, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        this.answerText = Objects.requireNonNull(answer, "answer");
        this.status = CaseStatus.ON_APPROVAL;
        record(now, actor, CaseEventType.ANSWER_DRAFTED, CaseEventText.ANSWER_DRAFTED, null);
    }

    /** The block head returns the draft to the clerk with remarks. */
    void returnAnswer(String remarks, String actor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.ANSWER_RETURNED, CaseEventText.ANSWER_RETURNED, remarks);
    }

    /** The block head approves the draft of a message (no result type, no control). */
    void approveAnswer(String actor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        record(now, actor, CaseEventType.ANSWER_APPROVED, CaseEventText.ANSWER_APPROVED, null);
    }

    /**
     * The block head approves the draft of an appeal with its result type (ССТУ.РФ), and, when the
     * answer promises works, puts it on additional control until {@code controlUntil} (after today).
     */
    void approveAnswer(ResultType type, LocalDate controlUntil, LocalDate today, String actor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        if (type == null) {
            throw new InvalidCaseDataException("resultType", "Выберите результат рассмотрения");
        }
        if (!type.chosenAtApproval()) {
            throw new InvalidCaseDataException("resultType", CaseEventText.resultTypeNotAtApproval(type));
        }
        if (controlUntil != null && !controlUntil.isAfter(today)) {
            throw new InvalidCaseDataException("controlDate", CaseEventText.controlDateNotAfter(today));
        }
        this.resultType = type;
        this.resultTypeAutomatic = false;
        record(now, actor, CaseEventType.ANSWER_APPROVED, CaseEventText.answerApproved(type), null);
        if (controlUntil != null) {
            this.control = AdditionalControl.until(controlUntil);
            record(now, actor, CaseEventType.CONTROL_SET, CaseEventText.controlSet(controlUntil), null);
        }
    }

    /** The approved answer is sent to the citizen and the case is closed. */
    void dispatchAnswer(Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.answeredAt = now;
        close(Resolution.ANSWERED, null, now);
        record(now, SYSTEM, CaseEventType.ANSWER_DISPATCHED, CaseEventText.answerDispatched(getCitizen().hasEmail()), null);
    }

    /** The department gave the interim answer to an incident. */
    void giveInterimAnswer(String text, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        incident().interimAnswered(now);
        record(now, actor, CaseEventType.INTERIM_ANSWER_GIVEN, CaseEventText.INTERIM_ANSWER_GIVEN, text);
    }

    /** The department resolved the problem of an incident on the spot, with what proves it. */
    void resolveOnSpot(String answer, String evidence, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        answer(answer, now);
        incident().resolvedOnSpot(evidence);
        close(Resolution.RESOLVED_ON_SPOT, null, now);
        record(now, actor, CaseEventType.RESOLVED_ON_SPOT, CaseEventText.RESOLVED_ON_SPOT, evidence);
    }

    /** The department's full answer to an incident closes it. */
    void giveFullAnswer(String answer, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        answer(answer, now);
        close(Resolution.ANSWERED, null, now);
        record(now, actor, CaseEventType.ANSWER_DISPATCHED, CaseEventText.FULL_ANSWER_GIVEN, null);
    }

    /** The answer to a closed incident is handed over for publication under the post. */
    void recordResponsePublished(Instant now) {
        requireStatus(CaseStatus.CLOSED);
        record(now, SYSTEM, CaseEventType.ANSWER_PUBLISHED, CaseEventText.RESPONSE_PUBLISHED, null);
    }

    /** The approved answer to a ПОС message is published; the author may rate it. */
    void publishAnswer(Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        this.answeredAt = now;
        this.status = CaseStatus.AWAITING_RATING;
        record(now, SYSTEM, CaseEventType.ANSWER_PUBLISHED, CaseEventText.ANSWER_PUBLISHED, null);
    }

    /**
     * ПОС, seasonal works: the approved answer «запланировано» is published with the date the works
     * are planned for. The message is answered for now but stays under control: neither on time
     * nor overdue until the date, when the department is given the works to complete.
     */
    void publishPlannedAnswer(LocalDate plannedFor, Instant now) {
        requireStatus(CaseStatus.ON_APPROVAL);
        // overdueSince stays: a planned answer given after the term is still a late one
        pos().planned(Objects.requireNonNull(plannedFor, "plannedFor"), now, answerDueAt);
        this.status = CaseStatus.PLANNED;
        record(now, SYSTEM, CaseEventType.PLANNED_ANSWER_GIVEN, CaseEventText.plannedAnswerGiven(plannedFor), null);
    }

    /** The planned date came: the department completes the works and gives the final answer, with a fresh term. */
    void resumePlannedWork(Instant now) {
        requireStatus(CaseStatus.PLANNED);
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, SYSTEM, CaseEventType.PLANNED_DATE_REACHED, CaseEventText.plannedDateReached(pos().getPlannedFor()), null);
    }

    /**
     * The author rated the answer; returns the round (1 for the first answer, 2 after one
     * rework...). A ПОС message awaiting its rating, or a 59-ФЗ appeal answered and not rated yet,
     * may be rated.
     */
    int rate(int score, String comment, Instant now) {
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
        record(now, "citizen", CaseEventType.RATED, CaseEventText.rated(score), comment);
        return getPos().getReworkCount() + 1;
    }

    /** A low rating sends the case back to the same department for another answer. */
    void startRework(Instant now) {
        requireStatus(CaseStatus.AWAITING_RATING);
        pos().reworked();
        this.status = CaseStatus.IN_DEPARTMENT;
        this.answeredAt = null;
        this.overdueSince = null;
        record(now, SYSTEM, CaseEventType.REWORK_STARTED, CaseEventText.REWORK_STARTED, null);
    }

    /** The rating round is over (rated well, or no rating in the window): the case is closed as answered. */
    void closeAnswered(String note, Instant now) {
        requireStatus(CaseStatus.AWAITING_RATING);
        this.answeredAt = this.answeredAt == null ? now : this.answeredAt;
        close(Resolution.ANSWERED, note, now);
        record(now, SYSTEM, CaseEventType.CLOSED, note == null ? CaseEventText.CLOSED : note, null);
    }

    // ---- terms ----

    /** The term of the МЦУ's first step (registration, moderation), counted from receipt. */
    void assignRegistrationTerm(Instant due, String stage, String rule, Instant now) {
        this.registrationDueAt = Objects.requireNonNull(due);
        record(now, SYSTEM, CaseEventType.TERM_ASSIGNED, CaseEventText.registrationTerm(stage, rule, due), null);
    }

    /** The interim answer term of an incident. */
    void assignInterimTerm(Instant due, String rule, Instant now) {
        incident().interimTerm(Objects.requireNonNull(due));
        record(now, SYSTEM, CaseEventType.TERM_ASSIGNED, CaseEventText.interimTerm(rule, due), null);
    }

    /** The answer term; a changed term (extension, suspension) is recorded as such. */
    void assignAnswerTerm(Instant due, String rule, Instant now) {
        Objects.requireNonNull(due);
        if (due.equals(answerDueAt)) {
            return;
        }
        boolean first = answerDueAt == null;
        this.answerDueAt = due;
        if (overdueSince != null && due.isAfter(now)) {
            this.overdueSince = null;
        }
        record(now, SYSTEM, first ? CaseEventType.TERM_ASSIGNED : CaseEventType.TERM_CHANGED,
                CaseEventText.answerTerm(first, rule, due), null);
    }

    /**
     * A clerk asks the block head for more time on a ground, or none (59-ФЗ ст. 12 ч. 2: at most 30
     * days, asked for and decided before the term runs out: a term already missed cannot be extended).
     */
    void requestExtension(int days, ExtensionGround ground, String reason, int maxDays, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (answerDueAt != null && !now.isBefore(answerDueAt)) {
            throw new InvalidCaseDataException("considerationOutcome", CaseEventText.expiredTermCannotBeExtended(answerDueAt,
                    "Подготовьте ответ; обращение учитывается как рассмотренное с нарушением срока."));
        }
        if (days < 1) {
            throw new InvalidCaseDataException("extensionDays", "Срок продления — не менее одного дня");
        }
        if (extensionDays + days > maxDays) {
            throw new InvalidCaseDataException("extensionDays", CaseEventText.extensionTooLong(maxDays, extensionDays));
        }
        if (pendingExtension() != null) {
            throw new CaseTransitionException("Case " + number + " already has an extension request pending");
        }
        reacted(now);
        extensions.add(new Extension(this, now, actor, days, ground, reason));
        record(now, actor, CaseEventType.EXTENSION_REQUESTED, CaseEventText.extensionRequested(days, ground), reason);
    }

    /** The block head decides on the pending extension request. */
    Extension decideExtension(boolean approved, String comment, String actor, Instant now) {
        Extension pending = pendingExtension();
        if (pending == null) {
            throw new CaseTransitionException("Case " + number + " has no extension request pending");
        }
        // 59-ФЗ: decided before the term runs out; ПОС: asked for in time is enough, the coordinator may decide after it
        Instant judgedAt = channel.isAppeal() ? now : pending.getRequestedAt();
        boolean late = answerDueAt != null && !judgedAt.isBefore(answerDueAt);
        if (approved && late) {
            throw new InvalidCaseDataException("extensionDecision", CaseEventText.expiredTermCannotBeExtended(answerDueAt,
                    "Выберите «Отказать в продлении»; обращение учитывается как рассмотренное с нарушением срока."));
        }
        if (!approved && late && (comment == null || comment.isBlank())) {
            comment = CaseEventText.LATE_EXTENSION_REJECTED;
        }
        pending.decide(approved, comment, actor, now);
        if (approved) {
            extensionDays += pending.getDays();
            record(now, actor, CaseEventType.EXTENSION_APPROVED, CaseEventText.extensionApproved(pending.getDays()), comment);
        } else {
            record(now, actor, CaseEventType.EXTENSION_REJECTED, CaseEventText.EXTENSION_REJECTED, comment);
        }
        return pending;
    }

    /**
     * The clock stops: the department waits for documents. Never for a 59-ФЗ appeal, whose law
     * knows no suspension (waiting for documents is a ground for an extension, ст. 12 ч. 2);
     * appeals suspended before that rule are resumed by {@link #resume}.
     */
    void suspend(String reason, String actor, Instant now) {
        if (channel.isAppeal()) {
            throw new InvalidCaseDataException("considerationOutcome", CaseEventText.noSuspensionFor59Fz());
        }
        requireStatus(CaseStatus.IN_DEPARTMENT);
        reacted(now);
        suspensions.add(new Suspension(this, now, actor, reason));
        this.status = CaseStatus.SUSPENDED;
        record(now, actor, CaseEventType.SUSPENDED, CaseEventText.SUSPENDED, reason);
    }

    /** The clock runs again. */
    void resume(String actor, Instant now) {
        requireStatus(CaseStatus.SUSPENDED);
        suspensions.stream().filter(Suspension::isOpen).forEach(s -> s.resume(now, actor));
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.RESUMED, CaseEventText.RESUMED, null);
    }

    /** The answer term passed with the case still open. Returns false if already marked. */
    boolean markOverdue(Instant now) {
        if (isClosed() || overdueSince != null) {
            return false;
        }
        this.overdueSince = now;
        record(now, SYSTEM, CaseEventType.OVERDUE, CaseEventText.overdue(channel), null);
        return true;
    }

    /**
     * The department let an incident's interim answer term pass; false (nothing recorded) when
     * the case is closed, no longer with the department or its interim answer is given.
     */
    boolean markInterimOverdue(Instant now) {
        IncidentDetails details = getIncident();
        if (isClosed() || status != CaseStatus.IN_DEPARTMENT || details.getInterimAnsweredAt() != null
                || details.getInterimDueAt() == null) {
            return false;
        }
        record(now, SYSTEM, CaseEventType.INTERIM_OVERDUE, CaseEventText.interimOverdue(details.getInterimDueAt()), null);
        return true;
    }

    // ---- steps recorded with the words of their service ----

    /** An e-mail about the term was sent: reminder or escalation. */
    void recordEscalation(CaseEventType type, String description, Instant now) {
        if (type != CaseEventType.REMINDER_SENT && type != CaseEventType.ESCALATED_TO_BLOCK_HEAD
                && type != CaseEventType.ESCALATED_TO_MCU_HEAD) {
            throw new IllegalArgumentException("Not an escalation: " + type);
        }
        record(now, SYSTEM, type, description, null);
    }

    /** Co-executors named, a contribution given, or a co-executor's sub-term passed; the description says which. */
    void recordCoExecution(CaseEventType type, String description, String actor, Instant now) {
        if (type != CaseEventType.CO_EXECUTORS_ASSIGNED && type != CaseEventType.CONTRIBUTION_GIVEN
                && type != CaseEventType.CONTRIBUTION_OVERDUE) {
            throw new IllegalArgumentException("Not a co-execution step: " + type);
        }
        record(now, actor, type, description, null);
    }

    /** A paper letter to the author was registered or handed to the post; the description never names the author. */
    void recordLetter(CaseEventType type, String description, String actor, Instant now) {
        if (type != CaseEventType.LETTER_REGISTERED && type != CaseEventType.LETTER_SENT) {
            throw new IllegalArgumentException("Not a letter step: " + type);
        }
        record(now, actor, type, description, null);
    }

    /**
     * The answer reached the platform the case came from (ПОС, the social network, ЕПГУ); the link
     * (if known) is kept as the step's detail (erased with the personal data).
     */
    void recordPlacement(String description, String link, String actor, Instant now) {
        record(now, actor, CaseEventType.ANSWER_PLACED, description, link);
    }

    // ---- links, conversion and the additional control ----

    /** Staff link this case to the main case of the same problem; answering the main one answers this one. */
    void linkTo(Case main, String actor, Instant now) {
        if (main.getId().equals(id)) {
            throw new InvalidCaseDataException("mainCase", "Обращение нельзя связать с самим собой");
        }
        if (main.getMainCaseId() != null) {
            throw new InvalidCaseDataException("mainCase", CaseEventText.mainCaseIsLinked(main.getNumber()));
        }
        requireOpen();
        this.mainCaseId = main.getId();
        record(now, actor, CaseEventType.LINKED, CaseEventText.linked(main.getNumber()), null);
    }

    /** The link to the main case is removed; nothing happens without one. */
    void unlink(String actor, Instant now) {
        if (mainCaseId == null) {
            return;
        }
        this.mainCaseId = null;
        record(now, actor, CaseEventType.LINKED, CaseEventText.UNLINKED, null);
    }

    /** The main case of the problem was answered: this one gets the same answer and closes. */
    void answerViaMainCase(Case main, Instant now) {
        if (isClosed()) {
            return;
        }
        this.answerText = main.getAnswerText();
        this.answeredAt = now;
        if (channel.isAppeal() && main.getResultType() != null && resultType == null) {
            this.resultType = main.getResultType();
        }
        String text = CaseEventText.answeredViaMainCase(main.getNumber());
        close(Resolution.ANSWERED_VIA_MAIN_CASE, text, now);
        record(now, SYSTEM, CaseEventType.ANSWERED_VIA_MAIN_CASE, text, null);
    }

    /** A ПОС message or an incident was converted into a 59-ФЗ appeal; this case ends here. */
    void convertedInto(String appealNumber, String actor, Instant now) {
        if (channel.isAppeal()) {
            throw new InvalidCaseDataException("number", "Обращение уже рассматривается по 59-ФЗ");
        }
        requireOpen();
        close(Resolution.CONVERTED_TO_APPEAL, CaseEventText.conversionNote(appealNumber), now);
        record(now, actor, CaseEventType.CONVERTED, CaseEventText.convertedInto(appealNumber), null);
    }

    /** This appeal was made from a ПОС message or an incident. */
    void convertedFrom(Case source, String actor, Instant now) {
        this.convertedFromId = source.getId();
        record(now, actor, CaseEventType.CONVERTED, CaseEventText.convertedFrom(source), null);
    }

    /**
     * The department is reminded on the control day; returns false when it was reminded for
     * this day already, the control is closed, or the day has not come.
     */
    boolean remindOfControl(LocalDate today, String whom, Instant now) {
        if (control == null || !control.reminderDue(today)) {
            return false;
        }
        control.reminded();
        record(now, SYSTEM, CaseEventType.CONTROL_REMINDER_SENT, CaseEventText.controlReminder(control.getUntil(), whom), null);
        return true;
    }

    /** The department confirms the promised works were done; the additional control ends. */
    void closeControl(String note, String actor, Instant now) {
        if (!isOnControl()) {
            throw new CaseTransitionException("Case " + number + " is not on additional control");
        }
        control.close(note, actor, now);
        record(now, actor, CaseEventType.CONTROL_CLOSED, CaseEventText.CONTROL_CLOSED, control.getClosingNote());
    }

    // ---- the rules every transition shares ----

    private void reacted(Instant now) {
        if (firstReactionAt == null) {
            firstReactionAt = now;
        }
    }

    private void answer(String answer, Instant now) {
        reacted(now);
        this.answerText = Objects.requireNonNull(answer, "answer");
        this.answeredAt = now;
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
        ResultType automatic = channel.isAppeal() && resultType == null ? ResultType.automaticFor(resolution) : null;
        if (automatic != null) {
            this.resultType = automatic;
            this.resultTypeAutomatic = true;
        }
        this.status = CaseStatus.CLOSED;
        this.resolution = resolution;
        this.resolutionNote = note;
        this.closedAt = now;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new CaseTransitionException("Case " + number + " is closed");
        }
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

    /** The ПОС details to change; JPA loads an embeddable whose columns are all null as null. */
    private PosDetails pos() {
        if (pos == null) {
            pos = new PosDetails(null, null);
        }
        return pos;
    }

    private IncidentDetails incident() {
        if (incident == null) {
            incident = new IncidentDetails(null, null, null);
        }
        return incident;
    }

    // ---- what the case is and has been: read by everyone ----

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

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /** Whether the answer is on additional control now: set and not yet confirmed as done. */
    public boolean isOnControl() {
        return control != null && control.isOpen();
    }

    /** The additional control; empty (every field null) when the answer was never put on control. */
    public AdditionalControl getControl() {
        return control == null ? new AdditionalControl() : control;
    }

    /** What only a ПОС message has; empty for the other channels. */
    public PosDetails getPos() {
        return pos == null ? new PosDetails(null, null) : pos;
    }

    /** What only an incident has; empty for the other channels. */
    public IncidentDetails getIncident() {
        return incident == null ? new IncidentDetails(null, null, null) : incident;
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

    public Instant getFirstReactionAt() {
        return firstReactionAt;
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

    public ResultType getResultType() {
        return resultType;
    }

    /** Whether the type came from the outcome (ст. 11, forwarding) rather than from the block head. */
    public boolean isResultTypeAutomatic() {
        return resultTypeAutomatic;
    }

    public List<Suspension> getSuspensions() {
        return Collections.unmodifiableList(suspensions);
    }

    public List<Extension> getExtensions() {
        return Collections.unmodifiableList(extensions);
    }

    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
