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

    /**
     * ст. 8 ч. 4 59-ФЗ: the questions concern several competent bodies. The appeal is registered and
     * its municipal part sent to the department; a copy goes to {@code copyTo} (within the 7 days
     * of ч. 3, being done at registration), and the citizen is told in the registration notice.
     */
    public void register(String number, Registration registration, String department, String comment, String copyTo, String actor) {
        if (copyTo == null || copyTo.isBlank()) {
            register(number, registration, department, comment, actor);
            return;
        }
        String body = copyTo.strip();
        if (body.length() > 300) {
            throw new InvalidCaseDataException("copyTo", "Название органа длиннее 300 символов");
        }
        String notice = "Копия обращения направлена в " + body + " (ч. 4 ст. 8 59-ФЗ): часть поставленных вопросов относится "
                + "к его компетенции; на остальные вопросы ответит администрация города.";
        register(number, registration, department,
                comment == null || comment.isBlank() ? notice : notice + " " + comment.strip(), actor);
        load(number).sendCopy(body, actor, clock.instant());
        events.publishEvent(new CopySent(number, body));
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
        closeWithoutAnswer(number, registration, resolution, note, SpecialDetails.NONE, actor);
    }

    /**
     * What some grounds of ст. 11 59-ФЗ need besides the reason: the body an anonymous report of an
     * offence goes to (ч. 1), the address on the official site where the answer is published
     * (ч. 5.1, it goes into the citizen's notice), the earlier answers on the merits a decision to
     * end the correspondence rests on (ч. 5).
     */
    public record SpecialDetails(String offenceBody, String publishedAnswerLink, String earlierAnswers) {
        public static final SpecialDetails NONE = new SpecialDetails(null, null, null);
    }

    /** Registers the appeal and ends it under ст. 11 59-ФЗ; the citizen is told where the law asks for it. */
    public void closeWithoutAnswer(String number, Registration registration, Resolution resolution, String note,
                                   SpecialDetails details, String actor) {
        if (resolution == null) {
            throw new InvalidCaseDataException("specialReason", "Не выбрано основание по ст. 11 59-ФЗ");
        }
        check.place(registration.place());
        String fullNote = noteFor(resolution, note, details);
        load(number).closeWithoutAnswer(registration.kind(), registration.place(), resolution, fullNote, details.offenceBody(),
                actor, clock.instant());
        events.publishEvent(new CaseClosed(number, resolution));
    }

    /** The note the citizen reads: the link of ч. 5.1 and the earlier answers of ч. 5 come first, the registrar's comment after. */
    static String noteFor(Resolution resolution, String comment, SpecialDetails details) {
        String blank = comment == null || comment.isBlank() ? null : comment.strip();
        String lead = null;
        if (resolution == Resolution.ANSWERED_BY_PUBLISHED_ANSWER) {
            String link = details.publishedAnswerLink() == null ? "" : details.publishedAnswerLink().strip();
            if (!link.matches("(?i)https?://\\S+\\.\\S+")) {
                throw new InvalidCaseDataException("publishedAnswerLink", "Укажите адрес страницы официального сайта, "
                        + "на которой размещён ответ на вопрос (начинается с https://)");
            }
            lead = "Ответ на вопрос, поставленный в обращении, размещён на официальном сайте: " + link;
        }
        if (resolution == Resolution.CORRESPONDENCE_ENDED) {
            if (details.earlierAnswers() == null || details.earlierAnswers().isBlank()) {
                throw new InvalidCaseDataException("earlierAnswers", "Укажите ранее данные письменные ответы по существу "
                        + "(номера и даты), на которых основано решение о прекращении переписки");
            }
            lead = "Ранее данные ответы по существу: " + details.earlierAnswers().strip();
        }
        if (lead == null) {
            return blank;
        }
        return blank == null ? lead : lead + ". " + blank;
    }

    /**
     * ст. 13 ч. 2 59-ФЗ: a personal reception's appeal answered orally there, with the citizen's
     * consent (recorded in the reception card); registered and closed as answered.
     */
    public void answerOrally(String number, Registration registration, String answer, Boolean consent, String actor) {
        if (!Boolean.TRUE.equals(consent)) {
            throw new InvalidCaseDataException("oralAnswerConsent", "Устный ответ допускается только с согласия гражданина: "
                    + "отметьте, что согласие получено и записано в карточке личного приёма");
        }
        if (answer == null || answer.isBlank()) {
            throw new InvalidCaseDataException("answerText", "Кратко изложите устный ответ, как он записан в карточке личного приёма");
        }
        if (answer.length() > CaseConsideration.MAX_ANSWER_LENGTH) {
            throw new InvalidCaseDataException("answerText", "Текст ответа длиннее " + CaseConsideration.MAX_ANSWER_LENGTH + " символов");
        }
        check.place(registration.place());
        load(number).answerOrally(registration.kind(), registration.place(), answer.strip(), actor, clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.ANSWERED_ORALLY));
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

    /**
     * ПОС moderation: the message is outside municipal competence and is redirected to the
     * organisation named (free text, at most 300 characters).
     */
    public void redirectAtModeration(String number, String organisation, String comment, String actor) {
        String name = organisation == null ? "" : organisation.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidCaseDataException("redirectOrganization", "Укажите организацию, в компетенции которой вопрос");
        }
        if (name.length() > 300) {
            throw new InvalidCaseDataException("redirectOrganization", "Название организации — не длиннее 300 символов");
        }
        load(number).redirectAtModeration(name, comment == null || comment.isBlank() ? null : comment.strip(), actor, clock.instant());
        events.publishEvent(new CaseClosed(number, Resolution.REDIRECTED));
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
