package ru.mcu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's rating of an answer and what follows: every round is kept; a low rating sends a
 * ПОС message back for rework (decided by the process's rating table), otherwise the case
 * closes as answered. A rating out of turn is refused with {@link RatingNotOpenException}, whose
 * message names the state a rating needs and the state the case is in.
 */
@Service
@Transactional
public class CaseRatings {

    static final int MAX_COMMENT_LENGTH = 4000;

    private final CaseRepository cases;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRatings(CaseRepository cases, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public void rate(String number, Integer score, String comment) {
        if (score == null || score < 1 || score > 5) {
            throw new InvalidCaseDataException("score", "Оценка — целое число от 1 до 5");
        }
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidCaseDataException("comment", "Комментарий длиннее " + MAX_COMMENT_LENGTH + " символов");
        }
        Case c = load(number);
        if (!CitizenCaseView.ratingOpen(c)) {
            throw new RatingNotOpenException(whyNotOpen(c));
        }
        Instant now = clock.instant();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        int round = c.rate(score, text, now);
        jdbc.update("insert into case_rating (case_id, round, score, comment, rated_at) values (?, ?, ?, ?, ?)",
                c.getId(), round, score, text, Timestamp.from(now));
        events.publishEvent(new CaseRated(number, score, round));
    }

    /** «Оценить можно только ответ, ожидающий оценки; сообщение P-… сейчас «На исполнении»». */
    static String whyNotOpen(Case c) {
        CitizenCaseView view = CitizenCaseView.of(c);
        String noun = view.getNoun().getNom();
        if (c.isClosed() && c.getRatingScore() != null) {
            return "Ответ уже оценён: " + noun + " " + c.getNumber() + " сейчас «" + view.getStatus() + "», оценка "
                    + c.getRatingScore() + " из 5 получена " + TermText.format(c.getRatedAt());
        }
        String needed = c.getChannel().isAppeal()
                ? "Оценить можно только ответ, который уже дан и ещё не оценён"
                : "Оценить можно только ответ, ожидающий оценки";
        return needed + "; " + noun + " " + c.getNumber() + " сейчас «" + view.getStatus() + "»";
    }

    public void startRework(String number) {
        load(number).startRework(clock.instant());
        events.publishEvent(new CaseStatusChanged(number, CaseEventType.REWORK_STARTED));
    }

    public void closeAnswered(String number, String note) {
        load(number).closeAnswered(note, clock.instant());
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
