package ru.mcu.analytics.results;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.cases.Channel;
import ru.mcu.cases.ResultType;
import ru.mcu.directory.Directory;

/**
 * Counts the month's appeals (59-ФЗ channels only: ПОС messages and incidents are not reported
 * to ССТУ.РФ) by result type and recipient, in SQL over the case table. An appeal belongs to the
 * month it was closed in (answered, forwarded, left without an answer); «на дополнительном
 * контроле» counts the answers whose control was still open at the end of the period.
 */
@Component
class ResultReportQuery {

    static final String NO_DEPARTMENT = "Без исполнителя";
    static final String NO_TOPIC = "Без темы";

    /** What a row of the report stands for: a responsible recipient, or a topic (the rubricator's top level). */
    enum Grouping {
        DEPARTMENT("coalesce(c.department_code, '')", "Ответственный получатель"),
        TOPIC("coalesce(split_part(c.rubric_code, '.', 1), '')", "Тема");

        final String key;
        final String title;

        Grouping(String key, String title) {
            this.key = key;
            this.title = title;
        }

        String param() {
            return name().toLowerCase();
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;

    ResultReportQuery(NamedParameterJdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    ResultReport report(YearMonth month, Period period) {
        return report(month, period, Grouping.DEPARTMENT);
    }

    /** The report with a row per recipient or per topic. */
    ResultReport report(YearMonth month, Period period, Grouping by) {
        // the case list behind each figure filters with the same predicates (ResultLinks)
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("channels", Arrays.stream(Channel.values()).filter(Channel::isAppeal).map(Channel::name).toList())
                .addValue("from", Timestamp.from(period.start()))
                .addValue("to", Timestamp.from(period.end()));
        StringBuilder typeColumns = new StringBuilder();
        for (ResultType type : ResultReport.TYPES) {
            typeColumns.append(", count(*) filter (where c.result_type = '").append(type.name()).append("') as t_").append(type.name());
        }
        Map<String, long[]> figures = new LinkedHashMap<>();
        int n = ResultReport.TYPES.size();
        jdbc.query("select " + by.key + " as department, count(*) as considered,"
                + " count(*) filter (where c.result_type is null) as untyped,"
                + " count(*) filter (where " + Measure.CONTROL_SET.predicate() + ") as control_set" + typeColumns
                + " from case_facts c where c.channel in (:channels) and " + Measure.CLOSED.predicate()
                + " group by " + by.key, params, rs -> {
            long[] f = figures.computeIfAbsent(rs.getString("department"), k -> new long[n + 4]);
            f[0] = rs.getLong("considered");
            f[1] = rs.getLong("untyped");
            f[2] = rs.getLong("control_set");
            for (int i = 0; i < n; i++) {
                f[4 + i] = rs.getLong("t_" + ResultReport.TYPES.get(i).name());
            }
        });
        jdbc.query("select " + by.key + " as department, count(*) as on_control"
                + " from case_facts c where c.channel in (:channels) and " + Measure.ON_CONTROL.predicate()
                + " group by " + by.key, params, rs -> {
            figures.computeIfAbsent(rs.getString("department"), k -> new long[n + 4])[3] = rs.getLong("on_control");
        });
        List<ResultReport.Row> rows = new ArrayList<>();
        figures.forEach((key, f) -> rows.add(row(by, key.isEmpty() ? null : key, f)));
        rows.sort(Comparator.comparing((ResultReport.Row r) -> r.department() == null)
                .thenComparing(ResultReport.Row::considered, Comparator.reverseOrder())
                .thenComparing(ResultReport.Row::name));
        long[] sum = new long[n + 4];
        figures.values().forEach(f -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f[i];
            }
        });
        return new ResultReport(month, period, by, rows, new ResultReport.Row(null, "Всего", sum[0], types(sum), sum[1], sum[2], sum[3]));
    }

    private ResultReport.Row row(Grouping by, String department, long[] f) {
        String name = by == Grouping.TOPIC
                ? (department == null ? NO_TOPIC : directory.rubricName(department))
                : (department == null ? NO_DEPARTMENT : directory.departmentName(department));
        return new ResultReport.Row(department, name, f[0], types(f), f[1], f[2], f[3]);
    }

    private static List<Long> types(long[] f) {
        List<Long> counts = new ArrayList<>();
        for (int i = 4; i < f.length; i++) {
            counts.add(f[i]);
        }
        return counts;
    }
}
