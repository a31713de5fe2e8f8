package ru.mcu.analytics.growth;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.cases.Channel;
import ru.mcu.directory.Directory;

/**
 * Growth factors: topics, districts and topics within districts whose cases received in a week
 * grew against the week before beyond noise. The test treats both weeks' counts as Poisson:
 * with n cases this week and p the week before, z = (n − p) / √(n + p) is about normal under
 * "no change"; a factor needs n ≥ {@code growthMinCount} (default 5) and z ≥ {@code growthMinZ}
 * (default 2, about 2.3 % false alarms per line). So 10 against 2 (z = 2.31) is growth, 6
 * against 3 (z = 1.0) is noise, and 4 against 0 is too few to tell.
 */
@Service
@Transactional(readOnly = true)
public class GrowthFactors {

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final AnalyticsProperties properties;

    GrowthFactors(NamedParameterJdbcTemplate jdbc, Directory directory, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.properties = properties;
    }

    /** z of the difference between two Poisson counts. */
    static double z(long count, long previous) {
        return count + previous == 0 ? 0 : (count - previous) / Math.sqrt(count + previous);
    }

    /** Whether the counts show growth beyond noise under the configured thresholds. */
    boolean grew(long count, long previous) {
        return count >= properties.growthMinCount() && z(count, previous) >= properties.growthMinZ();
    }

    /** The growth factors of the week (compared with the week before it), strongest first. */
    public List<GrowthFactor> factors(Period week, Channel channel) {
        Period previous = week.previous();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("pfrom", Timestamp.from(previous.start()))
                .addValue("from", Timestamp.from(week.start()))
                .addValue("to", Timestamp.from(week.end()));
        String channelFilter = channel == null ? "" : " and c.channel = :channel";
        if (channel != null) {
            params.addValue("channel", channel.name());
        }
        String sql = """
                select split_part(c.rubric_code, '.', 1) as topic, c.district_code as district,
                       grouping(split_part(c.rubric_code, '.', 1)) as no_topic, grouping(c.district_code) as no_district,
                       count(*) filter (where c.received_at >= :from) as n,
                       count(*) filter (where c.received_at < :from) as p
                  from case_facts c
                 where c.received_at >= :pfrom and c.received_at < :to
                """ + channelFilter + """
                 group by grouping sets ((split_part(c.rubric_code, '.', 1)), (c.district_code),
                                         (split_part(c.rubric_code, '.', 1), c.district_code))
                """;
        List<GrowthFactor> factors = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            boolean byTopic = rs.getInt("no_topic") == 0;
            boolean byDistrict = rs.getInt("no_district") == 0;
            String topic = byTopic ? rs.getString("topic") : null;
            String district = byDistrict ? rs.getString("district") : null;
            long n = rs.getLong("n");
            long p = rs.getLong("p");
            if ((byTopic && topic == null) || (byDistrict && district == null) || !grew(n, p)) {
                return;
            }
            GrowthFactor.Level level = byTopic && byDistrict ? GrowthFactor.Level.TOPIC_IN_DISTRICT
                    : byTopic ? GrowthFactor.Level.TOPIC : GrowthFactor.Level.DISTRICT;
            CaseSlice slice = CaseSlice.of(week).withChannel(channel).withRubric(topic).withDistrict(district);
            factors.add(new GrowthFactor(level, topic, topic == null ? null : directory.rubricName(topic),
                    district, district == null ? null : directory.districtName(district), n, p, z(n, p), List.of(), slice));
        });
        factors.sort(Comparator.comparingDouble(GrowthFactor::z).reversed().thenComparing(GrowthFactor::title));
        return factors.stream().map(f -> withDrivers(f, params, channelFilter)).toList();
    }

    /** The rubrics inside a factor that grew most: the answer to "why". */
    private GrowthFactor withDrivers(GrowthFactor f, MapSqlParameterSource base, String channelFilter) {
        MapSqlParameterSource params = new MapSqlParameterSource(base.getValues());
        StringBuilder where = new StringBuilder(channelFilter);
        if (f.topic() != null) {
            where.append(" and (c.rubric_code = :topic or c.rubric_code like :topicPrefix)");
            params.addValue("topic", f.topic()).addValue("topicPrefix", f.topic() + ".%");
        }
        if (f.district() != null) {
            where.append(" and c.district_code = :district");
            params.addValue("district", f.district());
        }
        List<GrowthFactor.Driver> drivers = jdbc.query("""
                select c.rubric_code as rubric, count(*) filter (where c.received_at >= :from) as n,
                       count(*) filter (where c.received_at < :from) as p
                  from case_facts c where c.received_at >= :pfrom and c.received_at < :to and c.rubric_code is not null
                """ + where + " group by c.rubric_code order by (count(*) filter (where c.received_at >= :from)"
                        + " - count(*) filter (where c.received_at < :from)) desc, 1 limit 3", params,
                (rs, i) -> new GrowthFactor.Driver(rs.getString("rubric"), directory.rubricName(rs.getString("rubric")),
                        rs.getLong("n"), rs.getLong("p")));
        return new GrowthFactor(f.level(), f.topic(), f.topicName(), f.district(), f.districtName(), f.count(), f.previous(),
                f.z(), drivers, f.slice());
    }
}
