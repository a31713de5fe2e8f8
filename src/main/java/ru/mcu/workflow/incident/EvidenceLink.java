package ru.mcu.workflow.incident;

import java.util.regex.Pattern;
import ru.mcu.cases.InvalidCaseDataException;

/**
 * The link to the photo or document that proves a resolution on the spot; it goes out with the
 * reply under the post, so it must be an absolute http(s) address (the forms check the same
 * pattern; this is the check for the engine REST API and anything else that completes the task).
 */
final class EvidenceLink {

    static final String FIELD = IncidentProcess.Variables.EVIDENCE_LINK.name();
    private static final Pattern HTTP = Pattern.compile("(?i)https?://\\S+\\.\\S+");
    private static final int MAX_LENGTH = 1000;

    private EvidenceLink() {
    }

    /** The link stripped, null when none was given; else {@link InvalidCaseDataException} naming {@code evidenceLink}. */
    static String check(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String link = value.strip();
        if (link.length() > MAX_LENGTH || !HTTP.matcher(link).matches()) {
            throw new InvalidCaseDataException(FIELD,
                    "Ссылка на фото или документ — полный адрес страницы, начиная с https:// или http://, например https://disk.example.ru/photo.jpg");
        }
        return link;
    }
}
