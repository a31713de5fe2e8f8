package ru.mcu.cases;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.directory.Directory;

/**
 * The МЦУ's side of a case: automatic routing, registration, forwarding to the competent
 * body, special handling under ст. 11 59-ФЗ, and re-routing of cases a department returned.
 */
@Service
@Transactional
public class CaseRegistration {

    /** The longest registrar's comment, as the registration form allows. */
    static final int MAX_COMMENT_LENGTH = 4000;

    private final CaseRepository cases;
    private final CaseReferenceCheck check;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRegistration(CaseRepository cases, CaseReferenceCheck check, Directory directory,
                     ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.check = check;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Records what the routing table decided; {@code department} is null when no rule matched. */
    public void routeByRule(String number, String department) {
        Case c = load(number);
        if (department == null || !directory.isActiveDepartment(department)) {
            c.noRuleMatched(clock.instant());
        } else {
            c.routeByRule(department, directory.departmentName(department), clock.instant());
        }
    }

    /**
     * Registers the appeal and sends it to the department; {@code comment}, the registrar's
     * explanation for the citizen (may be null), reaches him in the e-mail about the registration
     * and on his case page.
     */
    public void register(String number, Registration registration, String department, String comment, String actor) {
        check.place(registration.place());
        String departmentName = check.department("department", department);
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidCaseDataException("registrarComment", "Комментарий длиннее " + MAX_COMMENT_LENGTH + " символов");
        }
        load(number).register(registration.kind(), registration.place(), department, departmentName, comment, actor, clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.REGISTERED));
    }

    public void forward(String number, Registration registration, String body, String reason, String actor) {
        if (body == null || body.isBlank()) {
            throw new InvalidCaseDataException("forwardTo", "Не указан орган, в который перенаправляется обращение");
        }
        if (registration != null) {
            check.place(registration.place());
        }
        Case c = load(number);
        c.forward(registration == null ? null : registration.kind(), registration == null ? null : registration.place(),
                body.trim(), reason, actor, clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.FORWARDED));
    }

    public void closeWithoutAnswer(String number, Registration registration, Resolution resolution, String note, String actor) {
        if (resolution == null) {
            throw new InvalidCaseDataException("specialReason", "Не выбрано основание по ст. 11 59-ФЗ");
        }
        check.place(registration.place());
        load(number).closeWithoutAnswer(registration.kind(), registration.place(), resolution, note, actor, clock.instant());
        events.publishEvent(new CaseClosed(number, resolution));
    }

    public void reroute(String number, String department, String reason, String actor) {
        String departmentName = check.department("department", department);
        load(number).rerouteTo(department, departmentName, reason, actor, clock.instant());
    }

    /** ПОС moderation: the message is accepted for coordination. */
    public void acceptAtModeration(String number, Place place, String comment, String actor) {
        check.place(place);
        load(number).acceptAtModeration(place, comment, actor, clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.ACCEPTED_AT_MODERATION));
    }

    /** ПОС moderation: the message is rejected with its reason. */
    public void rejectAtModeration(String number, Resolution resolution, String comment, String actor) {
        if (resolution == null) {
            throw new InvalidCaseDataException("rejectionReason", "Выберите причину отклонения");
        }
        load(number).rejectAtModeration(resolution, comment, actor, clock.instant());
        events.publishEvent(new CaseClosed(number, resolution));
    }

    /** A coordinator gives a ПОС message or an incident to a department. */
    public void assignDepartment(String number, String department, Place place, String actor) {
        check.place(place);
        String departmentName = check.department("department", department);
        load(number).assignDepartment(department, departmentName, place, actor, clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.DEPARTMENT_ASSIGNED));
    }

    /** The incident coordinator does not take the post into work. */
    public void dismiss(String number, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseDataException("dismissReason", "Укажите, почему инцидент не берётся в работу");
        }
        load(number).dismiss(reason.trim(), actor, clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.DISMISSED));
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
