package ru.mcu.analytics.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;

/**
 * Computes the rating of the responsible recipients. One grouped query: each figure counts
 * with the predicate of its {@link Measure}, and the rows read are only those some figure
 * looks at (an OR of index ranges), so the cost follows the period, not the whole table.
 *
 * <p>Rank: departments with at least the minimum sample of answered cases in the period, by
 * share answered on time (higher first), then share satisfied (higher first), then median time
 * to answer (shorter first), then name. The others are listed unranked, so one quick answer
 * cannot top the list.
 */
@Service
@Transactional(readOnly = true)
public class RatingQuery {

    /** Seconds from registration (receipt when never registered) to the answer. */
    static final String ANSWER_SECONDS = "extract(epoch from (c.answered_at - coalesce(c.registered_at, c.received_at)))";
    /** Seconds from registration (receipt when never registered) to the department's first step. */
    static final String REACTION_SECONDS = "extract(epoch from (c.first_reaction_at - coalesce(c.registered_at, c.received_at)))";

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final AnalyticsProperties properties;
    private final Clock clock;

    RatingQuery(NamedParameterJdbcTemplate jdbc, Directory directory, AnalyticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** The rating with the configured minimum sample. Only the period and channel of the slice apply. */
    public Rating rating(CaseSlice slice) {
        return rating(slice, properties.minSample());
    }

    public Rating rating(CaseSlice slice, int minSample) {
        MapSqlParameterSource params = CaseSlice.periodParameters(slice.period(), clock.instant());
        String channel = "";
        if (slice.channel() != null) {
            channel = " and c.channel = :channel";
            params.addValue("channel", slice.channel().name());
        }
        String sql = "select c.department_code as department"
                + count(Measure.RECEIVED, "received") + count(Measure.ANSWERED, "answered")
                + count(Measure.ON_TIME, "on_time") + count(Measure.LATE, "late")
                + count(Measure.OPEN_OVERDUE, "open_overdue")
                + ", avg(" + ANSWER_SECONDS + ") filter (where " + Measure.ANSWERED.predicate() + ") as avg_answer"
                + ", percentile_cont(0.5) within group (order by " + ANSWER_SECONDS + ") filter (where "
                + Measure.ANSWERED.predicate() + ") as median_answer"
                + ", avg(" + REACTION_SECONDS + ") filter (where " + Measure.REACTED.predicate() + ") as avg_reaction"
                + ", coalesce(sum(c.reroute_count) filter (where " + Measure.RECEIVED.predicate() + "), 0) as reroutes"
                + ", coalesce(sum(c.rework_count) filter (where " + Measure.ANSWERED.predicate() + "), 0) as reworks"
                + count(Measure.RATED, "rated") + count(Measure.SATISFIED, "satisfied") + count(Measure.PLANNED, "planned")
                + ", avg(c.rating_score) filter (where " + Measure.RATED.predicate() + ") as avg_rating"
                + " from case_facts c where c.department_code is not null" + channel
                + " and (" + String.join(" or ", Measure.RECEIVED.predicate(), Measure.ANSWERED.predicate(),
                        Measure.REACTED.predicate(), Measure.RATED.predicate(), Measure.OPEN_OVERDUE.predicate(),
                        Measure.PLANNED.predicate()) + ")"
                + " group by c.department_code";
        Map<String, DepartmentRating> byCode = new LinkedHashMap<>();
        for (Department d : directory.departments()) {
            byCode.put(d.getCode(), empty(d.getCode(), d.getName()));
        }
        jdbc.query(sql, params, (ResultSet rs) -> {
            DepartmentRating row = row(rs);
            byCode.put(row.department(), row);
        });
        coExecution(params, channel, byCode);
        interimAnswers(params, channel, byCode, minSample);
        return new Rating(slice, minSample, rank(new ArrayList<>(byCode.values()), minSample));
    }

    /**
     * The departments' work as co-executors: named in the period; on time when the contribution
     * came by the sub-term, late when after it or still missing past it. The lead's figures above
     * are not touched.
     */
    private void coExecution(MapSqlParameterSource params, String channel, Map<String, DepartmentRating> byCode) {
        String sql = "select x.department_code as department, count(*) as co_executions"
                + ", count(*) filter (where x.contributed_at <= x.due_at) as on_time"
                + ", count(*) filter (where x.contributed_at > x.due_at or x.contributed_at is null and x.due_at < :dueLimit) as late"
                + " from case_co_execution x join case_facts c on c.id = x.case_id"
                + " where x.assigned_at >= :from and x.assigned_at < :to" + channel
                + " group by x.department_code";
        jdbc.query(sql, params, (ResultSet rs) -> {
            DepartmentRating row = byCode.get(rs.getString("department"));
            if (row != null) {
                byCode.put(row.department(), row.withCoExecution(rs.getLong("co_executions"), rs.getLong("on_time"), rs.getLong("late")));
            }
        });
    }

    /**
     * The incidents' interim answers against their own term (counted from the handover), with the
     * predicates of {@link Measure#INTERIM_ON_TIME} and {@link Measure#INTERIM_LATE}; the share is
     * shown on the minimum sample only. The department ranks as before.
     */
    private void interimAnswers(MapSqlParameterSource params, String channel, Map<String, DepartmentRating> byCode, int minSample) {
        String sql = "select c.department_code as department"
                + count(Measure.INTERIM_ON_TIME, "on_time") + count(Measure.INTERIM_LATE, "late")
                + " from case_facts c where c.department_code is not null and c.channel = 'INCIDENT' and c.interim_due_at is not null" + channel
                + " and (" + Measure.INTERIM_ON_TIME.predicate() + " or " + Measure.INTERIM_LATE.predicate() + ")"
                + " group by c.department_code";
        jdbc.query(sql, params, (ResultSet rs) -> {
            DepartmentRating row = byCode.get(rs.getString("department"));
            if (row != null) {
                byCode.put(row.department(), row.withInterim(rs.getLong("on_time"), rs.getLong("late"), minSample));
            }
        });
    }

    private static String count(Measure measure, String alias) {
        return ", count(*) filter (where " + measure.predicate() + ") as " + alias;
    }

    /** Ranked rows first, in rank order, then the others by name. */
    static List<DepartmentRating> rank(List<DepartmentRating> rows, int minSample) {
        Comparator<Double> higherFirst = Comparator.nullsLast(Comparator.reverseOrder());
        Comparator<Double> lowerFirst = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<DepartmentRating> best = Comparator.comparing(DepartmentRating::onTimeShare, higherFirst)
                .thenComparing(DepartmentRating::satisfiedShare, higherFirst)
                .thenComparing(DepartmentRating::medianAnswerDays, lowerFirst)
                .thenComparing(DepartmentRating::name);
        List<DepartmentRating> eligible = rows.stream().filter(r -> r.answered() >= minSample).sorted(best).toList();
        List<DepartmentRating> result = new ArrayList<>();
        int rank = 1;
        for (DepartmentRating r : eligible) {
            result.add(r.withRank(rank++));
        }
        rows.stream().filter(r -> r.answered() < minSample)
                .sorted(Comparator.comparing(DepartmentRating::answered).reversed().thenComparing(DepartmentRating::name))
                .forEach(r -> result.add(r.withRank(null)));
        return result;
    }

    private DepartmentRating row(ResultSet rs) throws SQLException {
        String code = rs.getString("department");
        long onTime = rs.getLong("on_time");
        long late = rs.getLong("late");
        long rated = rs.getLong("rated");
        long satisfied = rs.getLong("satisfied");
        return new DepartmentRating(code, directory.departmentName(code), null,
                rs.getLong("received"), rs.getLong("answered"), onTime, late, rs.getLong("open_overdue"),
                share(onTime, onTime + late), days(rs, "avg_answer"), days(rs, "median_answer"), hours(rs, "avg_reaction"),
                rs.getLong("reroutes"), rs.getLong("reworks"), rated, satisfied, nullable(rs, "avg_rating"), share(satisfied, rated),
                0, 0, 0, null, 0, 0, null, rs.getLong("planned"));
    }

    private static DepartmentRating empty(String code, String name) {
        return new DepartmentRating(code, name, null, 0, 0, 0, 0, 0, null, null, null, null, 0, 0, 0, 0, null, null, 0, 0, 0, null,
                0, 0, null, 0);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double days(ResultSet rs, String column) throws SQLException {
        Double seconds = nullable(rs, column);
        return seconds == null ? null : seconds / 86400.0;
    }

    private static Double hours(ResultSet rs, String column) throws SQLException {
        Double seconds = nullable(rs, column);
        return seconds == null ? null : seconds / 3600.0;
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
