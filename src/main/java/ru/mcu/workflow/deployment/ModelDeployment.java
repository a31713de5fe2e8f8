package ru.mcu.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import ru.mcu.workflow.decision.ReleaseRoutingTable;

/**
 * Deploys the models of {@code bpmn/} and the forms of {@code forms/} packaged with the
 * application when it starts. Only resources that changed since the last deployment create
 * new versions, so managers' deployments from Camunda Modeler are not overwritten by a restart
 * unless the packaged file itself changed.
 */
@Component
public class ModelDeployment implements SmartInitializingSingleton {

    public static final String DEPLOYMENT_NAME = "mcu-models";
    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repository;
    private final ReleaseRoutingTable routingTable;

    ModelDeployment(RepositoryService repository, ReleaseRoutingTable routingTable) {
        this.repository = repository;
        this.routingTable = routingTable;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /**
     * Deploys what changed among the packaged models; returns how many definitions are new. The
     * routing table is left out when a manager made another one live ({@link ReleaseRoutingTable}).
     */
    public int deploy() {
        return deploy(routingTable.filter(packagedResources()));
    }

    /** Deploys what changed among {@code resources} (file name to content). */
    int deploy(Map<String, byte[]> resources) {
        DeploymentBuilder builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("application")
                .enableDuplicateFiltering(true);
        resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        int definitions = size(deployment.getDeployedProcessDefinitions()) + size(deployment.getDeployedDecisionDefinitions());
        log.info("Models deployed from {} packaged resources: {} new process/decision definition(s)", resources.size(), definitions);
        return definitions;
    }

    static Map<String, byte[]> packagedResources() {
        Map<String, byte[]> resources = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(resource.getFilename(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged models", e);
        }
        return resources;
    }

    private static int size(java.util.List<?> list) {
        return list == null ? 0 : list.size();
    }
}
