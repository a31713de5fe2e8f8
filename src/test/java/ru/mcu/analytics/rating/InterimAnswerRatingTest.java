package ru.mcu.analytics.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.cases.AnalyticsCases;
import ru.mcu.analytics.cases.CaseRow;
import ru.mcu.calendar.PageSession;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * The rating's column «Промежуточный ответ в срок»: incidents' interim answers against their own
 * term (from the handover), computed by hand for March 2025:
 *
 * <pre>
 * roads  I1 interim due 04.03 10:00, given 03.03 15:00                on time
 *        I2 interim due 05.03 12:00, given 05.03 14:00                late
 *        I3 interim due 06.03 12:00, resolved on the spot 06.03 10:00 on time (the resolution is the reaction)
 *        I4 interim due 10.03 12:00, none, still with the department  late (missing past its term)
 *        I5 interim due 20.02, given 19.02                            February: not counted
 *        I6 interim due 12.03, none, returned as "not ours"           back at triage: not counted
 *        A1 a SITE appeal                                             not an incident: not counted
 * city-economy C1 interim given on time                               one: below the minimum sample, no share
 * </pre>
 */
class InterimAnswerRatingTest extends IntegrationTest {

    private static final Period MARCH = new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RatingQuery ratings;
    @Autowired
    private AnalyticsCases cases;
    @LocalServerPort
    private int port;

    @BeforeEach
    void seed() {
        CaseRows.deleteAll(jdbc, "T-INT-");
        incident("T-INT-I1", "roads").received("2025-03-03 09:00").interimDue("2025-03-04 10:00").interimGiven("2025-03-03 15:00")
                .open().due("2025-03-12 18:00").insert(jdbc);
        incident("T-INT-I2", "roads").received("2025-03-05 09:00").interimDue("2025-03-05 12:00").interimGiven("2025-03-05 14:00")
                .open().due("2025-03-14 18:00").insert(jdbc);
        incident("T-INT-I3", "roads").received("2025-03-06 09:00").interimDue("2025-03-06 12:00").answered("2025-03-06 10:00")
                .set("resolution", "RESOLVED_ON_SPOT").due("2025-03-17 18:00").insert(jdbc);
        incident("T-INT-I4", "roads").received("2025-03-10 09:00").interimDue("2025-03-10 12:00").open().due("2025-03-19 18:00")
                .insert(jdbc);
        incident("T-INT-I5", "roads").received("2025-02-19 09:00").interimDue("2025-02-20 10:00").interimGiven("2025-02-19 15:00")
                .answered("2025-02-25 10:00").due("2025-02-28 18:00").insert(jdbc);
        incident("T-INT-I6", "roads").received("2025-03-12 09:00").interimDue("2025-03-12 12:00").open().status("AWAITING_ROUTING")
                .due("2025-03-21 18:00").insert(jdbc);
        CaseRows.of("T-INT-A1").rubric("roads.potholes").district("center").department("roads").received("2025-03-03 10:00")
                .registered("2025-03-03 10:00").answered("2025-03-04 10:00").due("2025-04-02 23:59").insert(jdbc);
        incident("T-INT-C1", "city-economy").received("2025-03-03 09:00").interimDue("2025-03-03 18:00")
                .interimGiven("2025-03-03 11:00").open().due("2025-03-12 18:00").insert(jdbc);
    }

    @AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "T-INT-");
    }

    private static Incident incident(String number, String department) {
        return new Incident(CaseRows.of(number).channel("INCIDENT").rubric("snow.yards").district("center").department(department));
    }

    /** {@link CaseRows} with the interim answer's columns. */
    private record Incident(CaseRows rows) {
        Incident received(String local) { return new Incident(rows.received(local)); }
        Incident interimDue(String local) { return new Incident(rows.set("interim_due_at", CaseRows.local(local))); }
        Incident interimGiven(String local) { return new Incident(rows.set("interim_answered_at", CaseRows.local(local))); }
        Incident answered(String local) { return new Incident(rows.answered(local)); }
        Incident open() { return new Incident(rows.open()); }
        Incident status(String status) { return new Incident(rows.status(status)); }
        Incident set(String column, Object value) { return new Incident(rows.set(column, value)); }
        Incident due(String local) { return new Incident(rows.due(local)); }
        void insert(JdbcTemplate jdbc) { rows.insert(jdbc); }
    }

    private static DepartmentRating row(Rating rating, String department) {
        return rating.rows().stream().filter(r -> r.department().equals(department)).findFirst().orElseThrow();
    }

    private List<String> behind(Measure measure) {
        return cases.page(CaseSlice.of(MARCH).withDepartment("roads").withMeasure(measure), 0, 50)
                .rows().stream().map(CaseRow::number).filter(n -> n.startsWith("T-INT-")).toList();
    }

    @Test
    void shouldCountInterimAnswersAgainstTheirOwnTermAsComputedByHand() {
        Rating rating = ratings.rating(CaseSlice.of(MARCH), 3);
        DepartmentRating roads = row(rating, "roads");

        assertThat(roads.interimOnTime()).as("I1, I3").isEqualTo(2);
        assertThat(roads.interimLate()).as("I2, I4").isEqualTo(2);
        assertThat(roads.interimOnTimeShare()).isEqualTo(0.5);
        assertThat(behind(Measure.INTERIM_ON_TIME)).containsExactlyInAnyOrder("T-INT-I1", "T-INT-I3");
        assertThat(behind(Measure.INTERIM_LATE)).containsExactlyInAnyOrder("T-INT-I2", "T-INT-I4");

        DepartmentRating cityEconomy = row(rating, "city-economy");
        assertThat(cityEconomy.interimOnTime()).isEqualTo(1);
        assertThat(cityEconomy.interimOnTimeShare()).as("one interim answer is below the minimum sample").isNull();
        assertThat(row(ratings.rating(CaseSlice.of(MARCH), 1), "city-economy").interimOnTimeShare()).isEqualTo(1.0);
    }

    @Test
    void shouldShowTheColumnOnThePageAndInTheApi() {
        JsonNode body = new Api(rest).getJson("curator", "/api/ratings?from=2025-03-01&to=2025-03-31&minSample=3");
        JsonNode roads = null;
        for (JsonNode d : body.get("departments")) {
            if (d.get("department").asText().equals("roads")) {
                roads = d;
            }
        }
        assertThat(roads).isNotNull();
        assertThat(roads.get("interimOnTime").asInt()).isEqualTo(2);
        assertThat(roads.get("interimOnTimeShare").asDouble()).isEqualTo(0.5);

        String page = PageSession.login("http://localhost:" + port, "curator")
                .get("/analytics/rating?from=2025-03-01&to=2025-03-31&minSample=3").body();
        assertThat(page).contains("Промежуточный ответ в срок").contains("measure=interim-on-time").contains("measure=interim-late")
                .contains("(мало данных)");
    }
}
