package ru.mcu.letters;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseClosed;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CopySent;
import ru.mcu.cases.Resolution;
import ru.mcu.directory.Directory;

/**
 * Writes the covering letter that sends an appeal to another body, whatever form the author
 * wrote in: the whole appeal when it is forwarded by competence (ст. 8 ч. 3 59-ФЗ), a copy when
 * another body answers part of it (ст. 8 ч. 4), an anonymous report of an offence (ст. 11 ч. 1).
 * The letter is numbered in the same register and waits in the same queue as the letters to
 * citizens, recorded in the transaction of the step, so that a forwarding never exists without
 * the letter that carries it. It names the author but gives neither his address nor his access
 * code: the body reads them in the appeal it receives.
 */
@Component
class BodyLetters {

    private final CaseQueries cases;
    private final Letters letters;
    private final Signatories signatories;
    private final Directory directory;

    BodyLetters(CaseQueries cases, Letters letters, Signatories signatories, Directory directory) {
        this.cases = cases;
        this.letters = letters;
        this.signatories = signatories;
        this.directory = directory;
    }

    @EventListener
    void on(CaseClosed event) {
        LetterKind kind = switch (event.resolution()) {
            case FORWARDED -> LetterKind.BODY_FORWARDED;
            case FORWARDED_OFFENCE_REPORT -> LetterKind.BODY_OFFENCE_REPORT;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Case c = cases.get(event.caseNumber());
        if (c.getForwardedTo() == null) {
            return;
        }
        Map<String, Object> values = values(c);
        values.put("note", event.resolution() == Resolution.FORWARDED ? c.getResolutionNote() : null);
        letters.recordTo(c, kind, kind + ":" + c.getNumber(), c.getForwardedTo(), signatories.ofNotices(), values);
    }

    @EventListener
    void on(CopySent event) {
        Case c = cases.get(event.caseNumber());
        letters.recordTo(c, LetterKind.BODY_COPY, LetterKind.BODY_COPY + ":" + c.getNumber() + ":" + c.getEvents().size(),
                event.body(), signatories.ofNotices(), values(c));
    }

    private Map<String, Object> values(Case c) {
        Map<String, Object> values = new HashMap<>();
        values.put("number", c.getNumber());
        values.put("received", Letters.localDate(c.getReceivedAt()));
        String name = c.getCitizen() == null ? null : c.getCitizen().getFullName();
        values.put("citizenName", name == null || name.isBlank() ? "(фамилия не указана)" : name.strip());
        values.put("department", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        return values;
    }

}
