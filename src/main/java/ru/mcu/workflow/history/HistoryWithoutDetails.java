package ru.mcu.workflow.history;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history at level FULL, without its details table ({@code ACT_HI_DETAIL}): the
 * value of every variable at every change and every field of every submitted form, a row each.
 * Nothing here reads them: the case page, the rating and the analytics read the application's
 * own records, the audit log records who changed what, Tasklist's «История» tab reads the user
 * operation log (kept), and Cockpit CE shows no variable history. They were a fifth of the rows
 * the engine wrote per appeal and per completed task, and more copies of personal data for
 * retention to find. Everything else of level FULL stays: process, activity, task and variable
 * instances (their latest values), decisions, incidents, job logs, identity links and the user
 * operation log (docs/performance.md, "What history keeps").
 * <p>
 * A process engine plugin, picked up by the Camunda starter; it replaces the engine's default
 * database history handler with this subclass. One of the few classes that use engine internals
 * ({@code ArchitectureTest}).
 */
@Component
public class HistoryWithoutDetails extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        if (engine.getHistoryEventHandler() == null) {
            engine.setHistoryEventHandler(new Handler());
        }
    }

    /** The engine's database history handler, leaving out the details table. */
    static final class Handler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricFormPropertyEventEntity) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
