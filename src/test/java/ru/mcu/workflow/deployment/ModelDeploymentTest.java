package ru.mcu.workflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import ru.mcu.support.IntegrationTest;

/** The packaged models are deployed at start, and a restart creates versions only for what changed. */
class ModelDeploymentTest extends IntegrationTest {

    @Autowired
    private ModelDeployment deployment;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private ApplicationContext context;

    @Test
    void shouldHaveDeployedEveryPackagedModelAndForm() {
        assertThat(ModelDeployment.packagedResources().keySet()).contains("appeal.bpmn", "appeal-routing.dmn",
                "register-appeal.form", "consider-appeal.form", "approve-answer.form", "revise-answer.form", "reroute-appeal.form");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("appeal").latestVersion().singleResult()).isNotNull();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("appeal-routing").latestVersion().singleResult()).isNotNull();
    }

    @Test
    void shouldDeployOnlyWhatChanged() {
        int processVersion = latestProcessVersion();
        int decisionVersion = latestDecisionVersion();

        assertThat(deployment.deploy()).as("a restart with unchanged models").isZero();
        assertThat(latestProcessVersion()).isEqualTo(processVersion);

        Map<String, byte[]> changed = new TreeMap<>(ModelDeployment.packagedResources());
        String dmn = new String(changed.get("appeal-routing.dmn"), StandardCharsets.UTF_8)
                .replace("Автоправила МЦУ:", "Автоправила МЦУ (изменено):");
        changed.put("appeal-routing.dmn", dmn.getBytes(StandardCharsets.UTF_8));
        assertThat(deployment.deploy(changed)).isEqualTo(1);

        assertThat(latestDecisionVersion()).isEqualTo(decisionVersion + 1);
        assertThat(latestProcessVersion()).as("the unchanged process keeps its version").isEqualTo(processVersion);
        // put the packaged table back on top, as the next restart would
        assertThat(deployment.deploy()).isEqualTo(1);
    }

    @Test
    void shouldFindABeanForEveryDelegateExpressionInTheModels() {
        Pattern expression = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z]+)}\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Map.Entry<String, byte[]> model : ModelDeployment.packagedResources().entrySet()) {
            Matcher m = expression.matcher(new String(model.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                found++;
                if (!context.containsBean(m.group(1))) {
                    missing.add(model.getKey() + ": " + m.group(1));
                }
            }
        }
        assertThat(found).isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    private int latestProcessVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("appeal").latestVersion().singleResult().getVersion();
    }

    private int latestDecisionVersion() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey("appeal-routing").latestVersion().singleResult().getVersion();
    }
}
