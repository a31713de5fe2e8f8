package ru.mcu.analytics.growth;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.directory.Directory;

/**
 * Repeated complaints from the same place. A case of the period is a repeat when an earlier
 * case (at most {@code repeatLookbackDays} before it, default 90) has the same rubric and the
 * same address (case- and space-insensitive) or lies within {@code repeatRadiusMeters} (default
 * 150 m, flat-earth distance, exact enough at this scale). Clusters group the period's cases
 * by rubric and place: the address when given, otherwise a grid square of about 150 m.
 */
@Service
@Transactional(readOnly = true)
public class RepeatedComplaints {

    private static final double METERS_PER_DEGREE = 111_320;
    /** Clusters smaller than this are not shown. */
    static final int CLUSTER_MIN_CASES = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final AnalyticsProperties properties;

    RepeatedComplaints(NamedParameterJdbcTemplate jdbc, Directory directory, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.properties = properties;
    }

    /** Cases of the period with a place, and how many of them repeat an earlier complaint. */
    public record Share(long withPlace, long repeated) {
        public Double share() {
            return withPlace == 0 ? null : (double) repeated / withPlace;
        }
    }

    /** A group of complaints on one rubric at one place. */
    public record Cluster(String rubric, String rubricName, String district, String districtName, String place,
                          long count, List<String> numbers) {
        public String title() {
            return rubricName + ": " + place;
        }
    }

    public Share share(Period period) {
        double radius = properties.repeatRadiusMeters();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(period.start()))
                .addValue("to", Timestamp.from(period.end()))
                .addValue("lookback", properties.repeatLookbackDays())
                .addValue("radius", radius)
                .addValue("dLat", radius / METERS_PER_DEGREE)
                .addValue("dLon", radius / (METERS_PER_DEGREE * Math.cos(Math.toRadians(47))) * 1.01);
        return jdbc.queryForObject("""
                select count(*) as with_place,
                       count(*) filter (where exists (
                           select 1 from cases e
                            where e.rubric_code = c.rubric_code and e.id <> c.id
                              and e.received_at <= c.received_at
                              and e.received_at >= c.received_at - make_interval(days => :lookback)
                              and ((c.address is not null and lower(btrim(e.address)) = lower(btrim(c.address)))
                                or (c.latitude is not null
                                    and e.latitude between c.latitude - :dLat and c.latitude + :dLat
                                    and e.longitude between c.longitude - :dLon and c.longitude + :dLon
                                    and sqrt(power((e.latitude - c.latitude) * 111320, 2)
                                           + power((e.longitude - c.longitude) * 111320 * cos(radians(c.latitude)), 2)) <= :radius))
                              and (e.received_at < c.received_at or e.id < c.id))) as repeated
                  from case_facts c
                 where c.received_at >= :from and c.received_at < :to and c.rubric_code is not null
                   and (c.address is not null or c.latitude is not null)
                """, params, (rs, i) -> new Share(rs.getLong("with_place"), rs.getLong("repeated")));
    }

    /** Clusters of the period with at least {@value #CLUSTER_MIN_CASES} cases, largest first. */
    public List<Cluster> clusters(CaseSlice slice, java.time.Instant now) {
        CaseSlice.Where where = slice.where(now);
        double stepLat = properties.repeatRadiusMeters() / METERS_PER_DEGREE;
        double stepLon = stepLat / Math.cos(Math.toRadians(47));
        MapSqlParameterSource params = where.params().addValue("stepLat", stepLat).addValue("stepLon", stepLon)
                .addValue("min", CLUSTER_MIN_CASES);
        return jdbc.query("""
                select c.rubric_code as rubric, min(c.district_code) as district,
                       case when c.address is not null then 'a:' || lower(btrim(c.address))
                            else 'g:' || floor(c.latitude / :stepLat) || ':' || floor(c.longitude / :stepLon) end as place_key,
                       min(c.address) as address, avg(c.latitude) as lat, avg(c.longitude) as lon,
                       count(*) as n, string_agg(c.number, ',' order by c.received_at) as numbers
                  from case_facts c
                 where """ + where.sql() + """
                   and c.rubric_code is not null and (c.address is not null or c.latitude is not null)
                 group by c.rubric_code, 3
                having count(*) >= :min
                 order by count(*) desc, 1 limit 50
                """, params, (rs, i) -> {
                    String address = rs.getString("address");
                    String place = address != null && rs.getString("place_key").startsWith("a:") ? address
                            : String.format(java.util.Locale.ROOT, "участок около %.4f, %.4f", rs.getDouble("lat"), rs.getDouble("lon"));
                    String district = rs.getString("district");
                    return new Cluster(rs.getString("rubric"), directory.rubricName(rs.getString("rubric")), district,
                            district == null ? "" : directory.districtName(district), place, rs.getLong("n"),
                            Arrays.asList(rs.getString("numbers").split(",")));
                });
    }
}
