package ru.mcu.analytics.trends;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.charts.Chart;
import ru.mcu.analytics.charts.LineChart;
import ru.mcu.analytics.charts.Unit;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.Channel;
import ru.mcu.platform.time.LocalZone;

/**
 * The charts of the year: weekly inflow of the largest topics, and the monthly share of answers
 * on time for the city and for each department (as the rating counts it: on time among the
 * answers with a term). Two queries, on {@code cases_received_at_idx} and
 * {@code cases_answered_at_idx}.
 */
@Service
@Transactional(readOnly = true)
public class YearTrends {

    /** How many topics the inflow chart draws (the largest of the year). */
    static final int TOPICS = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final NamedParameterJdbcTemplate jdbc;

    YearTrends(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The 52 weeks up to and including {@code lastWeek}. */
    static List<Period> weeks(Period lastWeek) {
        List<Period> weeks = new ArrayList<>();
        for (int i = 51; i >= 0; i--) {
            weeks.add(Period.weekOf(lastWeek.from().minusWeeks(i)));
        }
        return weeks;
    }

    /** The 12 months up to and including the month of {@code lastDay}, the last one up to that day. */
    static List<Period> months(LocalDate lastDay) {
        List<Period> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            LocalDate first = lastDay.withDayOfMonth(1).minusMonths(i);
            LocalDate last = i == 0 ? lastDay : first.plusMonths(1).minusDays(1);
            months.add(new Period(first, last));
        }
        return months;
    }

    /** Weekly lines of the largest topics over the 52 weeks up to {@code lastWeek}. */
    public Chart inflowByTopic(Period lastWeek, Channel channel, CaseAccess.Scope scope) {
        List<Period> weeks = weeks(lastWeek);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            index.put(weeks.get(i).from(), i);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("scopeDepartments", scope.departments())
                .addValue("from", Timestamp.from(weeks.get(0).start())).addValue("to", Timestamp.from(lastWeek.end()));
        String channelFilter = "";
        if (channel != null) {
            channelFilter = " and c.channel = :channel";
            params.addValue("channel", channel.name());
        }
        Map<String, long[]> byTopic = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        String week = "date_trunc('week', c.received_at at time zone '" + LocalZone.ZONE.getId() + "')";
        jdbc.query("""
                select cast(%1$s as date) as week, t.code as topic, t.name as topic_name, count(*) as n
                  from case_facts c join rubric t on t.code = split_part(c.rubric_code, '.', 1)
                 where c.received_at >= :from and c.received_at < :to and %2$s %3$s
                 group by %1$s, t.code, t.name
                """.formatted(week, scope.sql("c"), channelFilter), params, rs -> {
            Integer i = index.get(rs.getDate("week").toLocalDate());
            if (i != null) {
                byTopic.computeIfAbsent(rs.getString("topic"), k -> new long[weeks.size()])[i] += rs.getLong("n");
                names.put(rs.getString("topic"), rs.getString("topic_name"));
            }
        });
        List<String> largest = byTopic.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -sum(e.getValue())).thenComparing(Map.Entry::getKey))
                .limit(TOPICS).map(Map.Entry::getKey).toList();
        LineChart chart = LineChart.of("Поступление по темам, по неделям", Unit.COUNT,
                        weeks.stream().map(p -> DAY.format(p.from())).toList())
                .subtitle(largest.isEmpty() ? "За год обращений и сообщений нет"
                        : "Неделя с понедельника; " + Math.min(TOPICS, largest.size()) + " самых частых тем года из " + byTopic.size())
                .labelEvery(4);
        for (String topic : largest) {
            long[] n = byTopic.get(topic);
            List<Double> values = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            for (int i = 0; i < weeks.size(); i++) {
                values.add((double) n[i]);
                hrefs.add("/analytics/cases?" + CaseSlice.of(weeks.get(i)).withChannel(channel).withRubric(topic).query());
            }
            chart.series(names.get(topic), values, hrefs, null);
        }
        return chart.build();
    }

    /** The monthly share of answers on time: the city first, then each department with answers in the year. */
    public List<Chart> onTimeByDepartment(LocalDate lastDay, Channel channel, CaseAccess.Scope scope) {
        List<Period> months = months(lastDay);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < months.size(); i++) {
            index.put(months.get(i).from(), i);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("scopeDepartments", scope.departments())
                .addValue("from", Timestamp.from(months.get(0).start())).addValue("to", Timestamp.from(months.get(11).end()));
        String channelFilter = "";
        if (channel != null) {
            channelFilter = " and c.channel = :channel";
            params.addValue("channel", channel.name());
        }
        String month = "date_trunc('month', c.answered_at at time zone '" + LocalZone.ZONE.getId() + "')";
        Map<String, long[][]> byDepartment = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        long[][] city = new long[2][months.size()];
        jdbc.query("""
                select cast(%1$s as date) as month, c.department_code, d.name,
                       count(*) filter (where c.answered_at <= c.answer_due_at) as on_time,
                       count(*) filter (where c.answered_at > c.answer_due_at) as late
                  from case_facts c join department d on d.code = c.department_code
                 where c.answered_at >= :from and c.answered_at < :to and %2$s %3$s
                 group by %1$s, c.department_code, d.name
                """.formatted(month, scope.sql("c"), channelFilter), params, rs -> {
            Integer i = index.get(rs.getDate("month").toLocalDate());
            if (i != null) {
                long[][] n = byDepartment.computeIfAbsent(rs.getString("department_code"), k -> new long[2][months.size()]);
                n[0][i] += rs.getLong("on_time");
                n[1][i] += rs.getLong("late");
                city[0][i] += rs.getLong("on_time");
                city[1][i] += rs.getLong("late");
                names.put(rs.getString("department_code"), rs.getString("name"));
            }
        });
        List<String> labels = months.stream().map(p -> p.from().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, RU)).toList();
        List<Chart> charts = new ArrayList<>();
        if (!scope.all() || byDepartment.isEmpty()) {
            // a block head's departments, or nothing answered: no city line
            byDepartment.keySet().stream().sorted(Comparator.comparing(names::get))
                    .forEach(code -> charts.add(share(names.get(code), code, byDepartment.get(code), months, labels, channel)));
            return charts;
        }
        charts.add(share("Все подразделения", null, city, months, labels, channel));
        byDepartment.keySet().stream().sorted(Comparator.comparing(names::get))
                .forEach(code -> charts.add(share(names.get(code), code, byDepartment.get(code), months, labels, channel)));
        return charts;
    }

    private static Chart share(String title, String department, long[][] n, List<Period> months, List<String> labels, Channel channel) {
        List<Double> values = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        long onTime = 0;
        long all = 0;
        for (int i = 0; i < months.size(); i++) {
            long whole = n[0][i] + n[1][i];
            onTime += n[0][i];
            all += whole;
            values.add(whole == 0 ? null : (double) n[0][i] / whole);
            hrefs.add("/analytics/cases?" + CaseSlice.of(months.get(i)).withChannel(channel).withDepartment(department)
                    .withMeasure(Measure.ON_TIME).query());
        }
        String year = all == 0 ? "ответов со сроком нет" : "за год " + Math.round(100.0 * onTime / all) + " % из " + all + " ответов";
        return LineChart.of(title, Unit.SHARE, labels).size(330, 90).noLegend().labelEvery(2).subtitle(year)
                .series(title, values, hrefs, null).build();
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
