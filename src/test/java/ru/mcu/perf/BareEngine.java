package ru.mcu.perf;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import ru.mcu.platform.database.EmbeddedPostgresServer;
import ru.mcu.workflow.decision.DecisionEnginePlugin;

/**
 * A plain Camunda engine next to the application, for comparison: the same PostgreSQL server
 * (a database of its own), history FULL, the application's DMN engine setting
 * ({@link DecisionEnginePlugin}), no Spring, no job executor, starting a model with the
 * application's routing table ({@code bpmn/appeal-routing.dmn}) as a business rule task and
 * one user task for the chosen department, with the variables the application starts an
 * appeal with.
 */
final class BareEngine implements AutoCloseable {

    static final String KEY = "bare-intake";

    private final ProcessEngine engine;

    BareEngine(EmbeddedPostgresServer server, String database) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-" + database);
        configuration.setJdbcUrl(server.jdbcUrl(database));
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setEnforceHistoryTimeToLive(false);
        // the application's engine settings that are not about the application: its DMN engine
        configuration.getProcessEnginePlugins().add(new DecisionEnginePlugin());
        engine = configuration.buildProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .startEvent()
                .businessRuleTask("Task_RouteByRules")
                    .camundaDecisionRef("appeal-routing")
                    .camundaMapDecisionResult("singleEntry")
                    .camundaResultVariable("department")
                .userTask("Task_Consider").camundaCandidateGroups("${department == null ? 'mcu-registrars' : 'dept-'.concat(department)}")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().name(KEY)
                .addModelInstance(KEY + ".bpmn", model)
                .addClasspathResource("bpmn/appeal-routing.dmn")
                .deploy();
    }

    /** {@code threads} threads starting instances for {@code duration}. */
    Latencies closedLoop(int threads, Duration duration) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong sequence = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        Workers.run(threads, "bare", () -> {
            while (System.nanoTime() < deadline) {
                long i = sequence.incrementAndGet();
                long start = System.nanoTime();
                try {
                    engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey("BARE-" + i)
                            .setVariables(Appeals.startVariables("BARE-" + i, i)).execute();
                    latencies.add(System.nanoTime() - start);
                } catch (RuntimeException e) {
                    latencies.error();
                }
            }
        });
        latencies.finish();
        return latencies;
    }

    long openTasks() {
        return engine.getTaskService().createTaskQuery().count();
    }

    @Override
    public void close() {
        engine.close();
    }
}
