package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.heatmap.HeatMapQuery;
import ru.mcu.analytics.rating.RatingQuery;
import ru.mcu.cases.Channel;
import ru.mcu.platform.time.LocalZone;

/**
 * The rating and the heat map over a million closed cases (three years, 2021–2023): generates
 * them in bulk, runs each query several times and prints p50, p95 and max. Only with
 * {@code mvn -Pbenchmark verify}; figures in {@code docs/performance.md}.
 */
@Tag("benchmark")
class AnalyticsBenchmarkTest extends ru.mcu.support.IntegrationTest {

    static final String PREFIX = "B-";
    static final int CASES = 1_000_000;
    static final int RUNS = 15;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RatingQuery ratings;
    @Autowired
    private HeatMapQuery heatMaps;
    @Autowired
    private ru.mcu.analytics.dashboard.DashboardQuery dashboards;
    @Autowired
    private ru.mcu.analytics.trends.YearTrends trends;

    @Test
    void shouldAnswerTheRatingAndTheHeatMapWellUnderASecondOverAMillionClosedCases() {
        // the test context has a database of its own, dropped with the test cluster: nothing to clean up after
        long t0 = System.nanoTime();
        BulkCases.generate(jdbc, PREFIX, CASES, LocalDate.of(2021, 1, 1).atStartOfDay(LocalZone.ZONE).toInstant(), 3 * 365);
        print(String.format("generated %,d closed cases in %.1f s; cases table now %,d rows", CASES, (System.nanoTime() - t0) / 1e9,
                jdbc.queryForObject("select count(*) from cases", Long.class)));
        Period month = new Period(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30));
        Period quarter = new Period(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30));
        Period year = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        List<String> lines = new ArrayList<>();
        lines.add(measure("rating, month, all channels", () -> ratings.rating(CaseSlice.of(month)).rows().size()));
        lines.add(measure("rating, month, channel SITE", () -> ratings.rating(CaseSlice.of(month).withChannel(Channel.SITE)).rows().size()));
        lines.add(measure("rating, quarter", () -> ratings.rating(CaseSlice.of(quarter)).rows().size()));
        lines.add(measure("rating, year", () -> ratings.rating(CaseSlice.of(year)).rows().size()));
        lines.add(measure("heat map + map cells, month", () -> (int) heatMaps.heatMap(CaseSlice.of(month)).total()));
        lines.add(measure("heat map + map cells, month, topic roads", () -> (int) heatMaps.heatMap(CaseSlice.of(month).withRubric("roads")).total()));
        lines.add(measure("heat map + map cells, quarter", () -> (int) heatMaps.heatMap(CaseSlice.of(quarter)).total()));
        lines.add(measure("heat map + map cells, year", () -> (int) heatMaps.heatMap(CaseSlice.of(year)).total()));
        java.time.Instant morning = LocalDate.of(2022, 6, 15).atTime(9, 0).atZone(LocalZone.ZONE).toInstant();
        lines.add(measure("morning dashboard, all departments", () -> dashboards.build(ru.mcu.cases.CaseAccess.Scope.everything(), morning)
                .week().size()));
        lines.add(measure("year trends: inflow by topic (52 weeks)", () -> trends.inflowByTopic(Period.weekOf(year.to()), null,
                ru.mcu.cases.CaseAccess.Scope.everything()).shapes().size()));
        lines.add(measure("year trends: on time by department (12 months)", () -> trends.onTimeByDepartment(year.to(), null,
                ru.mcu.cases.CaseAccess.Scope.everything()).size()));
        print("Analytics over a million closed cases (" + RUNS + " runs each after 2 warm-ups):");
        lines.forEach(AnalyticsBenchmarkTest::print);
    }

    private static String measure(String name, Supplier<Integer> query) {
        query.get();
        query.get();
        List<Double> millis = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        assertThat(result).isPositive();
        Collections.sort(millis);
        return String.format("  %-42s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (result %,d)", name,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), result);
    }

    /** The benchmark prints its figures to the Maven output; the only class allowed to. */
    private static void print(String line) {
        System.out.println("[benchmark] " + line);
    }
}
