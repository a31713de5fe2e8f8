package ru.mcu.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates closed cases in bulk straight into the table with one {@code insert … select
 * generate_series}: receipts spread evenly over a span, every channel, every rubric with its
 * default department, every district with points scattered around its centre, answers 1 to 40
 * days after registration against a 30-day term, two ratings in three.
 */
final class BulkCases {

    private BulkCases() {
    }

    /** Inserts {@code count} cases numbered {@code prefix + n}, received from {@code start} over {@code days}. */
    static void generate(JdbcTemplate jdbc, String prefix, int count, Instant start, int days) {
        List<Map<String, Object>> rubrics = jdbc.queryForList(
                "select code, coalesce(default_department, 'roads') as dep from rubric where parent_code is not null order by code");
        List<Map<String, Object>> districts = jdbc.queryForList("select code, latitude, longitude from district order by code");
        String rubricCodes = array(rubrics, "code");
        String departments = array(rubrics, "dep");
        String districtCodes = array(districts, "code");
        String lats = numbers(districts, "latitude");
        String lons = numbers(districts, "longitude");
        String sql = """
                insert into cases (number, channel, text, rubric_code, district_code, latitude, longitude, received_at, registered_at,
                                   first_reaction_at, answered_at, closed_at, answer_due_at, department_code, status, resolution,
                                   reroute_count, rating_score, rated_at, created_at, updated_at)
                select ? || g,
                       (array['LETTER','EPGU','SITE','RECEPTION','POS','INCIDENT'])[1 + g %% 6],
                       'сгенерировано',
                       (%1$s)[1 + g %% %6$d],
                       (%3$s)[1 + (g / 7) %% %7$d],
                       (%4$s)[1 + (g / 7) %% %7$d] + ((g::bigint * 7919) %% 1000 - 500) / 60000.0,
                       (%5$s)[1 + (g / 7) %% %7$d] + ((g::bigint * 104729) %% 1000 - 500) / 40000.0,
                       t.received, t.received + interval '1 day', t.received + interval '1 day 3 hours',
                       t.received + interval '1 day' + (1 + g %% 40) * interval '1 day',
                       t.received + interval '1 day' + (1 + g %% 40) * interval '1 day',
                       t.received + interval '31 days',
                       (%2$s)[1 + g %% %6$d],
                       'CLOSED', 'ANSWERED', case when g %% 17 = 0 then 1 else 0 end,
                       case when g %% 3 = 0 then null else 1 + g %% 5 end,
                       case when g %% 3 = 0 then null else t.received + interval '1 day' + (2 + g %% 40) * interval '1 day' end,
                       t.received, t.received
                  from generate_series(1, ?) g,
                       lateral (select ?::timestamptz + (g::double precision / ?) * ? * interval '1 day' as received) t
                """.formatted(rubricCodes, departments, districtCodes, lats, lons, rubrics.size(), districts.size());
        jdbc.update(sql, prefix, count, java.sql.Timestamp.from(start), count, days);
        // the reworks (every 23rd case) and the ПОС messages have a row in the ПОС details' table
        jdbc.update("""
                insert into case_pos (case_id, rework_count)
                select id, case when n %% 23 = 0 then 1 else 0 end
                  from (select id, channel, substr(number, length(?) + 1)::int as n from cases where number like ?) c
                 where channel = 'POS' or n %% 23 = 0""".formatted(), prefix, prefix + "%");
        jdbc.execute("analyze cases");
    }

    static void delete(JdbcTemplate jdbc, String prefix) {
        jdbc.update("delete from cases where number like ?", prefix + "%");
    }

    private static String array(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> "'" + r.get(column).toString().replace("'", "''") + "'")
                .collect(Collectors.joining(",", "array[", "]"));
    }

    private static String numbers(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> String.format(Locale.ROOT, "%.6f", ((Number) r.get(column)).doubleValue()))
                .collect(Collectors.joining(",", "array[", "]::double precision[]"));
    }
}
