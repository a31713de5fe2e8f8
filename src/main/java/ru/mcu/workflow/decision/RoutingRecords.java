package ru.mcu.workflow.decision;

import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.workflow.support.AsSystem;

/**
 * What each case was routed with (table {@code routing_record}): the version of the routing
 * table that was live and the inputs it read, rubric, its topic and the district. The case page
 * shows the version ({@code @routingRecords.versionOf(number)}); the dry runs of
 * {@code ru.mcu.routing} evaluate a new table on these inputs.
 */
@Component("routingRecords")
public class RoutingRecords {

    /** The key of the routing table, shared by the three channels' models. */
    public static final String ROUTING_DECISION = "appeal-routing";

    private final JdbcTemplate jdbc;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final Clock clock;

    RoutingRecords(JdbcTemplate jdbc, RepositoryService repository, IdentityService identity, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * Records that the case was routed now by the live routing table (the latest deployed
     * version, which the models' business rule tasks bind to) on these inputs.
     */
    public void record(String caseNumber, String topic, String rubric, String district, String department) {
        // the live version read in the insert itself, from the engine's table of decision definitions (the same row
        // the business rule task bound to a moment before): an engine query here cost a twentieth of an intake
        jdbc.update("""
                insert into routing_record (case_id, routed_at, decision_definition_id, decision_version, topic, rubric, district, department)
                select c.id, ?, d.id_, d.version_, ?, ?, ?, ? from cases c
                left join lateral (select id_, version_ from act_re_decision_def
                                    where key_ = ? and tenant_id_ is null order by version_ desc limit 1) d on true
                where c.number = ?
                on conflict (case_id) do update set routed_at = excluded.routed_at, decision_definition_id = excluded.decision_definition_id,
                    decision_version = excluded.decision_version, topic = excluded.topic, rubric = excluded.rubric,
                    district = excluded.district, department = excluded.department""",
                Timestamp.from(clock.instant()), topic, rubric, district, department, ROUTING_DECISION, caseNumber);
    }

    /** The live routing table: the latest deployed version, or null before the first deployment. */
    public DecisionDefinition live() {
        // whoever filed the case, the table is read as the system: an integration's token has no engine permissions
        return AsSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ROUTING_DECISION).latestVersion().singleResult());
    }

    /** The version of the routing table that routed the case, as the case page shows it; null when not recorded. */
    public Integer versionOf(String caseNumber) {
        return jdbc.query("select r.decision_version from routing_record r join cases c on c.id = r.case_id where c.number = ?",
                rs -> rs.next() ? (Integer) rs.getObject(1) : null, caseNumber);
    }
}
