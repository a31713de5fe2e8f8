package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.heatmap.HeatMap;
import ru.mcu.analytics.heatmap.HeatMapQuery;
import ru.mcu.analytics.rating.DepartmentRating;
import ru.mcu.analytics.rating.Rating;
import ru.mcu.analytics.rating.RatingQuery;
import ru.mcu.cases.Channel;

/**
 * The short version of the benchmark ({@link AnalyticsBenchmarkTest}): 20 000 generated cases in
 * 2019; the rating and the heat map run over them and agree with plain counts. No timing.
 */
class AnalyticsVolumeTest extends ru.mcu.support.IntegrationTest {

    static final String PREFIX = "S-";
    static final Period MONTH = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RatingQuery ratings;
    @Autowired
    private HeatMapQuery heatMaps;

    @BeforeEach
    void generate() {
        BulkCases.delete(jdbc, PREFIX);
        BulkCases.generate(jdbc, PREFIX, 20_000, LocalDate.of(2019, 1, 1).atStartOfDay(ru.mcu.platform.time.LocalZone.ZONE).toInstant(), 365);
    }

    @AfterEach
    void clean() {
        BulkCases.delete(jdbc, PREFIX);
    }

    private long count(String where) {
        return jdbc.queryForObject("select count(*) from cases c where c.number like 'S-%' and " + where, Long.class,
                java.sql.Timestamp.from(MONTH.start()), java.sql.Timestamp.from(MONTH.end()));
    }

    @Test
    void shouldComputeTheRatingAndTheHeatMapOverGeneratedVolume() {
        Rating rating = ratings.rating(CaseSlice.of(MONTH));
        long received = rating.rows().stream().mapToLong(DepartmentRating::received).sum();
        long answered = rating.rows().stream().mapToLong(DepartmentRating::answered).sum();
        assertThat(received).isEqualTo(count("c.received_at >= ? and c.received_at < ?")).isGreaterThan(1000);
        assertThat(answered).isEqualTo(count("c.answered_at >= ? and c.answered_at < ?"));
        assertThat(rating.ranked()).as("every busy department has the sample").isNotEmpty()
                .allSatisfy(r -> assertThat(r.onTimeShare()).isBetween(0.0, 1.0));
        assertThat(rating.ranked()).extracting(DepartmentRating::rank).startsWith(1, 2);

        Rating site = ratings.rating(CaseSlice.of(MONTH).withChannel(Channel.SITE));
        assertThat(site.rows().stream().mapToLong(DepartmentRating::received).sum()).isLessThan(received).isPositive();

        HeatMap map = heatMaps.heatMap(CaseSlice.of(MONTH));
        assertThat(map.total()).isEqualTo(received);
        assertThat(map.topics()).hasSizeGreaterThan(10);
        assertThat(map.cells()).isNotEmpty();
        assertThat(map.cells().stream().mapToLong(HeatMap.Cell::count).sum()).isEqualTo(received);
    }
}
