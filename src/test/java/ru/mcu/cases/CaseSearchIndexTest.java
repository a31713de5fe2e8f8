package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.support.IntegrationTest;

/**
 * The case search reads the trigram indexes of V51: the planner, told to avoid reading the
 * whole table, finds an index for every arm of the search's condition. A condition spelled
 * differently from an index's expression would leave a sequential scan in the plan.
 */
class CaseSearchIndexTest extends IntegrationTest {

    @Autowired
    private NamedParameterJdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    private String plan(CaseSearchText text, CaseAccess.Scope readable, CaseAccess.Scope personal) {
        CaseQueries.SearchQuery query = CaseQueries.searchQuery(text, readable, personal);
        return transactions.execute(status -> {
            jdbc.getJdbcTemplate().execute("set local enable_seqscan = off");
            List<String> lines = jdbc.queryForList("explain select c.id from cases c where " + query.where(), query.params(), String.class);
            return String.join("\n", lines);
        });
    }

    @Test
    void shouldFindByNumberAddressNameAndPostalAddressThroughTheirIndexes() {
        String plan = plan(CaseSearchText.of("Ёлкина 120"), CaseAccess.Scope.everything(), CaseAccess.Scope.everything());

        assertThat(plan).contains("cases_address_trgm_idx", "cases_citizen_name_trgm_idx", "cases_citizen_address_trgm_idx")
                .doesNotContain("Seq Scan");
        assertThat(plan(CaseSearchText.of("2026-0001"), CaseAccess.Scope.everything(), CaseAccess.Scope.everything()))
                .contains("cases_number_trgm_idx").doesNotContain("Seq Scan");
    }

    @Test
    void shouldReadNoWholeTableForADepartmentsClerk() {
        // the department's index or the trigram indexes, whichever the statistics favour
        CaseAccess.Scope roads = CaseAccess.Scope.ofDepartments(Set.of("roads"));

        assertThat(plan(CaseSearchText.of("Сахалинская"), roads, roads)).doesNotContain("Seq Scan");
    }

    @Test
    void shouldLeaveTheCitizenOutOfTheConditionForWhoMaySeeNoCitizen() {
        CaseQueries.SearchQuery query = CaseQueries.searchQuery(CaseSearchText.of("Ёлкина"), CaseAccess.Scope.everything(),
                CaseAccess.Scope.nothing());

        assertThat(query.where()).doesNotContain("citizen");
    }
}
