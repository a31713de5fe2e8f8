package ru.mcu.security.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's permission checks with the user's groups as they are. Before each check the
 * engine narrows the user's groups to those that hold any authorization, and to know which do,
 * it reads {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION} once per command: a scan
 * of the whole table, which here holds two grants per open task (200 000 rows at 100 000 tasks),
 * on every Tasklist page, every engine REST call and every task completed. Narrowing changes no
 * answer (a group without authorizations matches none in the check), and a user has a handful of
 * groups, so the check takes them unnarrowed (docs/performance.md, "Task lists").
 * <p>
 * A process engine plugin replacing the engine's authorization manager; one of the few classes
 * that use engine internals ({@code ArchitectureTest}).
 */
@Component
public class GroupsWithoutScan extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, without narrowing the user's groups. */
    static final class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : List.copyOf(authenticatedGroupIds);
        }
    }
}
