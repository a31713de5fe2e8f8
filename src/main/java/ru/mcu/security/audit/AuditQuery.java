package ru.mcu.security.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit: the entries of {@link AuditLog} together with the cases' own history of
 * changes ({@code case_event}: who registered, answered, re-routed, approved), newest first.
 */
@Component
public class AuditQuery {

    /** Which entries: reads of personal data, changes (of the API and of the cases' history), or all. */
    public enum Kind { ALL, READS, CHANGES }

    /** Filters, every one optional; the period is [from, to). */
    public record Filter(Instant from, Instant to, String actor, String caseNumber, Kind kind) {
    }

    /** One entry. */
    public record Entry(Instant occurredAt, String actor, String action, String actionTitle, String surface,
                        String caseNumber, String detail) {

        /** Where it happened, in Russian: «Tasklist», «исходящая почта», «ход рассмотрения». */
        public String surfaceTitle() {
            return AuditQuery.surfaceTitle(surface);
        }
    }

    /** The surfaces the audit names, for people. */
    static String surfaceTitle(String surface) {
        if (surface == null) {
            return "—";
        }
        return switch (surface) {
            case "API" -> "API для интеграций";
            case "ENGINE_REST" -> "API процессов (engine-rest)";
            case "TASKLIST" -> "Tasklist";
            case "OUTBOX" -> "исходящая почта";
            case "CASE" -> "ход рассмотрения";
            case "RETENTION" -> "срок хранения";
            case "PAGES" -> "страницы приложения";
            case "LETTER_PDF" -> "письмо заявителю на бумаге (PDF)";
            case "REGISTERS" -> "реестры МЦУ (рекомендации, предложения, опросы)";
            default -> surface;
        };
    }

    private final JdbcTemplate jdbc;

    AuditQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} entries, newest first, after skipping {@code offset} of them. */
    @Transactional(readOnly = true)
    public List<Entry> find(Filter filter, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "select * from (" + union(filter, args) + ") x order by occurred_at desc limit ? offset ?";
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql, (rs, i) -> {
            String action = rs.getString("action");
            return new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), action, title(action),
                    rs.getString("surface"), rs.getString("case_number"), rs.getString("detail"));
        }, args.toArray());
    }

    private String union(Filter filter, List<Object> args) {
        List<String> parts = new ArrayList<>();
        Kind kind = filter.kind() == null ? Kind.ALL : filter.kind();
        StringBuilder log = new StringBuilder("select occurred_at, actor, action, surface, case_number, detail from audit_log a where true");
        if (kind == Kind.READS) {
            log.append(" and action = '").append(AuditAction.PERSONAL_DATA_READ.name()).append('\'');
        } else if (kind == Kind.CHANGES) {
            log.append(" and action <> '").append(AuditAction.PERSONAL_DATA_READ.name()).append('\'');
        }
        where(log, "a.occurred_at", "a.actor", "a.case_number", filter, args);
        parts.add(log.toString());
        if (kind != Kind.READS) {
            StringBuilder events = new StringBuilder("""
                    select e.occurred_at, e.actor, 'CASE_CHANGE' as action, 'CASE' as surface, c.number as case_number,
                           e.description as detail
                    from case_event e join cases c on c.id = e.case_id where true""");
            where(events, "e.occurred_at", "e.actor", "c.number", filter, args);
            parts.add(events.toString());
        }
        return String.join(" union all ", parts);
    }

    private static void where(StringBuilder sql, String at, String actor, String caseNumber, Filter f, List<Object> args) {
        if (f.from() != null) {
            sql.append(" and ").append(at).append(" >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and ").append(at).append(" < ?");
            args.add(Timestamp.from(f.to()));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" and ").append(actor).append(" = ?");
            args.add(f.actor().trim());
        }
        if (f.caseNumber() != null && !f.caseNumber().isBlank()) {
            sql.append(" and ").append(caseNumber).append(" = ?");
            args.add(f.caseNumber().trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static String title(String action) {
        try {
            return AuditAction.valueOf(action).title();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }
}
