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
 * closes as answered.
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
        Instant now = clock.instant();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        int round = c.rate(score, text, now);
        jdbc.update("insert into case_rating (case_id, round, score, comment, rated_at) values (?, ?, ?, ?, ?)",
                c.getId(), round, score, text, Timestamp.from(now));
        events.publishEvent(new CaseRated(number, score, round));
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
