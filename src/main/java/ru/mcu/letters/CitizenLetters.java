package ru.mcu.letters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.AnswerTermExtended;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseClosed;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseStatusChanged;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.cases.Extension;
import ru.mcu.cases.Resolution;
import ru.mcu.directory.Directory;
import ru.mcu.platform.text.RussianPlural;
import ru.mcu.platform.web.PublicLinks;

/**
 * Writes the letter on paper for every step the author of a 59-ФЗ appeal must be told of, when
 * his appeal is answered by post ({@link ReplyForm#byPost}): the answer, the registration, the
 * forwarding to the competent body (ст. 8 ч. 3), the extension of the term (ст. 12 ч. 2), an
 * outcome under ст. 11 he is to be told of. Each letter is recorded in the transaction of its
 * step: the answer's letter commits with the case's closing, or neither does. The e-mails of
 * {@code CitizenNotifications} go as well when he gave an address.
 */
@Component
class CitizenLetters {

    private final CaseQueries cases;
    private final Letters letters;
    private final Signatories signatories;
    private final Directory directory;
    private final AccessCodes accessCodes;
    private final PublicLinks links;

    CitizenLetters(CaseQueries cases, Letters letters, Signatories signatories, Directory directory, AccessCodes accessCodes,
                   PublicLinks links) {
        this.cases = cases;
        this.letters = letters;
        this.signatories = signatories;
        this.directory = directory;
        this.accessCodes = accessCodes;
        this.links = links;
    }

    /** The answer, the forwarding, an outcome under ст. 11. */
    @EventListener
    void on(CaseClosed event) {
        Resolution resolution = event.resolution();
        boolean answered = resolution == Resolution.ANSWERED || resolution == Resolution.ANSWERED_VIA_MAIN_CASE;
        if (!answered && !resolution.citizenNotified()) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!ReplyForm.byPost(c)) {
            return;
        }
        Map<String, Object> values = common(c);
        if (answered) {
            values.put("answer", c.getAnswerText());
            letters.record(c, LetterKind.ANSWER, key(LetterKind.ANSWER, c), signatories.ofAnswer(c), values);
        } else if (resolution == Resolution.FORWARDED) {
            values.put("forwardedTo", c.getForwardedTo());
            values.put("note", c.getResolutionNote());
            letters.record(c, LetterKind.FORWARDED, key(LetterKind.FORWARDED, c), signatories.ofNotices(), values);
        } else {
            values.put("resolution", lowerFirst(resolution.title()));
            values.put("note", c.getResolutionNote());
            letters.record(c, LetterKind.WITHOUT_ANSWER, key(LetterKind.WITHOUT_ANSWER, c), signatories.ofNotices(), values);
        }
    }

    /**
     * The registration, with the answer term: just before the step's transaction commits, as the
     * registration and the assignment of the answer term are one transaction.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CaseStatusChanged event) {
        if (event.step() != CaseEventType.REGISTERED) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (!ReplyForm.byPost(c)) {
            return;
        }
        Map<String, Object> values = common(c);
        values.put("registered", Letters.localDate(c.getRegisteredAt()));
        values.put("term", c.getAnswerDueAt() == null ? null : CitizenCaseView.termText(c.getAnswerDueAt()));
        values.put("explanation", registrarComment(c));
        letters.record(c, LetterKind.REGISTERED, key(LetterKind.REGISTERED, c), signatories.ofNotices(), values);
    }

    /** The extension of the answer term. */
    @EventListener
    void on(AnswerTermExtended event) {
        Case c = cases.get(event.caseNumber());
        if (!ReplyForm.byPost(c)) {
            return;
        }
        Map<String, Object> values = common(c);
        values.put("days", event.days());
        values.put("daysText", RussianPlural.days(event.days()));
        values.put("term", CitizenCaseView.termText(event.newTerm()));
        List<Extension> extensions = c.getExtensions();
        Extension last = extensions.isEmpty() ? null : extensions.get(extensions.size() - 1);
        values.put("reason", last == null ? null : last.getReason());
        values.put("ground", last == null || last.getGround() == null ? null : last.getGround().title());
        letters.record(c, LetterKind.EXTENDED, LetterKind.EXTENDED + ":" + c.getNumber() + ":" + event.newTerm().getEpochSecond(),
                signatories.ofExtension(c), values);
    }

    /** One letter per kind and step of the case: the history's length tells the steps apart. */
    private static String key(LetterKind kind, Case c) {
        return kind + ":" + c.getNumber() + ":" + c.getEvents().size();
    }

    private Map<String, Object> common(Case c) {
        Map<String, Object> values = new HashMap<>();
        String code = accessCodes.codeFor(c.getNumber());
        values.put("number", c.getNumber());
        values.put("received", Letters.localDate(c.getReceivedAt()));
        values.put("citizenName", c.getCitizen().getFullName());
        values.put("department", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        values.put("link", links.citizenCase(c.getNumber(), code));
        values.put("code", code);
        return values;
    }


    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String registrarComment(Case c) {
        List<CaseEvent> events = c.getEvents();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).getType() == CaseEventType.REGISTERED) {
                return events.get(i).getReason();
            }
        }
        return null;
    }
}
