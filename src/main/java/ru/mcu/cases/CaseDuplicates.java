package ru.mcu.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests open cases that may be the same problem as a given one: the same rubric, received
 * in the last {@code window-days} (default 30), within {@code radius-meters} (default 150) or
 * at the same address. Staff decide whether to link them.
 */
@Service
@Transactional(readOnly = true)
public class CaseDuplicates {

    private final JdbcTemplate jdbc;
    private final CaseRepository cases;
    private final Clock clock;
    private final int radiusMeters;
    private final int windowDays;

    CaseDuplicates(JdbcTemplate jdbc, CaseRepository cases, Clock clock,
                   @Value("${mcu.duplicates.radius-meters:150}") int radiusMeters,
                   @Value("${mcu.duplicates.window-days:30}") int windowDays) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
        this.radiusMeters = radiusMeters;
        this.windowDays = windowDays;
    }

    public List<DuplicateCandidate> suggest(String number) {
        Case c = cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
        if (c.getRubricCode() == null || (c.getAddress() == null && c.getLatitude() == null)) {
            return List.of();
        }
        Double lat = c.getLatitude();
        Double lon = c.getLongitude();
        // about 0.0014 degrees of latitude per 150 m: a box first, so the index on rubric and date is used
        double box = radiusMeters / 111_000.0;
        return jdbc.query("""
                with nearby as (
                  select id, number, address, received_at, status,
                         case when latitude is null or cast(? as double precision) is null then null
                              else round(6371000 * 2 * asin(sqrt(power(sin(radians(latitude - ?) / 2), 2)
                                   + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)))) end as distance,
                         lower(regexp_replace(coalesce(address, ''), '[^[:alnum:]]', '', 'g')) as normalized
                  from cases
                  where id <> ? and status <> 'CLOSED' and rubric_code = ? and received_at >= ?
                    and ((latitude between ? and ? and longitude between ? and ?) or address is not null)
                )
                select number, address, received_at, status, distance from nearby
                where (distance is not null and distance <= ?) or (normalized <> '' and normalized = ?)
                order by distance nulls last, received_at desc, id desc
                limit 10
                """,
                (rs, i) -> new DuplicateCandidate(rs.getString("number"), rs.getString("address"),
                        rs.getObject("distance") == null ? null : rs.getInt("distance"),
                        rs.getTimestamp("received_at").toInstant(), CaseStatus.valueOf(rs.getString("status"))),
                lat, lat, lat, lon, c.getId(), c.getRubricCode(), Timestamp.from(clock.instant().minus(Duration.ofDays(windowDays))),
                lat == null ? 0 : lat - box, lat == null ? 0 : lat + box,
                lon == null ? 0 : lon - box * 1.5, lon == null ? 0 : lon + box * 1.5,
                radiusMeters, normalize(c.getAddress()));
    }

    static String normalize(String address) {
        return address == null ? "" : address.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
