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

    /**
     * Whether every input the later unary test accepts is accepted by the earlier one, as far as
     * can be told without evaluating: {@code -} covers everything; a list of string literals (and
     * {@code null}) covers a list it includes; keyword tests {@code contains(?, "…")} cover keyword
     * tests whose every substring contains one of theirs; otherwise only the same text covers.
     * False when unsure: a rule reported as always shadowed is certainly so.
     */
    public static boolean covers(String earlier, String later) {
        Object a = LiteralFeelEngine.parseUnaryTests(earlier == null ? "-" : earlier);
        Object b = LiteralFeelEngine.parseUnaryTests(later == null ? "-" : later);
        if (a instanceof LiteralFeelEngine.Literals x && x.any()) {
            return true;
        }
        if (a instanceof LiteralFeelEngine.Literals x && b instanceof LiteralFeelEngine.Literals y && !y.any()) {
            return x.values().containsAll(y.values()) && (x.matchesNull() || !y.matchesNull());
        }
        if (a instanceof LiteralFeelEngine.Contains x && b instanceof LiteralFeelEngine.Contains y) {
            return y.parts().stream().allMatch(part -> x.parts().stream().anyMatch(part::contains));
        }
        return earlier != null && later != null && earlier.strip().equals(later.strip());
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
