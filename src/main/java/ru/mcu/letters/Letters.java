package ru.mcu.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseCorrespondence;
import ru.mcu.cases.CaseEventType;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/**
 * The register of letters to citizens: records a letter with its outgoing number in the
 * transaction of the step that caused it (the answer's dispatch, the registration...), so that
 * the case's step and its letter commit together and a letter once recorded waits in the
 * queue until the registrar marks it handed to the post.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** «18.11.2026»: the local day of an instant as the letters write it; null for null. */
    static String localDate(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(LocalZone.ZONE).toLocalDate().format(DATE);
    }

    private final LetterRepository letters;
    private final LetterNumbers numbers;
    private final LetterTexts texts;
    private final LetterProperties properties;
    private final CaseCorrespondence correspondence;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    Letters(LetterRepository letters, LetterNumbers numbers, LetterTexts texts, LetterProperties properties,
            CaseCorrespondence correspondence, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.letters = letters;
        this.numbers = numbers;
        this.texts = texts;
        this.properties = properties;
        this.correspondence = correspondence;
        this.clock = clock;
    }

    /**
     * For the anonymisation of a case closed long ago, in the caller's transaction: the letters
     * on paper keep their number, date and signatory (the register), not the addressee or the text.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseOf(String caseNumber, String marker) {
        jdbc.update("update letter set addressee_name = ?, addressee_address = ?, body = ? where case_number = ?",
                marker, marker, marker, caseNumber);
    }

    /**
     * Records the letter of {@code kind} to the author of {@code c} for the business fact
     * {@code key}, numbered and dated today, unless that fact already has its letter; the case's
     * history names it. Must run inside the step's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Letter> record(Case c, LetterKind kind, String key, Signatory signatory, Map<String, Object> values) {
        return record(c, kind, key, c.getCitizen().getFullName(), c.getCitizen().getPostalAddress(), signatory, values);
    }

    /**
     * Records a letter about {@code c} to another addressee than its author: the covering letter
     * that sends the appeal, or its copy, to another body. The body's postal address is not in
     * the directory: the registrar writes it on the envelope (or sends the letter through the
     * interdepartmental document exchange), so the letter carries only the body's name.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Letter> recordTo(Case c, LetterKind kind, String key, String body, Signatory signatory, Map<String, Object> values) {
        return record(c, kind, key, body, "", signatory, values);
    }

    private Optional<Letter> record(Case c, LetterKind kind, String key, String addresseeName, String addresseeAddress,
                                    Signatory signatory, Map<String, Object> values) {
        if (letters.findByKey(key).isPresent()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(LocalZone.ZONE));
        LetterTexts.Text text = texts.render(kind, values);
        String number = numbers.next(today.getYear());
        LocalDate received = c.getReceivedAt() == null ? null : c.getReceivedAt().atZone(LocalZone.ZONE).toLocalDate();
        Letter letter = letters.save(new Letter(key, number, today, kind, c.getNumber(), received,
                addresseeName, addresseeAddress, properties.administration(), signatory,
                text.title(), text.body(), clock.instant()));
        correspondence.record(c.getNumber(), CaseEventType.LETTER_REGISTERED, "Письмо № " + number + " от " + today.format(DATE)
                + " («" + kind.title() + "») ожидает отправки почтой; подписывает: " + signatory.name(), "system");
        return Optional.of(letter);
    }

    /**
     * Marks the letter handed to the post; the case's history records it.
     *
     * @throws ru.mcu.platform.InvalidInput naming the wrong field
     * @throws LetterNotFoundException     when there is no such letter
     * @throws LetterAlreadySentException  when it was marked before
     */
    @Transactional
    public Letter markSent(long id, String sentOn, String trackingNumber, String actor) {
        Letter letter = letters.findById(id).orElseThrow(() -> new LetterNotFoundException(id));
        if (letter.isSent()) {
            throw new LetterAlreadySentException(letter.getNumber(), letter.getSentOn());
        }
        SentMark mark = SentMark.parse(sentOn, trackingNumber, letter.getDate(), LocalDate.now(clock.withZone(LocalZone.ZONE)));
        letter.markSent(mark.sentOn(), mark.trackingNumber(), actor, clock.instant());
        correspondence.record(letter.getCaseNumber(), CaseEventType.LETTER_SENT, "Письмо № " + letter.getNumber() + " («"
                + letter.getKind().title() + "») отправлено почтой " + mark.sentOn().format(DATE)
                + (mark.trackingNumber() == null ? "" : ", почтовый идентификатор " + mark.trackingNumber()), actor);
        return letter;
    }

    /** The letter with this id. */
    public Letter get(long id) {
        return letters.findById(id).orElseThrow(() -> new LetterNotFoundException(id));
    }

    /** Letters waiting to be handed to the post, oldest first. */
    public List<Letter> unsent(int limit) {
        return letters.findUnsent(PageRequest.of(0, limit));
    }

    public long countUnsent() {
        return letters.countUnsent();
    }

    /** Letters handed to the post, the last marked first. */
    public List<Letter> recentlySent(int limit) {
        return letters.findRecentlySent(PageRequest.of(0, limit));
    }

    /** Every letter to the author of a case, in the order they were recorded. */
    public List<Letter> ofCase(String caseNumber) {
        return letters.findByCaseNumber(caseNumber);
    }
}
