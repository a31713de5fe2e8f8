package ru.mcu.registers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.security.audit.AuditLog;

/**
 * Records a change of a register entry twice: in {@code register_event}, in the transaction of the
 * change (the entry's history and what the weekly note reports), and in the audit log, as the
 * application's other pages do, once the change has been written.
 */
@Component
class RegisterEvents {

    /** The registers. */
    enum Register {
        RECOMMENDATION("Рекомендация"), PROPOSAL("Предложение"), POLL_PRIORITY("Приоритет для опроса");

        private final String title;

        Register(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    /** One change of an entry: who, when, the status before (null for a new entry) and after. */
    record Event(Instant at, String actor, String action, String statusFrom, String statusTo, String detail) {

        boolean created() {
            return "CREATED".equals(action);
        }

        boolean statusChanged() {
            return statusFrom == null || !statusFrom.equals(statusTo);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RegisterEvents(NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new entry with its first status. */
    void created(Register register, long id, String actor, Enum<?> status, String detail) {
        record(register, id, actor, "CREATED", null, status.name(), detail);
    }

    /** A changed entry; {@code before} is its status before the change. */
    void updated(Register register, long id, String actor, Enum<?> before, Enum<?> after, String detail) {
        record(register, id, actor, "UPDATED", before.name(), after.name(), detail);
    }

    private void record(Register register, long id, String actor, String action, String from, String to, String detail) {
        jdbc.update("""
                insert into register_event (register, entry_id, occurred_at, actor, action, status_from, status_to, detail)
                values (:register, :id, :at, :actor, :action, :from, :to, :detail)
                """, new MapSqlParameterSource("register", register.name()).addValue("id", id)
                .addValue("at", Timestamp.from(clock.instant())).addValue("actor", actor).addValue("action", action)
                .addValue("from", from).addValue("to", to).addValue("detail", detail));
        audit.record(actor, AuditAction.REGISTER_CHANGE, "REGISTERS", null,
                register.title() + " №" + id + ": " + detail);
    }

    /** The history of an entry, oldest first. */
    List<Event> history(Register register, long id) {
        return jdbc.query("""
                select occurred_at, actor, action, status_from, status_to, detail from register_event
                 where register = :register and entry_id = :id order by occurred_at, id
                """, new MapSqlParameterSource("register", register.name()).addValue("id", id),
                (rs, i) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("status_from"), rs.getString("status_to"), rs.getString("detail")));
    }
}
