package ru.mcu.analytics.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.support.IntegrationTest;

/**
 * Co-executors in the rating, against a data set computed by hand (March 2024, Asia/Sakhalin):
 *
 * <pre>
 * roads lead  X1 recv 02.03 ans 10.03   co-executors: education  assigned 03.03 due 10.03 given 08.03  on time
 *                                                     city-economy assigned 03.03 due 10.03 given 12.03  late
 * roads lead  X2 recv 20.03 open        co-executor:  education  assigned 21.03 due 28.03 not given    late (past due)
 * roads lead  X3 recv 25.03 open        co-executor:  education  assigned 29.03 due 05.04 not given    not yet due: neither
 * roads lead  X4 recv 30.03             co-executor:  education  assigned 02.04                          April: not counted
 * </pre>
 */
class CoExecutionRatingTest extends IntegrationTest {

    private static final Period MARCH = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RatingQuery ratings;

    @BeforeEach
    void seed() {
        CaseRows.deleteAll(jdbc, "T-COX-");
        long x1 = roads("T-COX-X1").received("2024-03-02 10:00").registered("2024-03-02 12:00").answered("2024-03-10 10:00")
                .due("2024-04-01 23:59").insert(jdbc);
        coExecutor(x1, "education", "2024-03-03 10:00", "2024-03-10 18:00", "2024-03-08 10:00");
        coExecutor(x1, "city-economy", "2024-03-03 10:00", "2024-03-10 18:00", "2024-03-12 10:00");
        long x2 = roads("T-COX-X2").received("2024-03-20 10:00").registered("2024-03-20 12:00").open().due("2024-04-19 23:59").insert(jdbc);
        coExecutor(x2, "education", "2024-03-21 10:00", "2024-03-28 18:00", null);
        long x3 = roads("T-COX-X3").received("2024-03-25 10:00").registered("2024-03-25 12:00").open().due("2024-04-24 23:59").insert(jdbc);
        coExecutor(x3, "education", "2024-03-29 10:00", "2024-04-05 18:00", null);
        long x4 = roads("T-COX-X4").received("2024-03-30 10:00").registered("2024-04-01 12:00").open().due("2024-05-01 23:59").insert(jdbc);
        coExecutor(x4, "education", "2024-04-02 10:00", "2024-04-09 18:00", null);
    }

    /** Open cases of 2024 would count as open and overdue in every later period of other tests. */
    @org.junit.jupiter.api.AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "T-COX-");
    }

    private static CaseRows roads(String number) {
        return CaseRows.of(number).rubric("roads.potholes").district("center").department("roads");
    }

    private void coExecutor(long caseId, String department, String assigned, String due, String given) {
        jdbc.update("insert into case_co_execution (case_id, department_code, assigned_at, assigned_by, due_at, contribution,"
                        + " contributed_by, contributed_at) values (?, ?, ?, 'mcu-registrar', ?, ?, ?, ?)",
                caseId, department, ts(assigned), ts(due), given == null ? null : "Вклад", given == null ? null : department + "-clerk",
                given == null ? null : ts(given));
    }

    private static Timestamp ts(String local) {
        return Timestamp.from(CaseRows.local(local));
    }

    private static DepartmentRating row(Rating rating, String department) {
        return rating.rows().stream().filter(r -> r.department().equals(department)).findFirst().orElseThrow();
    }

    @Test
    void shouldCountCoExecutionsAndContributionsOnTimeApartFromTheLeadFigures() {
        Rating rating = ratings.rating(CaseSlice.of(MARCH), 1);

        DepartmentRating education = row(rating, "education");
        assertThat(education.coExecutions()).isEqualTo(3);
        assertThat(education.contributionsOnTime()).isEqualTo(1);
        assertThat(education.contributionsLate()).isEqualTo(1);
        assertThat(education.contributionOnTimeShare()).isEqualTo(0.5);
        assertThat(education.received()).as("co-executed cases are not the co-executor's own").isZero();
        assertThat(education.answered()).isZero();

        DepartmentRating cityEconomy = row(rating, "city-economy");
        assertThat(cityEconomy.coExecutions()).isEqualTo(1);
        assertThat(cityEconomy.contributionsOnTime()).isZero();
        assertThat(cityEconomy.contributionOnTimeShare()).isEqualTo(0.0);

        DepartmentRating roads = row(rating, "roads");
        assertThat(roads.received()).as("the lead's figures as without co-executors").isEqualTo(4);
        assertThat(roads.answered()).isEqualTo(1);
        assertThat(roads.onTime()).isEqualTo(1);
        assertThat(roads.coExecutions()).isZero();
        assertThat(roads.contributionOnTimeShare()).isNull();
    }
}
