package ru.mcu.analytics.heatmap;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.directory.Directory;
import ru.mcu.directory.District;
import ru.mcu.directory.Rubric;

/**
 * The heat map of a slice: cases by topic (the top level of the rubric) and district, and by
 * cells of a grid about 500 m wide for the map. Both are grouped in the database; the page
 * never receives individual cases.
 */
@Service
@Transactional(readOnly = true)
public class HeatMapQuery {

    /** Grid step: about 500 m north–south, and about 500 m east–west at 47° N. */
    static final double CELL_LAT = 0.0045;
    static final double CELL_LON = 0.0066;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final Clock clock;

    HeatMapQuery(NamedParameterJdbcTemplate jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public HeatMap heatMap(CaseSlice slice) {
        CaseSlice.Where where = slice.where(clock.instant());
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        long[] total = {0};
        jdbc.query("select coalesce(split_part(c.rubric_code, '.', 1), '') as topic, coalesce(c.district_code, '') as district,"
                + " count(*) as n from case_facts c where " + where.sql() + " group by 1, 2", where.params(), rs -> {
                    long n = rs.getLong("n");
                    counts.computeIfAbsent(rs.getString("topic"), k -> new LinkedHashMap<>()).put(rs.getString("district"), n);
                    total[0] += n;
                });
        long max = counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        List<HeatMap.Cell> cells = jdbc.query("select floor(c.latitude / :cellLat) as gy, floor(c.longitude / :cellLon) as gx, count(*) as n"
                        + " from case_facts c where " + where.sql() + " and c.latitude is not null and c.longitude is not null"
                        + " group by 1, 2 order by 3 desc",
                where.params().addValue("cellLat", CELL_LAT).addValue("cellLon", CELL_LON), (rs, i) -> {
                    double south = rs.getLong("gy") * CELL_LAT;
                    double west = rs.getLong("gx") * CELL_LON;
                    return new HeatMap.Cell(south + CELL_LAT / 2, west + CELL_LON / 2, rs.getLong("n"),
                            new CaseSlice.Bbox(south, west, south + CELL_LAT, west + CELL_LON));
                });
        return new HeatMap(slice, topics(counts), districts(counts), counts, total[0], max, cells);
    }

    /** The topics of the rubricator in its order, plus any other code found and "not set" last. */
    private List<HeatMap.Label> topics(Map<String, Map<String, Long>> counts) {
        List<HeatMap.Label> labels = new ArrayList<>();
        List<Rubric> top = directory.rubrics().stream().filter(r -> r.getParentCode() == null)
                .sorted(Comparator.comparing(Rubric::getSortOrder)).toList();
        for (Rubric r : top) {
            if (counts.containsKey(r.getCode())) {
                labels.add(new HeatMap.Label(r.getCode(), r.getName()));
            }
        }
        counts.keySet().stream().filter(k -> !k.isEmpty() && labels.stream().noneMatch(l -> l.code().equals(k)))
                .forEach(k -> labels.add(new HeatMap.Label(k, directory.rubricName(k))));
        if (counts.containsKey("")) {
            labels.add(new HeatMap.Label("", "Тема не указана"));
        }
        return labels;
    }

    /** Every district in its order (so the columns stay the same between periods), "not set" last if present. */
    private List<HeatMap.Label> districts(Map<String, Map<String, Long>> counts) {
        List<HeatMap.Label> labels = new ArrayList<>();
        for (District d : directory.districts()) {
            labels.add(new HeatMap.Label(d.getCode(), d.getName()));
        }
        if (counts.values().stream().anyMatch(m -> m.containsKey(""))) {
            labels.add(new HeatMap.Label("", "Район не указан"));
        }
        return labels;
    }
}
