package ru.mcu.analytics.growth;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.charts.Chart;
import ru.mcu.analytics.charts.LineChart;
import ru.mcu.analytics.charts.Unit;
import ru.mcu.cases.Channel;
import ru.mcu.platform.time.LocalZone;

/**
 * A growth factor as a chart: its cases week by week over the twelve weeks up to the factor's
 * week, the weeks in which it grew beyond noise (the same test as {@link GrowthFactors})
 * marked, each point a link to that week's cases. One query for all factors of a week.
 */
@Service
@Transactional(readOnly = true)
public class GrowthCharts {

    /** Weeks a chart shows. */
    static final int WEEKS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private final NamedParameterJdbcTemplate jdbc;
    private final GrowthFactors factors;

    GrowthCharts(NamedParameterJdbcTemplate jdbc, GrowthFactors factors) {
        this.jdbc = jdbc;
        this.factors = factors;
    }

    /** One chart per factor, in the factors' order. */
    public List<Chart> charts(List<GrowthFactor> list, Period week, Channel channel) {
        if (list.isEmpty()) {
            return List.of();
        }
        // one week more than shown: the first shown week is tested against the one before it
        List<Period> weeks = new ArrayList<>();
        for (int i = WEEKS; i >= 0; i--) {
            weeks.add(Period.weekOf(week.from().minusWeeks(i)));
        }
        Map<String, long[]> counts = counts(weeks, channel);
        List<String> labels = weeks.subList(1, weeks.size()).stream().map(p -> DAY.format(p.from())).toList();
        List<Chart> charts = new ArrayList<>();
        for (GrowthFactor f : list) {
            long[] n = counts.getOrDefault(key(f.topic(), f.district()), new long[weeks.size()]);
            List<Double> values = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            Set<Integer> marked = new HashSet<>();
            for (int i = 1; i < weeks.size(); i++) {
                values.add((double) n[i]);
                hrefs.add("/analytics/cases?" + CaseSlice.of(weeks.get(i)).withChannel(channel).withRubric(f.topic())
                        .withDistrict(f.district()).query());
                if (factors.grew(n[i], n[i - 1])) {
                    marked.add(i - 1);
                }
            }
            charts.add(LineChart.of(f.level().title() + ": " + f.title(), Unit.COUNT, labels)
                    .size(560, 150).noLegend().labelEvery(2)
                    .subtitle("Поступило по неделям (с понедельника); красным — недели роста выше случайного")
                    .series(f.title(), values, hrefs, marked).build());
        }
        return charts;
    }

    /** Counts per week for every topic, district and topic in district, keyed by {@link #key}. */
    private Map<String, long[]> counts(List<Period> weeks, Channel channel) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(weeks.get(0).start()))
                .addValue("to", Timestamp.from(weeks.get(weeks.size() - 1).end()));
        String channelFilter = "";
        if (channel != null) {
            channelFilter = " and c.channel = :channel";
            params.addValue("channel", channel.name());
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            index.put(weeks.get(i).from(), i);
        }
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query(("""
                select cast(date_trunc('week', c.received_at at time zone '%1$s') as date) as week,
                       split_part(c.rubric_code, '.', 1) as topic, c.district_code as district,
                       grouping(split_part(c.rubric_code, '.', 1)) as no_topic, grouping(c.district_code) as no_district,
                       count(*) as n
                  from case_facts c
                 where c.received_at >= :from and c.received_at < :to %2$s
                 group by grouping sets ((date_trunc('week', c.received_at at time zone '%1$s'), split_part(c.rubric_code, '.', 1)),
                                         (date_trunc('week', c.received_at at time zone '%1$s'), c.district_code),
                                         (date_trunc('week', c.received_at at time zone '%1$s'), split_part(c.rubric_code, '.', 1), c.district_code))
                """).formatted(LocalZone.ZONE.getId(), channelFilter), params, rs -> {
            Integer i = index.get(rs.getDate("week").toLocalDate());
            String topic = rs.getInt("no_topic") == 0 ? rs.getString("topic") : null;
            String district = rs.getInt("no_district") == 0 ? rs.getString("district") : null;
            if (i != null) {
                counts.computeIfAbsent(key(topic, district), k -> new long[weeks.size()])[i] += rs.getLong("n");
            }
        });
        return counts;
    }

    private static String key(String topic, String district) {
        return topic + "|" + district;
    }
}
