package ru.mcu.workflow.decision;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine the {@link LiteralFeelEngine}: routing by the decision tables
 * costs a fraction of the CPU it would with the Scala FEEL engine alone (docs/performance.md).
 * A process engine plugin, picked up by the Camunda starter; public so that the benchmarks can
 * give a bare engine the same setting.
 */
@Component
public class DecisionEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        if (engine.getDmnEngineConfiguration() != null || engine.isDmnFeelEnableLegacyBehavior()) {
            return;
        }
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(new LiteralFeelEngineFactory(dmn));
        engine.setDmnEngineConfiguration(dmn);
    }
}
