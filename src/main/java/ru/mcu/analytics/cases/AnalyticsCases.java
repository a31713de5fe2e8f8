package ru.mcu.analytics.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.Channel;

/**
 * The cases behind a figure: a page of {@link CaseRow}s for a slice, one case's card, or all
 * rows of a slice streamed for an export. Reads only the columns {@link CaseRow} has, so no
 * query here can leak a citizen's data. What the web layer shows and exports is limited to the
 * cases the user may read ({@link CaseAccess.Scope}): a clerk finds his department's cases only.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsCases {

    static final String COLUMNS = """
            select c.number, c.channel, c.kind, c.rubric_code, r.name as rubric_name, c.district_code, d.name as district_name,
                   c.department_code, dep.name as department_name, c.received_at, c.registered_at, c.first_reaction_at,
                   c.answered_at, c.closed_at, c.registration_due_at, c.answer_due_at, c.overdue_since, c.extension_days,
                   c.status, c.resolution, c.reroute_count, c.rework_count, c.rating_score, c.rated_at, m.number as main_number
              from case_facts c
              left join rubric r on r.code = c.rubric_code
              left join district d on d.code = c.district_code
              left join department dep on dep.code = c.department_code
              left join cases m on m.id = c.main_case_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AnalyticsCases(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The slice's condition limited to the cases of {@code scope}. */
    private static CaseSlice.Where within(CaseSlice.Where where, CaseAccess.Scope scope) {
        return new CaseSlice.Where("(" + where.sql() + ") and " + visible(where.params(), scope), where.params());
    }

    private static String visible(MapSqlParameterSource params, CaseAccess.Scope scope) {
        params.addValue("scopeDepartments", scope.departments());
        return scope.sql("c");
    }

    /** A page of cases, newest receipt first. */
    public CasePage page(CaseSlice slice, int page, int size) {
        return page(slice, CaseAccess.Scope.everything(), page, size);
    }

    /** A page of the cases of {@code scope} (what the user asking may read), newest receipt first. */
    public CasePage page(CaseSlice slice, CaseAccess.Scope scope, int page, int size) {
        CaseSlice.Where where = within(slice.where(clock.instant()), scope);
        Long total = jdbc.queryForObject("select count(*) from case_facts c where " + where.sql(), where.params(), Long.class);
        MapSqlParameterSource params = where.params().addValue("limit", size).addValue("offset", (long) page * size);
        List<CaseRow> rows = jdbc.query(COLUMNS + " where " + where.sql() + " order by c.received_at desc, c.id desc limit :limit offset :offset",
                params, ROW);
        return new CasePage(slice, rows, total == null ? 0 : total, page, size);
    }

    /** Every case of the slice and {@code scope} in receipt order, one at a time (exports). */
    public void forEach(CaseSlice slice, CaseAccess.Scope scope, Consumer<CaseRow> consumer) {
        CaseSlice.Where where = within(slice.where(clock.instant()), scope);
        jdbc.query(COLUMNS + " where " + where.sql() + " order by c.received_at, c.id", where.params(),
                (ResultSet rs) -> {
                    consumer.accept(ROW.mapRow(rs, 0));
                });
    }

    /** One case's card with its history, without citizen data, if it is in {@code scope}. */
    public Optional<CaseCard> card(String number, CaseAccess.Scope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("number", number);
        List<CaseRow> rows = jdbc.query(COLUMNS + " where c.number = :number and " + visible(params, scope), params, ROW);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // the history without the free-text reasons, which may quote the citizen
        List<CaseCard.Step> steps = jdbc.query("""
                select e.occurred_at, e.type, e.description from case_event e join case_facts c on c.id = e.case_id
                 where c.number = :number order by e.occurred_at, e.id
                """, new MapSqlParameterSource("number", number),
                (rs, i) -> new CaseCard.Step(instant(rs, "occurred_at"), rs.getString("type"),
                        describe(rs.getString("type"), rs.getString("description"))));
        List<String> linked = jdbc.queryForList("""
                select l.number from cases l join case_facts c on c.id = l.main_case_id where c.number = :number order by l.number
                """, new MapSqlParameterSource("number", number), String.class);
        return Optional.of(new CaseCard(rows.get(0), steps, linked));
    }

    /**
     * Event types whose description the system writes from reference data only; other
     * descriptions (a closing note, say) may carry staff's free text and are replaced by a label.
     */
    private static final java.util.Set<String> SYSTEM_DESCRIBED = java.util.Set.of("RECEIVED", "ROUTED_BY_RULE", "NO_RULE_MATCHED",
            "REGISTERED", "ROUTED_MANUALLY", "FORWARDED", "CLOSED_WITHOUT_ANSWER", "TAKEN_BY_CLERK", "RETURNED_NOT_OURS",
            "ANSWER_DRAFTED", "ANSWER_RETURNED", "ANSWER_APPROVED", "ANSWER_DISPATCHED", "TERM_ASSIGNED", "TERM_CHANGED",
            "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "EXTENSION_REJECTED", "SUSPENDED", "RESUMED", "REMINDER_SENT", "OVERDUE",
            "ESCALATED_TO_BLOCK_HEAD", "ESCALATED_TO_MCU_HEAD", "ACCEPTED_AT_MODERATION", "REJECTED_AT_MODERATION",
            "DEPARTMENT_ASSIGNED", "INTERIM_ANSWER_GIVEN", "RESOLVED_ON_SPOT", "ANSWER_PUBLISHED", "RATED", "REWORK_STARTED",
            "CONVERTED", "LINKED", "ANSWERED_VIA_MAIN_CASE", "INTERIM_OVERDUE");

    static String describe(String type, String description) {
        if (SYSTEM_DESCRIBED.contains(type)) {
            return description;
        }
        return "CLOSED".equals(type) ? "Закрыто" : "Событие " + type;
    }

    static final RowMapper<CaseRow> ROW = (rs, i) -> new CaseRow(
            rs.getString("number"), enumOf(Channel.class, rs.getString("channel")), rs.getString("kind"),
            rs.getString("rubric_code"), rs.getString("rubric_name"), rs.getString("district_code"), rs.getString("district_name"),
            rs.getString("department_code"), rs.getString("department_name"),
            instant(rs, "received_at"), instant(rs, "registered_at"), instant(rs, "first_reaction_at"),
            instant(rs, "answered_at"), instant(rs, "closed_at"), instant(rs, "registration_due_at"), instant(rs, "answer_due_at"),
            instant(rs, "overdue_since"), rs.getInt("extension_days"),
            rs.getString("status"), rs.getString("resolution"),
            rs.getInt("reroute_count"), rs.getInt("rework_count"), (Integer) rs.getObject("rating_score"),
            instant(rs, "rated_at"), rs.getString("main_number"));

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Null for values other branches may add before this code knows them (e.g. new statuses). */
    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
