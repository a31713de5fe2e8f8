package ru.mcu.analytics.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.cases.AnalyticsCases;
import ru.mcu.analytics.cases.CaseRow;
import ru.mcu.cases.Channel;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * The rating against a data set computed by hand (March 2025, Asia/Sakhalin days):
 *
 * <pre>
 * roads  R1 SITE recv 02.03 reg 03.03 10:00 ans 13.03 (10 d) due 02.04  on time  rated 5  reaction +6 h
 *        R2 SITE recv 03.03 reg 04.03 10:00 ans 08.03 ( 4 d) due 03.04  on time  rated 4  reaction +2 h
 *        R3 SITE recv 10.02 reg 11.02 ans 15.03 (32 d) due 13.03   late, received in February (reroute 1 not counted)  rated 2
 *        R4 SITE recv 20.03 never registered, ans 26.03 (6 d from receipt) due 19.04  on time  rework 1
 *        R5 SITE recv 25.03 open, due 24.04                         not overdue
 *        R6 SITE recv 20.01 open, due 20.02                         open and overdue
 *        R7 SITE recv 30.03 ans 02.04 (April)  reroutes 2          received in March, answered in April
 *        P1 POS  recv 05.03 reg 05.03 ans 06.03 (1 d) due 19.03     on time
 * city-economy C1..C3 SITE recv 01.03, reg +0, ans +2 d, due +30 d  on time
 * education    E1 SITE recv 02.03 ans 03.03 on time                 one answer: below the sample
 * </pre>
 */
class RatingQueryTest extends IntegrationTest {

    private static final Period MARCH = new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RatingQuery ratings;
    @Autowired
    private AnalyticsCases cases;

    @BeforeEach
    void seed() {
        CaseRows.deleteAll(jdbc, "T-RAT-");
        roads("T-RAT-R1").received("2025-03-02 10:00").registered("2025-03-03 10:00").reacted("2025-03-03 16:00")
                .answered("2025-03-13 10:00").due("2025-04-02 23:59").rated(5, "2025-03-14 12:00").insert(jdbc);
        roads("T-RAT-R2").received("2025-03-03 10:00").registered("2025-03-04 10:00").reacted("2025-03-04 12:00")
                .answered("2025-03-08 10:00").due("2025-04-03 23:59").rated(4, "2025-03-10 12:00").insert(jdbc);
        roads("T-RAT-R3").received("2025-02-10 10:00").registered("2025-02-11 10:00").answered("2025-03-15 10:00")
                .due("2025-03-13 23:59").rated(2, "2025-03-16 12:00").set("reroute_count", 1).insert(jdbc);
        roads("T-RAT-R4").received("2025-03-20 10:00").answered("2025-03-26 10:00").due("2025-04-19 23:59")
                .set("rework_count", 1).insert(jdbc);
        roads("T-RAT-R5").received("2025-03-25 10:00").registered("2025-03-25 12:00").open().due("2025-04-24 23:59").insert(jdbc);
        roads("T-RAT-R6").received("2025-01-20 10:00").registered("2025-01-21 10:00").open().due("2025-02-20 23:59").insert(jdbc);
        roads("T-RAT-R7").received("2025-03-30 10:00").registered("2025-03-30 12:00").answered("2025-04-02 10:00")
                .due("2025-04-29 23:59").set("reroute_count", 2).insert(jdbc);
        roads("T-RAT-P1").channel("POS").received("2025-03-05 09:00").registered("2025-03-05 10:00")
                .answered("2025-03-06 10:00").due("2025-03-19 18:00").insert(jdbc);
        for (int i = 1; i <= 3; i++) {
            CaseRows.of("T-RAT-C" + i).rubric("housing-utilities.heating").district("center").department("city-economy")
                    .received("2025-03-01 10:00").registered("2025-03-01 10:00").answered("2025-03-03 10:00")
                    .due("2025-03-31 23:59").insert(jdbc);
        }
        CaseRows.of("T-RAT-E1").rubric("education.schools").district("center").department("education")
                .received("2025-03-02 10:00").registered("2025-03-02 11:00").answered("2025-03-03 10:00")
                .due("2025-04-01 23:59").insert(jdbc);
    }

