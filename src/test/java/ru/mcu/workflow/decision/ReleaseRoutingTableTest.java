package ru.mcu.workflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.IntegrationTest;

/**
 * A release does not silently undo a routing manager: when the live table was made by a
 * manager and differs from the release's, the release's is left out and the difference reported,
 * unless {@code mcu.routing.adopt-release-table} is set, which makes the release's table live.
 */
class ReleaseRoutingTableTest extends IntegrationTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    ReleaseRoutingTable release;

    @AfterEach
    void releaseTableLiveAgain() throws IOException {
        if (!xml(live()).strip().equals(packaged().strip())) {
            repository.createDeployment().name("mcu-models").source("test").addString(ReleaseRoutingTable.RESOURCE, packaged()).deploy();
        }
        release.filter(Map.of());
    }

    @Test
    void shouldKeepTheManagersTableAndReportTheDifferenceUnlessTheSettingAdoptsTheRelease() throws IOException {
        String managers = packaged().replace("<text>\"housing-control\"</text>", "<text>\"city-economy\"</text>");
        repository.createDeployment().name("routing-77").source("routing:mcu-analyst").addString(ReleaseRoutingTable.RESOURCE, managers).deploy();
        DecisionDefinition managersVersion = live();
        String nextRelease = packaged().replace("<text>\"education\"</text>", "<text>\"social\"</text>");

        Map<String, byte[]> resources = resources(nextRelease);
        Map<String, byte[]> deployed = release.filter(resources);

        assertThat(deployed).containsOnlyKeys("appeal.bpmn");
        assertThat(release.difference()).get().asString().contains("отличается от действующей версии " + managersVersion.getVersion())
                .contains("mcu.routing.adopt-release-table=true");
        assertThat(live().getId()).isEqualTo(managersVersion.getId());

        ReleaseRoutingTable adopting = new ReleaseRoutingTable(repository, true);
        assertThat(adopting.filter(resources(nextRelease))).containsOnlyKeys("appeal.bpmn");
        DecisionDefinition adopted = live();
        assertThat(adopted.getVersion()).isEqualTo(managersVersion.getVersion() + 1);
        assertThat(xml(adopted)).isEqualTo(nextRelease);
        assertThat(adopting.difference()).isEmpty();
        assertThat(repository.createDeploymentQuery().deploymentId(adopted.getDeploymentId()).singleResult().getName())
                .isEqualTo("mcu-routing-release");
    }

    @Test
    void shouldDeployTheReleasesTableOverAnEarlierReleasesOne() throws IOException {
        repository.createDeployment().name("mcu-models").source("test").addString(ReleaseRoutingTable.RESOURCE, packaged()).deploy();
        String nextRelease = packaged().replace("<text>\"education\"</text>", "<text>\"social\"</text>");

        assertThat(release.filter(resources(nextRelease))).containsKeys(ReleaseRoutingTable.RESOURCE, "appeal.bpmn");
        assertThat(release.difference()).isEmpty();
    }

    private static Map<String, byte[]> resources(String routing) {
        Map<String, byte[]> resources = new TreeMap<>();
        resources.put(ReleaseRoutingTable.RESOURCE, routing.getBytes(StandardCharsets.UTF_8));
        resources.put("appeal.bpmn", new byte[] {1});
        return resources;
    }

    private DecisionDefinition live() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(RoutingRecords.ROUTING_DECISION).latestVersion().singleResult();
    }

    private String xml(DecisionDefinition definition) throws IOException {
        try (InputStream in = repository.getDecisionModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String packaged() throws IOException {
        try (InputStream in = ReleaseRoutingTableTest.class.getResourceAsStream("/bpmn/appeal-routing.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
