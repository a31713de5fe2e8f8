package ru.mcu.notification;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.AnswerTermExtended;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseStatusChanged;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseClosed;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Resolution;
import ru.mcu.cases.Terms;
import ru.mcu.directory.Directory;
import ru.mcu.platform.web.PublicLinks;

/**
 * Tells the citizen by e-mail, when he gave an address, how his case ended: the answer, the
 * forwarding to the competent body, or the reason it is left without an answer. Runs inside
 * the transaction that closed the case, so the e-mail is in the outbox exactly when the
 * closure is committed.
 */
@Component
class CitizenNotifications {

    private final CaseQueries cases;
    private final Directory directory;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AccessCodes accessCodes;
    private final PublicLinks links;

    CitizenNotifications(CaseQueries cases, Directory directory, MailTemplates templates, Outbox outbox,
                         AccessCodes accessCodes, PublicLinks links) {
        this.cases = cases;
        this.directory = directory;
        this.templates = templates;
        this.outbox = outbox;
        this.accessCodes = accessCodes;
        this.links = links;
    }

    @EventListener
    void on(AnswerTermExtended event) {
        Case c = cases.get(event.caseNumber());
        if (!c.getCitizen().hasEmail()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("citizenName", c.getCitizen().getFullName());
        values.put("days", event.days());
        values.put("term", Terms.format(event.newTerm()));
        values.put("reason", c.getExtensions().isEmpty() ? null : c.getExtensions().get(c.getExtensions().size() - 1).getReason());
        MailTemplates.Rendered mail = templates.render("citizen-extended", values);
        outbox.enqueue(new Mail("citizen-extended:" + c.getNumber() + ":" + event.newTerm().getEpochSecond(), "CITIZEN_EXTENDED",
                c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }

    /** Steps the author hears of, with the template that tells him. */
    private static final java.util.Set<CaseEventType> TOLD_STEPS = java.util.EnumSet.of(CaseEventType.REGISTERED,
            CaseEventType.ACCEPTED_AT_MODERATION, CaseEventType.DEPARTMENT_ASSIGNED, CaseEventType.ANSWER_PUBLISHED,
            CaseEventType.REWORK_STARTED);

    @EventListener
    void on(CaseStatusChanged event) {
        if (!TOLD_STEPS.contains(event.step())) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!c.getCitizen().hasEmail()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("citizenName", c.getCitizen().getFullName());
        values.put("status", c.getStatus().title());
        values.put("step", c.getEvents().get(c.getEvents().size() - 1).getDescription());
        values.put("department", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        values.put("term", c.currentTerm() == null ? null : Terms.format(c.currentTerm()));
        values.put("answer", c.getAnswerText());
        values.put("code", accessCodes.codeFor(c.getNumber()));
        values.put("link", links.citizenCase(c.getNumber(), accessCodes.codeFor(c.getNumber())));
        String template = event.step() == CaseEventType.ANSWER_PUBLISHED ? "citizen-answer-published" : "citizen-status";
        MailTemplates.Rendered mail = templates.render(template, values);
        outbox.enqueue(new Mail("citizen-status:" + c.getNumber() + ":" + event.step() + ":" + c.getEvents().size(),
                "CITIZEN_" + event.step().name(), c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }

    @EventListener
    void on(CaseClosed event) {
        boolean answered = event.resolution() == Resolution.ANSWERED || event.resolution() == Resolution.ANSWERED_VIA_MAIN_CASE
                || event.resolution() == Resolution.RESOLVED_ON_SPOT;
        if (!answered && !event.resolution().citizenNotified()) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!c.getCitizen().hasEmail()) {
            return;
        }
        if (c.getChannel() == ru.mcu.cases.Channel.POS && event.resolution() == Resolution.ANSWERED) {
            return; // the author had the answer when it was published, with the link to rate it
        }
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("citizenName", c.getCitizen().getFullName());
        values.put("resolution", c.getResolution().title());
        values.put("answer", c.getAnswerText());
        values.put("department", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        values.put("forwardedTo", c.getForwardedTo());
        values.put("note", c.getResolutionNote());
        values.put("link", links.citizenCase(c.getNumber(), accessCodes.codeFor(c.getNumber())));
        String template = switch (event.resolution()) {
            case ANSWERED, ANSWERED_VIA_MAIN_CASE, RESOLVED_ON_SPOT -> "citizen-answer";
            case FORWARDED -> "citizen-forwarded";
            default -> "citizen-without-answer";
        };
        MailTemplates.Rendered mail = templates.render(template, values);
        outbox.enqueue(new Mail("citizen-" + template + ":" + c.getNumber(), "CITIZEN_" + event.resolution().name(),
                c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }
}
