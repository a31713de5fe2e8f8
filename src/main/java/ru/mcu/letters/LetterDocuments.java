package ru.mcu.letters;

import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseQueries;

/**
 * A letter's PDF for whoever may see the personal data of its case (the МЦУ's staff, the case's
 * department); anyone else is answered as if there were no such letter. Each opening is written
 * to the audit log.
 */
@Component
class LetterDocuments {

    /** The surface the audit log names. */
    static final String SURFACE = "LETTER_PDF";

    private final Letters letters;
    private final LetterPdf pdf;
    private final CaseQueries cases;
    private final CaseAccess access;

    LetterDocuments(Letters letters, LetterPdf pdf, CaseQueries cases, CaseAccess access) {
        this.letters = letters;
        this.pdf = pdf;
        this.cases = cases;
        this.access = access;
    }

    /**
     * The document, inline.
     *
     * @throws LetterNotFoundException when there is no such letter or the user may not see it
     */
    ResponseEntity<byte[]> document(long id) {
        Letter letter = letters.get(id);
        Optional<Case> c = cases.find(letter.getCaseNumber());
        if (c.isEmpty() || !access.canSeePersonalData(c.get())) {
            throw new LetterNotFoundException(id);
        }
        byte[] document = pdf.render(letter);
        access.personalDataShown(c.get(), SURFACE);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("letter-" + letter.getNumber().replaceAll("[^0-9A-Za-z-]", "-") + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }
}
