package ru.mcu.support;

import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import ru.mcu.platform.database.EmbeddedPostgresServer;

/**
 * A bare process engine for the process tests of each BPMN file: the same embedded
 * PostgreSQL as the application (never H2), its own database, delegates replaced by mocks,
 * no job executor so that tests move timers themselves.
 */
public final class ProcessTestEngine {

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startIn(Path.of("target/test-postgres"), true, false);
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setProcessEngineName("process-tests");
            configuration.setJdbcUrl(server.jdbcUrl("process_tests"));
            configuration.setJdbcUsername("postgres");
            configuration.setJdbcPassword("postgres");
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setEnforceHistoryTimeToLive(true);
            configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
            // as in the application: object variables (the co-executors' list) are JSON, never Java serialization
            configuration.getProcessEnginePlugins().add(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin());
            configuration.setDefaultSerializationFormat("application/json");
            engine = configuration.buildProcessEngine();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                engine.close();
                server.release();
            }));
        }
        return engine;
    }
}
