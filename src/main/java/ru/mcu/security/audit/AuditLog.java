package ru.mcu.security.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log: who was shown personal data, who changed what through the API, what the
 * retention job erased. An entry is committed on its own, also when the step that caused it is
 * only reading. Changes made in the processes are the cases' own history ({@code case_event}),
 * which {@link AuditQuery} shows next to these entries.
 */
@Component
public class AuditLog {

    private static final int MAX_DETAIL = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String surface, String caseNumber, String detail) {
        jdbc.update("insert into audit_log (occurred_at, actor, action, surface, case_number, detail) values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actor == null ? "anonymous" : actor, action.name(), surface, caseNumber,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL));
    }
}
