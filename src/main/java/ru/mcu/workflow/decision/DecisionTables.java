package ru.mcu.workflow.decision;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * DMN engines configured as the process engine's own ({@link DecisionEnginePlugin}: the
 * {@link LiteralFeelEngine} before the Scala FEEL engine), for evaluating tables outside a
 * process: the routing module's dry runs on past cases. Same parser, same FEEL, same hit
 * policies as live routing; the listener sees each table's matching rules.
 */
public final class DecisionTables {

    private DecisionTables() {
    }

    /** A DMN engine whose decision tables report their evaluations to {@code listener}. */
    public static DmnEngine engine(DmnDecisionTableEvaluationListener listener) {
        DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(new LiteralFeelEngineFactory(dmn));
        if (listener != null) {
            dmn.customPostDecisionTableEvaluationListeners(List.of(listener));
        }
        return dmn.buildEngine();
    }
}
