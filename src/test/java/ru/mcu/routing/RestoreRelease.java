package ru.mcu.routing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/** Makes the release's routing table live again after a test changed it: the tests share one engine. */
final class RestoreRelease {

    private RestoreRelease() {
    }

    static void restore(RepositoryService repository) throws Exception {
        restore(repository, "rating-outcome", "rating-outcome.dmn", Tables.packaged("rating-outcome.dmn"));
        DecisionDefinition live = repository.createDecisionDefinitionQuery().decisionDefinitionKey("appeal-routing").latestVersion().singleResult();
        String xml;
        try (InputStream in = repository.getDecisionModel(live.getId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!xml.strip().equals(Tables.release().strip())) {
            repository.createDeployment().name("mcu-models").source("test").addString("appeal-routing.dmn", Tables.release()).deploy();
        }
    }

    private static void restore(RepositoryService repository, String key, String resource, String packaged) throws Exception {
        DecisionDefinition live = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
        try (InputStream in = repository.getDecisionModel(live.getId())) {
            if (!new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().equals(packaged.strip())) {
                repository.createDeployment().name("mcu-models").source("test").addString(resource, packaged).deploy();
            }
        }
    }
}
