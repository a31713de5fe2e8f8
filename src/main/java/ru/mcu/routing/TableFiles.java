package ru.mcu.routing;

import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TEXT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TOPIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.pos.PosProcess.Variables.RATING_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.RATING_SCORE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelException;
import ru.mcu.workflow.decision.RoutingRecords;

/**
 * Reads and checks an uploaded routing table. What a careful head of the МЦУ wants checked
 * before a table may even be tried: it is DMN, it holds the decision {@code appeal-routing} as
 * a decision table with hit policy FIRST and one output {@code department}, its
 * inputs read only what the processes give the table (topic, rubric, district, text), and every
 * expression is FEEL (a script or JUEL expression could run code inside the application).
 */
final class TableFiles {

    static final int MAX_BYTES = 1024 * 1024;
    /** The variables the processes give the routing table and a dry run can rebuild for a past case. */
    static final Set<String> INPUTS = Set.of(ROUTING_TOPIC.name(), RUBRIC.name(), DISTRICT.name(), ROUTING_TEXT.name());

    private static final Pattern LANGUAGE = Pattern.compile("expressionLanguage\\s*=\\s*[\"']([^\"']*)[\"']");

    private TableFiles() {
    }

    /**
     * Checks the rating table ({@code rating-outcome}: what a citizen's score leads to): DMN, the
     * decision present as a decision table reading {@code ratingScore} and giving
     * {@code ratingOutcome} "REWORK" or "CLOSE", FEEL only. Returns its XML.
     */
    static String readRatingTable(byte[] content) {
        String xml = new String(content, StandardCharsets.UTF_8);
        feelOnly(xml);
        DmnModelInstance model = parse(content);
        Decision decision = model.getModelElementById("rating-outcome");
        if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
            throw new InvalidTableException("В файле нет таблицы решений с идентификатором «rating-outcome»: меняйте bpmn/rating-outcome.dmn, "
                    + "не переименовывая решение.");
        }
        List<Output> outputs = new ArrayList<>(table.getOutputs());
        if (outputs.size() != 1 || !RATING_OUTCOME.name().equals(outputs.get(0).getName())) {
            throw new InvalidTableException("У таблицы оценки должен быть один выход с именем «ratingOutcome» (\"REWORK\" или \"CLOSE\").");
        }
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
                    ? "" : input.getInputExpression().getText().getTextContent().trim();
            if (!RATING_SCORE.name().equals(expression)) {
                throw new InvalidTableException("Вход таблицы оценки читает «" + expression + "»: доступна только оценка автора ratingScore.");
            }
        }
        for (Rule rule : table.getRules()) {
            for (OutputEntry entry : rule.getOutputEntries()) {
                String text = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
                if (!text.equals("\"REWORK\"") && !text.equals("\"CLOSE\"")) {
                    throw new InvalidTableException("Итог правила «" + text + "»: допустимы только \"REWORK\" (на доработку) и \"CLOSE\" (закрыть).");
                }
            }
        }
        return xml;
    }

    private static void feelOnly(String xml) {
        Matcher language = LANGUAGE.matcher(xml);
        while (language.find()) {
            if (!language.group(1).toLowerCase().contains("feel")) {
                throw new InvalidTableException("Таблица использует язык выражений «" + language.group(1)
                        + "»: допускается только FEEL (скрипты и JUEL могли бы выполнить код внутри системы).");
            }
        }
    }

    private static DmnModelInstance parse(byte[] content) {
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException | IllegalArgumentException e) {
            throw new InvalidTableException("Файл не читается как таблица DMN: это не XML в формате DMN, который сохраняет Camunda Modeler"
                    + where(e) + ".");
        }
    }

    static TableFile read(String fileName, byte[] content) {
        String xml = new String(content, StandardCharsets.UTF_8);
        Matcher language = LANGUAGE.matcher(xml);
        while (language.find()) {
            if (!language.group(1).toLowerCase().contains("feel")) {
                throw new InvalidTableException("Таблица использует язык выражений «" + language.group(1)
                        + "»: допускается только FEEL (скрипты и JUEL могли бы выполнить код внутри системы).");
            }
        }
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (ModelException | IllegalArgumentException e) {
            throw new InvalidTableException("Файл не читается как таблица DMN: это не XML в формате DMN, который сохраняет Camunda Modeler"
                    + where(e) + ".");
        }
        Decision decision = model.getModelElementById(RoutingRecords.ROUTING_DECISION);
        if (decision == null) {
            throw new InvalidTableException("В файле нет решения с идентификатором «" + RoutingRecords.ROUTING_DECISION
                    + "»: откройте bpmn/appeal-routing.dmn и меняйте его, не переименовывая решение.");
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            throw new InvalidTableException("Решение «" + RoutingRecords.ROUTING_DECISION + "» должно быть таблицей решений.");
        }
        HitPolicy policy = table.getHitPolicy() == null ? HitPolicy.UNIQUE : table.getHitPolicy();
        if (policy != HitPolicy.FIRST) {
            // under UNIQUE a case two rules match stops its process with an incident: routing tables use FIRST
            throw new InvalidTableException("Политика срабатывания «" + policy + "» не подходит: нужна FIRST (побеждает первое подходящее правило).");
        }
        List<Output> outputs = new ArrayList<>(table.getOutputs());
        if (outputs.size() != 1 || !DEPARTMENT.name().equals(outputs.get(0).getName())) {
            throw new InvalidTableException("У таблицы должен быть один выход с именем «department» (код исполнителя).");
        }
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
                    ? "" : input.getInputExpression().getText().getTextContent().trim();
            if (!INPUTS.contains(expression)) {
                throw new InvalidTableException("Вход «" + (input.getLabel() == null ? input.getId() : input.getLabel()) + "» читает «"
                        + expression + "»: таблице доступны только topic (тема), rubric (рубрика), district (район) и text (текст).");
            }
        }
        List<TableFile.Rule> rules = new ArrayList<>();
        int index = 1;
        for (Rule rule : table.getRules()) {
            List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
            String output = entries.isEmpty() || entries.get(0).getText() == null ? "" : entries.get(0).getText().getTextContent().trim();
            String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent().trim();
            List<String> tests = rule.getInputEntries().stream()
                    .map(e -> e.getText() == null ? "-" : e.getText().getTextContent().trim()).toList();
            rules.add(new TableFile.Rule(index++, rule.getId(), description, tests, output));
        }
        if (rules.isEmpty()) {
            throw new InvalidTableException("В таблице нет ни одного правила.");
        }
        return new TableFile(fileName, xml, policy.name(), List.copyOf(rules));
    }

    /** Where the XML parser stopped, when it says: « (строка 3, позиция 17)». */
    private static String where(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException parse && parse.getLineNumber() > 0) {
                return " (ошибка в строке " + parse.getLineNumber() + ", позиция " + parse.getColumnNumber() + ")";
            }
        }
        return "";
    }
}
