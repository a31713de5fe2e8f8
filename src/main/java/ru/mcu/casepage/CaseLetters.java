package ru.mcu.casepage;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.letters.Letter;
import ru.mcu.letters.Letters;

/**
 * The case page's section «Письма почтой»: the letters of the administration to the author on
 * paper and the covering letters that sent the appeal (or its copy) to another body, their outgoing numbers, and whether and when each was handed to the post; the document
 * only for those who may see the author's data.
 */
@Component
class CaseLetters {

    private final Letters letters;
    private final CaseAccess access;

    CaseLetters(Letters letters, CaseAccess access) {
        this.letters = letters;
        this.access = access;
    }

    /**
     * One letter as the section lists it.
     *
     * @param state «ожидает отправки» or «отправлено 19.11.2026, почтовый идентификатор …»
     * @param pdf   the document, null when the user may not see the author's data
     */
    record Row(String number, String date, String kind, String signatory, String state, boolean sent, String pdf) {
    }

    List<Row> of(Case c) {
        boolean personal = access.canSeePersonalData(c);
        return letters.ofCase(c.getNumber()).stream().map(l -> row(l, personal)).toList();
    }

    private static Row row(Letter l, boolean personal) {
        String state = l.isSent()
                ? "отправлено " + l.getSentOn().format(DATE) + (l.getTrackingNumber() == null ? "" : ", почтовый идентификатор " + l.getTrackingNumber())
                : "ожидает отправки";
        // a covering letter names the body it goes to (not personal data); a letter to the author does not repeat his name
        String kind = l.getKind().toBody() ? l.getKind().title() + "; адресат: " + l.getAddresseeName() : l.getKind().title();
        return new Row(l.getNumber(), l.getDate().format(DATE), kind,
                l.getSignatoryName() + ", " + l.getSignatoryPosition(), state, l.isSent(),
                personal ? "/letters/" + l.getId() + "/pdf" : null);
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
}