    private static CaseRows roads(String number) {
        return CaseRows.of(number).rubric("roads.potholes").district("center").department("roads");
    }

    private static DepartmentRating row(Rating rating, String department) {
        return rating.rows().stream().filter(r -> r.department().equals(department)).findFirst().orElseThrow();
    }

    @Test
    void shouldCountEveryFigureOfADepartmentAsComputedByHand() {
        DepartmentRating roads = row(ratings.rating(CaseSlice.of(MARCH), 3), "roads");

        assertThat(roads.received()).as("R1 R2 R4 R5 R7 P1").isEqualTo(6);
        assertThat(roads.answered()).as("R1 R2 R3 R4 P1").isEqualTo(5);
        assertThat(roads.onTime()).isEqualTo(4);
        assertThat(roads.late()).as("R3, received in February, answered late in March").isEqualTo(1);
        assertThat(roads.onTimeShare()).isEqualTo(0.8);
        assertThat(roads.openOverdue()).as("R6").isEqualTo(1);
        assertThat(roads.overdue()).isEqualTo(2);
        assertThat(roads.avgAnswerDays()).isCloseTo((10 + 4 + 32 + 6 + 1) / 5.0, within(1e-9));
        assertThat(roads.medianAnswerDays()).isCloseTo(6.0, within(1e-9));
        assertThat(roads.avgReactionHours()).isCloseTo(4.0, within(1e-9));
        assertThat(roads.reroutes()).as("R7's two returns; R3 was received in February").isEqualTo(2);
        assertThat(roads.reworks()).as("R4").isEqualTo(1);
        assertThat(roads.rated()).isEqualTo(3);
        assertThat(roads.avgRating()).isCloseTo(11 / 3.0, within(1e-9));
        assertThat(roads.satisfied()).isEqualTo(2);
        assertThat(roads.satisfiedShare()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void shouldCountOnlyTheChosenChannel() {
        DepartmentRating roads = row(ratings.rating(CaseSlice.of(MARCH).withChannel(Channel.SITE), 3), "roads");

        assertThat(roads.received()).isEqualTo(5);
        assertThat(roads.answered()).isEqualTo(4);
        assertThat(roads.onTimeShare()).isEqualTo(0.75);
        assertThat(roads.avgAnswerDays()).isCloseTo(13.0, within(1e-9));
        assertThat(roads.medianAnswerDays()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void shouldCountACaseThatCrossesThePeriodBoundaryInThePeriodOfItsAnswer() {
        Period february = new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        DepartmentRating roads = row(ratings.rating(CaseSlice.of(february), 3), "roads");
        assertThat(roads.received()).as("R3").isEqualTo(1);
        assertThat(roads.answered()).isZero();
        assertThat(roads.openOverdue()).as("R6, due 20.02 and still open").isEqualTo(1);

        Period april = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        DepartmentRating inApril = row(ratings.rating(CaseSlice.of(april), 3), "roads");
        assertThat(inApril.received()).isZero();
        assertThat(inApril.answered()).as("R7, received in March").isEqualTo(1);
    }

    @Test
    void shouldRankOnlyDepartmentsWithTheMinimumSample() {
        Rating rating = ratings.rating(CaseSlice.of(MARCH), 3);

        assertThat(rating.ranked()).extracting(DepartmentRating::department).containsExactly("city-economy", "roads");
        assertThat(rating.ranked()).extracting(DepartmentRating::rank).containsExactly(1, 2);
        DepartmentRating education = row(rating, "education");
        assertThat(education.onTimeShare()).as("all on time, yet one answer").isEqualTo(1.0);
        assertThat(education.rank()).isNull();
        assertThat(rating.rows()).as("every active department is listed").hasSizeGreaterThanOrEqualTo(22);

        assertThat(ratings.rating(CaseSlice.of(MARCH), 10).ranked()).as("default-like sample of 10").isEmpty();
    }

    @Test
    void shouldCountAPlannedAnswerGivenAfterItsTermAsLateInTheFigureAndItsList() {
        Period may = new Period(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        // answered «запланировано» two days after its term, then resumed on the date with a fresh term
        CaseRows.of("T-RAT-L1").channel("POS").rubric("education.schools").district("center").department("education")
                .received("2025-05-02 10:00").registered("2025-05-02 11:00").open().due("2025-06-20 18:00")
                .set("planned_answered_at", Timestamp.from(CaseRows.local("2025-05-14 10:00")))
                .set("planned_answer_due_at", Timestamp.from(CaseRows.local("2025-05-12 18:00")))
                .set("planned_for", LocalDate.of(2025, 6, 10)).insert(jdbc);
        // answered «запланировано» in time, still waiting for its date
        CaseRows.of("T-RAT-L2").channel("POS").rubric("education.schools").district("center").department("education")
                .received("2025-05-02 10:00").registered("2025-05-02 11:00").open().due("2025-05-12 18:00").set("status", "PLANNED")
                .set("planned_answered_at", Timestamp.from(CaseRows.local("2025-05-10 10:00")))
                .set("planned_answer_due_at", Timestamp.from(CaseRows.local("2025-05-12 18:00")))
                .set("planned_for", LocalDate.of(2025, 7, 10)).insert(jdbc);

        DepartmentRating education = row(ratings.rating(CaseSlice.of(may), 3), "education");
        assertThat(education.planned()).isEqualTo(2);
        assertThat(education.late()).as("T-RAT-L1").isEqualTo(1);
        assertThat(education.onTime()).isZero();
        assertThat(education.openOverdue()).isZero();
        assertThat(education.overdue()).isEqualTo(1);
        for (Measure m : List.of(Measure.LATE, Measure.OVERDUE)) {
            assertThat(cases.page(CaseSlice.of(may).withDepartment("education").withMeasure(m), 0, 50).rows())
                    .as(m.name()).extracting(CaseRow::number).containsExactly("T-RAT-L1");
        }
    }

    @Test
    void shouldListExactlyTheCasesBehindAFigure() {
        List<String> answered = cases.page(CaseSlice.of(MARCH).withDepartment("roads").withMeasure(Measure.ANSWERED), 0, 50)
                .rows().stream().map(CaseRow::number).toList();
        assertThat(answered).containsExactlyInAnyOrder("T-RAT-R1", "T-RAT-R2", "T-RAT-R3", "T-RAT-R4", "T-RAT-P1");

        List<String> overdue = cases.page(CaseSlice.of(MARCH).withDepartment("roads").withMeasure(Measure.OVERDUE), 0, 50)
                .rows().stream().map(CaseRow::number).toList();
        assertThat(overdue).containsExactlyInAnyOrder("T-RAT-R3", "T-RAT-R6");
    }

    @Test
    void shouldAnswerTheRatingOverTheApiWithAConfigurableSample() {
        JsonNode body = new Api(rest).getJson("curator", "/api/ratings?from=2025-03-01&to=2025-03-31&channel=SITE&minSample=3");

        assertThat(body.get("minSample").asInt()).isEqualTo(3);
        JsonNode first = body.get("departments").get(0);
        assertThat(first.get("department").asText()).isEqualTo("city-economy");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        JsonNode roads = body.get("departments").get(1);
        assertThat(roads.get("department").asText()).isEqualTo("roads");
        assertThat(roads.get("answered").asInt()).isEqualTo(4);

        assertThat(rest.getForEntity("/api/ratings", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(new Api(rest).get("curator", "/api/ratings?from=2025-13-01").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
