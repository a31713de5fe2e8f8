package ru.mcu.letters;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of outgoing numbers: {@code <prefix>/<year>-<sequence>}, e.g.
 * {@code 01-12/2026-000123}, one sequence per year. A number is taken in the transaction that
 * records its letter: the row lock on the year's counter makes concurrent letters wait for each
 * other's commit, so the numbers are unique and run without gaps (a rolled-back step gives its
 * number back).
 */
@Component
class LetterNumbers {

    private final JdbcTemplate jdbc;
    private final String prefix;

    LetterNumbers(JdbcTemplate jdbc, LetterProperties properties) {
        this.jdbc = jdbc;
        this.prefix = properties.numberPrefix();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        Long value = jdbc.queryForObject("""
                insert into letter_counter (year, last_value) values (?, 1)
                on conflict (year) do update set last_value = letter_counter.last_value + 1
                returning last_value
                """, Long.class, year);
        return format(prefix, year, value);
    }

    static String format(String prefix, int year, long sequence) {
        return String.format("%s/%d-%06d", prefix, year, sequence);
    }
}
