package ru.mcu.notification;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.AnswerTermExtended;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseClosed;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseStatusChanged;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Extension;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.cases.Resolution;
import ru.mcu.letters.ReplyForm;
import ru.mcu.platform.web.McuContacts;
import ru.mcu.platform.web.PublicLinks;

/**
 * Tells the citizen by e-mail, when he gave an address, what became of his case: registered
 * (with the answer term and the registrar's explanation), given to a department, answered,
 * sent back for rework, forwarded to the competent body, left without an answer. A ПОС message
 * or an incident is a «сообщение» in every line. The e-mail is written into the outbox in the
 * transaction that made the step, so it leaves exactly when the step is committed.
 * <p>
 * The e-mail is one of the forms of {@link ReplyForm}: the author of a written appeal (or one
 * who gave no e-mail) gets the same steps as numbered letters on paper from the letters module
 * ({@code ru.mcu.letters.CitizenLetters}), recorded in the same transaction; the e-mail then is a
 * copy.
 */
@Component
class CitizenNotifications {

    /** Steps the author hears of. */
    private static final Set<CaseEventType> TOLD_STEPS = EnumSet.of(CaseEventType.REGISTERED,
            CaseEventType.ACCEPTED_AT_MODERATION, CaseEventType.DEPARTMENT_ASSIGNED, CaseEventType.ANSWER_PUBLISHED,
            CaseEventType.REWORK_STARTED);

    private final CaseQueries cases;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AccessCodes accessCodes;
    private final PublicLinks links;
    private final McuContacts contacts;

    CitizenNotifications(CaseQueries cases, MailTemplates templates, Outbox outbox, AccessCodes accessCodes,
                         PublicLinks links, McuContacts contacts) {
        this.cases = cases;
        this.templates = templates;
        this.outbox = outbox;
        this.accessCodes = accessCodes;
        this.links = links;
        this.contacts = contacts;
    }

    @EventListener
    void on(AnswerTermExtended event) {
        Case c = cases.get(event.caseNumber());
        if (!ReplyForm.byEmail(c)) {
            return;
        }
        Map<String, Object> values = common(c);
        values.put("days", event.days());
        values.put("term", CitizenCaseView.termText(event.newTerm()));
        Extension last = c.getExtensions().isEmpty() ? null : c.getExtensions().get(c.getExtensions().size() - 1);
        values.put("reason", last == null ? null : last.getReason());
        values.put("ground", last == null || last.getGround() == null ? null : last.getGround().title());
        MailKind kind = MailKind.CITIZEN_EXTENDED;
        MailTemplates.Rendered mail = templates.render(kind, values);
        outbox.enqueue(new Mail(kind.key(c.getNumber(), event.newTerm().getEpochSecond()), kind.kind(),
                c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }

    /**
     * Runs just before the step's transaction commits, so that the e-mail tells what the whole
     * step decided: registering an appeal and assigning its answer term are one transaction, and
     * the citizen must hear of the answer term, not of the registration term already past.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CaseStatusChanged event) {
        if (!TOLD_STEPS.contains(event.step())) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!ReplyForm.byEmail(c)) {
            return;
        }
        CitizenCaseView view = CitizenCaseView.of(c);
        Map<String, Object> values = common(c);
        values.put("step", event.step().name());
        values.put("department", view.getDepartment());
        values.put("term", CitizenCaseView.termText(c.getAnswerDueAt()));
        values.put("answer", view.getAnswer());
        values.put("explanation", event.step() == CaseEventType.REGISTERED ? registrarComment(c) : null);
        values.put("code", accessCodes.codeFor(c.getNumber()));
        MailKind kind = event.step() == CaseEventType.ANSWER_PUBLISHED ? MailKind.CITIZEN_ANSWER_PUBLISHED : MailKind.CITIZEN_STATUS;
        MailTemplates.Rendered mail = templates.render(kind, values);
        outbox.enqueue(new Mail(kind.key(c.getNumber(), event.step(), c.getEvents().size()), kind.kind(event.step()), c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }

    @EventListener
    void on(CaseClosed event) {
        boolean answered = event.resolution() == Resolution.ANSWERED || event.resolution() == Resolution.ANSWERED_VIA_MAIN_CASE
                || event.resolution() == Resolution.RESOLVED_ON_SPOT;
        if (!answered && !event.resolution().citizenNotified()) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!ReplyForm.byEmail(c)) {
            return;
        }
        if (c.getChannel() == Channel.POS && event.resolution() == Resolution.ANSWERED) {
            return; // the author had the answer when it was published, with the link to rate it
        }
        CitizenCaseView view = CitizenCaseView.of(c);
        Map<String, Object> values = common(c);
        values.put("resolution", c.getResolution().title());
        values.put("answer", c.getAnswerText());
        values.put("department", view.getDepartment());
        values.put("forwardedTo", c.getForwardedTo());
        values.put("note", c.getResolutionNote());
        values.put("canRate", CitizenCaseView.ratingOpen(c));
        MailKind kind = switch (event.resolution()) {
            case ANSWERED, ANSWERED_VIA_MAIN_CASE, RESOLVED_ON_SPOT -> MailKind.CITIZEN_ANSWER;
            case FORWARDED, REDIRECTED -> MailKind.CITIZEN_FORWARDED;
            default -> MailKind.CITIZEN_WITHOUT_ANSWER;
        };
        MailTemplates.Rendered mail = templates.render(kind, values);
        outbox.enqueue(new Mail(kind.key(c.getNumber()), kind.kind(event.resolution()),
                c.getNumber(), c.getCitizen().getEmail(), mail.subject(), mail.text(), mail.html()));
    }

    /** What every citizen's e-mail shows: the number, the word for the case, the greeting, the link, the МЦУ's contacts. */
    private Map<String, Object> common(Case c) {
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("n", CitizenCaseView.Noun.of(c.getChannel()));
        values.put("citizenName", c.getCitizen().getFullName());
        values.put("link", links.citizenCase(c.getNumber(), accessCodes.codeFor(c.getNumber())));
        values.put("contacts", contacts);
        return values;
    }

    /** The registrar's explanation for the citizen, given with the registration. */
    private static String registrarComment(Case c) {
        for (int i = c.getEvents().size() - 1; i >= 0; i--) {
            if (c.getEvents().get(i).getType() == CaseEventType.REGISTERED) {
                return c.getEvents().get(i).getReason();
            }
        }
        return null;
    }
}
