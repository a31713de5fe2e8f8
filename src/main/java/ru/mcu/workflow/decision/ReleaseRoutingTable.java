package ru.mcu.workflow.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a release from silently undoing the routing managers (issue 18). At start the models
 * packaged with the release are deployed (workflow.deployment.ModelDeployment); before that,
 * this compares the release's {@code appeal-routing.dmn} with the live routing table:
 * <ul>
 *   <li>the live table came with a release (deployment {@code mcu-models}) or equals the
 *       release's: nothing special, the release's table is deployed when it changed;</li>
 *   <li>a manager made another table live since: the release's table is left out, the live one
 *       stays, a warning is logged and {@code /routing} shows a note; unless the setting
 *       {@code mcu.routing.adopt-release-table=true}, which deploys the release's table as the
 *       new live version (deployment {@code mcu-routing-release}).</li>
 * </ul>
 */
@Component
public class ReleaseRoutingTable {

    public static final String RESOURCE = "appeal-routing.dmn";
    static final String RELEASE_DEPLOYMENT = "mcu-models";
    static final String ADOPTED_DEPLOYMENT = "mcu-routing-release";

    private static final Logger log = LoggerFactory.getLogger(ReleaseRoutingTable.class);

    private final RepositoryService repository;
    private final boolean adopt;
    private volatile String difference;

    ReleaseRoutingTable(RepositoryService repository, @Value("${mcu.routing.adopt-release-table:false}") boolean adopt) {
        this.repository = repository;
        this.adopt = adopt;
    }

    /**
     * The packaged resources to deploy as {@code mcu-models}: all of them, or without the routing
     * table when the live one was made by a manager and differs (adopted separately when the setting says so).
     */
    public Map<String, byte[]> filter(Map<String, byte[]> resources) {
        difference = null;
        byte[] packaged = resources.get(RESOURCE);
        if (packaged == null) {
            return resources;
        }
        DecisionDefinition live = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RoutingRecords.ROUTING_DECISION).latestVersion().singleResult();
        if (live == null) {
            return resources;
        }
        Deployment deployment = repository.createDeploymentQuery().deploymentId(live.getDeploymentId()).singleResult();
        if (deployment != null && RELEASE_DEPLOYMENT.equals(deployment.getName())) {
            return resources;
        }
        if (same(xmlOf(live), new String(packaged, StandardCharsets.UTF_8))) {
            return resources;
        }
        Map<String, byte[]> rest = new TreeMap<>(resources);
        rest.remove(RESOURCE);
        if (adopt) {
            DecisionDefinition adopted = repository.createDeployment().name(ADOPTED_DEPLOYMENT).source("application")
                    .addInputStream(RESOURCE, new ByteArrayInputStream(packaged)).deployWithResult()
                    .getDeployedDecisionDefinitions().stream().filter(d -> RoutingRecords.ROUTING_DECISION.equals(d.getKey()))
                    .findFirst().orElseThrow();
            log.warn("The release's routing table differs from the live version {} (deployment '{}'); adopted as version {} "
                    + "because mcu.routing.adopt-release-table=true", live.getVersion(), deployment == null ? "?" : deployment.getName(),
                    adopted.getVersion());
            return rest;
        }
        difference = "Таблица маршрутизации этого выпуска (bpmn/appeal-routing.dmn) отличается от действующей версии "
                + live.getVersion() + ", которую включили после выпуска" + who(deployment) + ". Действующая версия сохранена. Чтобы принять таблицу выпуска, "
                + "проверьте её здесь как кандидата или запустите приложение с настройкой mcu.routing.adopt-release-table=true.";
        log.warn("The release's routing table differs from the live version {} (deployment '{}', {}): kept the live one; "
                + "set mcu.routing.adopt-release-table=true to adopt the release's", live.getVersion(),
                deployment == null ? "?" : deployment.getName(), deployment == null ? "?" : deployment.getSource());
        return rest;
    }

    /** The note for {@code /routing} when the release's table was not adopted at the last start. */
    public Optional<String> difference() {
        return Optional.ofNullable(difference);
    }

    private String xmlOf(DecisionDefinition definition) {
        try (InputStream in = repository.getDecisionModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** « (включил mcu-analyst)» for a table made live on /routing, « (источник: …)» for another deployment. */
    private static String who(Deployment deployment) {
        if (deployment == null || deployment.getSource() == null) {
            return "";
        }
        String source = deployment.getSource();
        return source.startsWith("routing:") ? " (включил " + source.substring("routing:".length()) + ")" : " (источник: " + source + ")";
    }

    private static boolean same(String a, String b) {
        return a.replace("\r\n", "\n").strip().equals(b.replace("\r\n", "\n").strip());
    }
}
