package ru.mcu.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.security.audit.AuditLog;
import ru.mcu.workflow.decision.RoutingRecords;
import ru.mcu.workflow.support.AsSystem;

/**
 * The versions of the routing table and the only way a manager changes which one is live.
 * <p>
 * The models bind their business rule task to the latest deployed version of
 * {@code appeal-routing} ({@code decisionRefBinding="latest"}); so a candidate is kept here, in
 * {@code routing_table}, not in the engine, and is deployed only when a manager activates it
 * after its dry run. A roll-back deploys the XML of the chosen earlier version again, as a new
 * deployment: one step, and the engine's history keeps every version in order. Each activation
 * and roll-back is written to the audit log: who, when, which file, which version replaced which.
 */
@Component
class RoutingVersions {

    /** Name of the engine deployments made here; the release's models are deployed as {@code mcu-models}. */
    static final String DEPLOYMENT_PREFIX = "routing-";
    static final String RESOURCE = "appeal-routing.dmn";

    private final JdbcTemplate jdbc;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final AuditLog audit;
    private final Clock clock;

    RoutingVersions(JdbcTemplate jdbc, RepositoryService repository, IdentityService identity, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** A candidate or an activated table as {@code routing_table} keeps it. */
    record Stored(long id, String fileName, String xml, String uploadedBy, Instant uploadedAt, String dryRunSummary,
                  String activatedBy, Instant activatedAt, Integer engineVersion, Integer replacedVersion, Integer rollbackToVersion) {
    }

    /** A version of the routing table in the engine, with who made it live and its dry run when it went through this page. */
    record Version(int version, String definitionId, Instant deployedAt, String origin, boolean live, Stored stored) {
    }

    /** Keeps an uploaded, checked table as a candidate; returns its id. */
    @Transactional
    long saveCandidate(TableFile table, String user) {
        return jdbc.queryForObject("""
                insert into routing_table (decision_key, file_name, xml, sha256, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class,
                RoutingRecords.ROUTING_DECISION, table.fileName(), table.xml(), sha256(table.xml()), user, Timestamp.from(clock.instant()));
    }

    Stored stored(long id) {
        List<Stored> found = jdbc.query("select * from routing_table where id = ?", (rs, i) -> new Stored(rs.getLong("id"),
                rs.getString("file_name"), rs.getString("xml"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("dry_run_summary"), rs.getString("activated_by"),
                rs.getTimestamp("activated_at") == null ? null : rs.getTimestamp("activated_at").toInstant(),
                (Integer) rs.getObject("engine_version"), (Integer) rs.getObject("replaced_version"),
                (Integer) rs.getObject("rollback_to_version")), id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Keeps the summary of the candidate's latest dry run, shown with the version once it is live. */
    void recordDryRun(long id, String summary, String user) {
        jdbc.update("update routing_table set dry_run_by = ?, dry_run_at = ?, dry_run_summary = ? where id = ? and engine_version is null",
                user, Timestamp.from(clock.instant()), summary.length() > 2000 ? summary.substring(0, 2000) : summary, id);
    }

    /** The live table: the latest deployed version. */
    DecisionDefinition live() {
        return AsSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingRecords.ROUTING_DECISION).latestVersion().singleResult());
    }

    String xmlOf(DecisionDefinition definition) {
        return AsSystem.call(identity, () -> {
            try (InputStream in = repository.getDecisionModel(definition.getId())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Makes the candidate live: deploys it as the new latest version. Refused (with a Russian
     * message) when it was already activated or never tried on past cases.
     */
    @Transactional
    int activate(long id, String user) {
        List<Map<String, Object>> row = jdbc.queryForList("select * from routing_table where id = ? for update", id);
        if (row.isEmpty()) {
            throw new InvalidTableException("Таблица-кандидат №" + id + " не найдена.");
        }
        Map<String, Object> candidate = row.get(0);
        if (candidate.get("engine_version") != null) {
            throw new InvalidTableException("Таблица-кандидат №" + id + " уже включена: версия " + candidate.get("engine_version") + ".");
        }
        if (candidate.get("dry_run_at") == null) {
            throw new InvalidTableException("Сначала проверьте таблицу на прошлых обращениях: включить можно только проверенную таблицу.");
        }
        DecisionDefinition replaced = live();
        DecisionDefinition deployed = deploy((String) candidate.get("xml"), DEPLOYMENT_PREFIX + id, user);
        jdbc.update("""
                update routing_table set activated_by = ?, activated_at = ?, engine_version = ?, engine_definition_id = ?, replaced_version = ?
                 where id = ?""", user, Timestamp.from(clock.instant()), deployed.getVersion(), deployed.getId(),
                replaced == null ? null : replaced.getVersion(), id);
        audit.record(user, AuditAction.ROUTING_TABLE_ACTIVATED, "/routing", null, String.format(
                "Таблица маршрутизации из файла «%s» (кандидат №%d) включена как версия %d вместо версии %s",
                candidate.get("file_name"), id, deployed.getVersion(), replaced == null ? "—" : replaced.getVersion()));
        return deployed.getVersion();
    }

    /** Makes an earlier version live again by deploying its XML as the new latest version; returns the new version. */
    @Transactional
    int rollBack(int version, String user) {
        DecisionDefinition live = live();
        DecisionDefinition target = AsSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingRecords.ROUTING_DECISION).decisionDefinitionVersion(version).singleResult());
        if (target == null) {
            throw new InvalidTableException("Версии " + version + " таблицы маршрутизации нет.");
        }
        if (live != null && live.getVersion() == version) {
            throw new InvalidTableException("Версия " + version + " уже действует.");
        }
        String xml = xmlOf(target);
        String summary = "Откат к версии " + version;
        long id = jdbc.queryForObject("""
                insert into routing_table (decision_key, file_name, xml, sha256, uploaded_by, uploaded_at, dry_run_summary, rollback_to_version)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, RoutingRecords.ROUTING_DECISION,
                "версия " + version, xml, sha256(xml), user, Timestamp.from(clock.instant()), summary, version);
        DecisionDefinition deployed = deploy(xml, DEPLOYMENT_PREFIX + "rollback-" + version, user);
        jdbc.update("""
                update routing_table set activated_by = ?, activated_at = ?, engine_version = ?, engine_definition_id = ?, replaced_version = ?
                 where id = ?""", user, Timestamp.from(clock.instant()), deployed.getVersion(), deployed.getId(),
                live == null ? null : live.getVersion(), id);
        audit.record(user, AuditAction.ROUTING_TABLE_ACTIVATED, "/routing", null, String.format(
                "Откат таблицы маршрутизации к версии %d: включена как версия %d вместо версии %s",
                version, deployed.getVersion(), live == null ? "—" : live.getVersion()));
        return deployed.getVersion();
    }

    /**
     * Deploys a checked rating table ({@code rating-outcome}) as its new live version at once:
     * it only decides whether a low score sends a ПОС message back for rework. Audited.
     */
    int deployRatingTable(String fileName, String xml, String user) {
        DecisionDefinition replaced = AsSystem.call(identity, () -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey("rating-outcome").latestVersion().singleResult());
        DeploymentWithDefinitions deployment = AsSystem.call(identity, () -> repository.createDeployment()
                .name("rating-" + user).source("routing:" + user).addString("rating-outcome.dmn", xml).deployWithResult());
        DecisionDefinition deployed = deployment.getDeployedDecisionDefinitions().stream()
                .filter(d -> "rating-outcome".equals(d.getKey())).findFirst().orElseThrow();
        audit.record(user, AuditAction.ROUTING_TABLE_ACTIVATED, "/routing", null, String.format(
                "Таблица оценки ответа (rating-outcome) из файла «%s» развёрнута как версия %d вместо версии %s",
                fileName, deployed.getVersion(), replaced == null ? "—" : replaced.getVersion()));
        return deployed.getVersion();
    }

    private DecisionDefinition deploy(String xml, String name, String user) {
        // the manager has no engine permission to deploy: the application checked his role and deploys for him
        DeploymentWithDefinitions deployment = AsSystem.call(identity, () -> repository.createDeployment()
                .name(name).source("routing:" + user)
                .addString(RESOURCE, xml)
                .deployWithResult());
        List<DecisionDefinition> definitions = deployment.getDeployedDecisionDefinitions();
        if (definitions == null || definitions.isEmpty()) {
            throw new IllegalStateException("The routing table deployed no decision definition: " + deployment.getId());
        }
        return definitions.stream().filter(d -> RoutingRecords.ROUTING_DECISION.equals(d.getKey())).findFirst().orElseThrow();
    }

    /** Every version of the routing table, newest first, with what this page knows of it. */
    List<Version> versions() {
        return AsSystem.call(identity, () -> {
            List<DecisionDefinition> definitions = repository.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(RoutingRecords.ROUTING_DECISION).orderByDecisionDefinitionVersion().desc().listPage(0, 100);
            if (definitions.isEmpty()) {
                return List.<Version>of();
            }
            Map<String, Deployment> deployments = new java.util.HashMap<>();
            for (String id : definitions.stream().map(DecisionDefinition::getDeploymentId).distinct().toList()) {
                Deployment deployment = repository.createDeploymentQuery().deploymentId(id).singleResult();
                if (deployment != null) {
                    deployments.put(id, deployment);
                }
            }
            Map<Integer, Stored> stored = new java.util.HashMap<>();
            for (Stored s : jdbc.query("select id from routing_table where engine_version is not null and decision_key = ?",
                    (rs, i) -> stored(rs.getLong(1)), RoutingRecords.ROUTING_DECISION)) {
                stored.put(s.engineVersion(), s);
            }
            int latest = definitions.get(0).getVersion();
            List<Version> versions = new ArrayList<>();
            for (DecisionDefinition d : definitions) {
                Deployment deployment = deployments.get(d.getDeploymentId());
                Stored s = stored.get(d.getVersion());
                String origin = s != null ? (s.rollbackToVersion() != null ? "откат к версии " + s.rollbackToVersion() : "страница «Маршрутизация»")
                        : deployment != null && "mcu-models".equals(deployment.getName()) ? "выпуск приложения"
                        : deployment != null && deployment.getName() != null && deployment.getName().startsWith("mcu-routing-release") ? "таблица выпуска (принята по настройке)"
                        : "развёртывание вне страницы (Modeler, Cockpit)";
                versions.add(new Version(d.getVersion(), d.getId(), deployment == null ? null : deployment.getDeploymentTime().toInstant(),
                        origin, d.getVersion() == latest, s));
            }
            return versions;
        });
    }

    /** Candidates uploaded and not activated, newest first. */
    List<Stored> candidates() {
        return jdbc.query("select id from routing_table where engine_version is null order by id desc limit 20", (rs, i) -> stored(rs.getLong(1)));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
