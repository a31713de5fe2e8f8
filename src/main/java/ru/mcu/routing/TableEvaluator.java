package ru.mcu.routing;

import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TEXT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TOPIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import ru.mcu.workflow.decision.DecisionTables;
import ru.mcu.workflow.decision.RoutingRecords;

/**
 * Evaluates routing tables on past cases with the engine's DMN engine setting
 * ({@link DecisionTables}). A table is parsed with hit policy COLLECT so that every rule that
 * matches a case is known; the first of them in the table's order is the one FIRST picks, and
 * its output is the department. One evaluator per dry run, one thread.
 */
final class TableEvaluator {

    /** What a table does with one case: every matching rule in order, and the department of the first. */
    record Outcome(List<String> matchedRules, String department) {

        String firstRule() {
            return matchedRules.isEmpty() ? null : matchedRules.get(0);
        }
    }

    private List<DmnEvaluatedDecisionRule> matched = List.of();
    private final DmnEngine engine = DecisionTables.engine(event -> matched = new ArrayList<>(event.getMatchingRules()));

    /** Parses the table for evaluation; an {@link InvalidTableException} when the DMN engine refuses it. */
    DmnDecision prepare(String xml) {
        try {
            DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Decision decision = model.getModelElementById(RoutingRecords.ROUTING_DECISION);
            ((DecisionTable) decision.getExpression()).setHitPolicy(HitPolicy.COLLECT);
            return engine.parseDecision(RoutingRecords.ROUTING_DECISION, model);
        } catch (RuntimeException e) {
            throw new InvalidTableException("Таблицу не удалось разобрать: " + message(e));
        }
    }

    Outcome evaluate(DmnDecision decision, PastCase c) {
        VariableMap variables = variables()
                .with(ROUTING_TOPIC, c.topic())
                .with(RUBRIC, c.rubric())
                .with(DISTRICT, c.district())
                .with(ROUTING_TEXT, c.text())
                .build();
        matched = List.of();
        try {
            engine.evaluateDecisionTable(decision, variables);
        } catch (RuntimeException e) {
            throw new InvalidTableException("Таблица не вычисляется на обращении " + c.number() + ": " + message(e));
        }
        List<String> ids = new ArrayList<>(matched.size());
        for (DmnEvaluatedDecisionRule rule : matched) {
            ids.add(rule.getId());
        }
        String department = null;
        if (!matched.isEmpty()) {
            for (DmnEvaluatedOutput output : matched.get(0).getOutputEntries().values()) {
                Object value = output.getValue() == null ? null : output.getValue().getValue();
                department = value == null ? null : value.toString();
            }
        }
        return new Outcome(ids, department);
    }

    private static String message(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 400 ? m.substring(0, 400) + "…" : m;
    }
}
