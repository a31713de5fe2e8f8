package ru.mcu.security.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * A department's task list is checked against the clerk's groups without the engine's scan of
 * every grant for the groups that hold any, and still shows exactly the department's tasks.
 */
class GroupsWithoutScanTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldListADepartmentsTasksWithoutScanningEveryGrant() {
        jdbc.execute("create extension if not exists pg_stat_statements");
        Api api = new Api(rest);
        String number = Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal("SITE", null, "roads.potholes",
                "Яма у дома 9 на ул. Сканирующей", null)).getBody()).get("number").asText();
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        long before = scans();

        JsonNode roads = api.getJson("roads-clerk", "/engine-rest/task?processInstanceBusinessKey=" + number);
        JsonNode education = api.getJson("education-clerk", "/engine-rest/task?processInstanceBusinessKey=" + number);

        assertThat(roads).hasSize(1);
        assertThat(education).as("another department's task stays hidden").isEmpty();
        assertThat(scans() - before).as("scans of every grant for the groups holding any").isZero();
    }

    private long scans() {
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where regexp_replace(lower(query), '\\s+', ' ', 'g') like 'select distinct(a.group_id_) from act_ru_authorization%'",
                Long.class);
        return calls == null ? 0 : calls;
    }
}
