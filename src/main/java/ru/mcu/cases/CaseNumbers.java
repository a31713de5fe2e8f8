package ru.mcu.cases;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.platform.time.LocalZone;

/**
 * Issues registration numbers {@code <prefix>-<year>-<sequence>}, e.g. {@code A-2026-000042}:
 * unique per channel prefix and year, ASCII only so they are safe in a URL. The counter is
 * advanced in its own short transaction so that concurrent intakes do not wait on each other;
 * a rolled-back intake leaves a gap in the numbering.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(Channel channel) {
        int year = LocalDate.now(clock.withZone(LocalZone.ZONE)).getYear();
        Long value = jdbc.queryForObject("""
                insert into case_number_counter (prefix, year, last_value) values (?, ?, 1)
                on conflict (prefix, year) do update set last_value = case_number_counter.last_value + 1
                returning last_value
                """, Long.class, channel.numberPrefix(), year);
        return format(channel.numberPrefix(), year, value);
    }

    static String format(String prefix, int year, long sequence) {
        return String.format("%s-%d-%06d", prefix, year, sequence);
    }
}
