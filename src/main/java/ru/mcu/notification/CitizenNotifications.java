package ru.mcu.notification;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.AnswerTermExtended;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseClosed;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Resolution;
import ru.mcu.cases.Terms;
import ru.mcu.directory.Directory;

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

    CitizenNotifications(CaseQueries cases, Directory directory, MailTemplates templates, Outbox outbox) {
        this.cases = cases;
        this.directory = directory;
        this.templates = templates;
        this.outbox = outbox;
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

    @EventListener
    void on(CaseClosed event) {
        if (event.resolution() != Resolution.ANSWERED && !event.resolution().citizenNotified()) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!c.getCitizen().hasEmail()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("citizenName", c.getCitizen().getFullName());
        values.put("resolution", c.getResolution().title());
        values.put("answer", c.getAnswerText());
        values.put("department", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        values.put("forwardedTo", c.getForwardedTo());
        values.put("note", c.getResolutionNote());
        String template = switch (event.resolution()) {
            case ANSWERED -> "citizen-answer";
            case FORWARDED -> "citizen-forwarded";
            default -> "citizen-without-answer";
        };
        MailTemplates.Rendered mail = templates.render(template, values);
        outbox.enqueue(new Mail("citizen-" + template + ":" + c.getNumber(), "CITIZEN_" + event.resolution().name(),
                c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }
}
