package ru.mcu.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

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

    ModelDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /** Deploys what changed; returns how many definitions were (re)deployed. */
    public int deploy() {
        DeploymentBuilder builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("application")
                .enableDuplicateFiltering(true);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        int resources = 0;
        try {
            for (String pattern : PATTERNS) {
                Resource[] found = resolver.getResources(pattern);
                Arrays.sort(found, Comparator.comparing(Resource::getFilename));
                for (Resource resource : found) {
                    try (InputStream in = resource.getInputStream()) {
                        builder.addInputStream(resource.getFilename(), in);
                    }
                    resources++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged models", e);
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        int definitions = deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size();
        definitions += deployment.getDeployedDecisionDefinitions() == null ? 0 : deployment.getDeployedDecisionDefinitions().size();
        log.info("Models deployed from {} packaged resources: {} new process/decision definition(s)", resources, definitions);
        return definitions;
    }
}
