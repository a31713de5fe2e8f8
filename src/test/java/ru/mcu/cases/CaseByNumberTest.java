package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * A case is read from the database once per transaction, however many steps of the process look
 * it up by its number.
 */
class CaseByNumberTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CaseRepository cases;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void shouldReadACaseOncePerTransaction() {
        jdbc.execute("create extension if not exists pg_stat_statements");
        Api api = new Api(rest);
        long beforeIntake = lookups();
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes",
                "Яма у дома 11 на ул. Однократной", null)).getBody()).get("number").asText();
        long intake = lookups() - beforeIntake;

        long beforeRegistration = lookups();
        api.submit("mcu-registrar", number, "registrationDecision", "REGISTER", "kind", "COMPLAINT",
                "rubric", "roads.potholes", "department", "roads");
        long registration = lookups() - beforeRegistration;

        long beforeTwice = lookups();
        long loadsBeforeTwice = loadsById();
        Case[] seen = transactions.execute(status -> new Case[] {
                cases.findByNumber(number).orElseThrow(), cases.findByNumber(number).orElseThrow()});
        long twice = lookups() - beforeTwice;
        long loadedTwice = loadsById() - loadsBeforeTwice;

        assertThat(seen[1]).isSameAs(seen[0]);
        assertThat(cases.findByNumber(number)).as("looked up outside a transaction").isPresent();
        assertThat(twice).as("two lookups in one transaction").isEqualTo(1);
        assertThat(loadedTwice).as("the case's row read in that transaction").isEqualTo(1);
        assertThat(cases.findByNumber("A-1900-000001")).isEmpty();
        assertThat(intake).as("lookups by number while the appeal is filed (the case is created there)").isZero();
        // before: 4 lookups while filing, 7 while the registration was submitted (one transaction)
        assertThat(registration).as("lookups by number while the registration is submitted").isEqualTo(1);
    }

    /** Selects of a whole case by its id: the row, after the number was resolved. */
    private long loadsById() {
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where regexp_replace(lower(query), '\\s+', ' ', 'g') ~ 'c1_0.address.* from cases c1_0 .*where c1_0.id ?= ?\\$1'",
                Long.class);
        return calls == null ? 0 : calls;
    }

    private long lookups() {
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where regexp_replace(lower(query), '\\s+', ' ', 'g') ~ 'from cases c1_0 .*where c1_0.number ?= ?\\$1'",
                Long.class);
        return calls == null ? 0 : calls;
    }
}
