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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    @Column(name = "registration_due_at")
    private Instant registrationDueAt;
    @Column(name = "answer_due_at")
    private Instant answerDueAt;
    @Column(name = "overdue_since")
    private Instant overdueSince;
    @Column(name = "extension_days")
    private int extensionDays;
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
        Case c = new Case();
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

    /** No rule of the routing table matched: the registrar will choose. */
    public void noRuleMatched(Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        this.departmentCode = null;
        record(now, "rule", CaseEventType.NO_RULE_MATCHED, "Ни одно автоправило не подошло: исполнителя определит регистратор", null);
    }

    /** The registrar registers the appeal and sends it to a department. */
    public void register(AppealKind kind, Place place, String department, String departmentName, String actor, Instant now) {
        requireStatus(CaseStatus.RECEIVED);
        String ruleDepartment = this.departmentCode;
        applyRegistration(kind, place, now);
        this.departmentCode = Objects.requireNonNull(department, "department");
        this.status = CaseStatus.IN_DEPARTMENT;
        record(now, actor, CaseEventType.REGISTERED, "Зарегистрировано, направлено исполнителю: " + departmentName, null);
        if (ruleDepartment != null && !ruleDepartment.equals(department)) {
            record(now, actor, CaseEventType.ROUTED_MANUALLY,
                    "Регистратор изменил исполнителя, определённого автоправилом", null);
        }
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
        requireStatus(CaseStatus.RECEIVED);
        if (resolution == Resolution.ANSWERED || resolution == Resolution.FORWARDED) {
            throw new IllegalArgumentException("Not a special-handling outcome: " + resolution);
        }
        applyRegistration(kind, place, now);
        close(resolution, note, now);
        record(now, actor, CaseEventType.CLOSED_WITHOUT_ANSWER, resolution.title(), note);
    }

    /** The department says the case is not its business; the МЦУ must route it again. */
    public void returnAsNotOurs(String reason, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
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

    /** The term for registration, counted from receipt. */
    public void assignRegistrationTerm(Instant due, String rule, Instant now) {
        this.registrationDueAt = Objects.requireNonNull(due);
        record(now, "system", CaseEventType.TERM_ASSIGNED, "Срок регистрации: " + rule + ", до " + Terms.format(due), null);
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
                (first ? "Срок ответа: " : "Новый срок ответа: ") + rule + ", до " + Terms.format(due), null);
    }

    /** A clerk asks the block head for more time (59-ФЗ ст. 12 ч. 2: at most 30 days). */
    public void requestExtension(int days, String reason, int maxDays, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
        if (days < 1) {
            throw new InvalidCaseDataException("extensionDays", "Срок продления — не менее одного дня");
        }
        if (extensionDays + days > maxDays) {
            throw new InvalidCaseDataException("extensionDays", "Срок можно продлить не более чем на " + maxDays
                    + " дн. в сумме; уже продлён на " + extensionDays);
        }
        if (pendingExtension() != null) {
            throw new CaseTransitionException("Case " + number + " already has an extension request pending");
        }
        extensions.add(new Extension(this, now, actor, days, reason));
        record(now, actor, CaseEventType.EXTENSION_REQUESTED, "Запрошено продление срока на " + days + " дн.", reason);
    }

    /** The block head decides on the pending extension request. */
    public Extension decideExtension(boolean approved, String comment, String actor, Instant now) {
        Extension pending = pendingExtension();
        if (pending == null) {
            throw new CaseTransitionException("Case " + number + " has no extension request pending");
        }
        pending.decide(approved, comment, actor, now);
        if (approved) {
            extensionDays += pending.getDays();
            record(now, actor, CaseEventType.EXTENSION_APPROVED, "Срок продлён на " + pending.getDays() + " дн.", comment);
        } else {
            record(now, actor, CaseEventType.EXTENSION_REJECTED, "В продлении срока отказано", comment);
        }
        return pending;
    }

    /** The clock stops: the department waits for documents. */
    public void suspend(String reason, String actor, Instant now) {
        requireStatus(CaseStatus.IN_DEPARTMENT);
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
        record(now, "system", CaseEventType.OVERDUE, "Срок ответа истёк: обращение просрочено", null);
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

    public Citizen getCitizen() {
        return citizen;
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
        return status != CaseStatus.SUSPENDED && now.isAfter(term);
    }

    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }
}
