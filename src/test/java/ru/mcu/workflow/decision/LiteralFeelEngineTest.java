package ru.mcu.workflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of {@link LiteralFeelEngine} answers exactly what the Scala FEEL engine answers,
 * for every entry of every decision table in {@code bpmn/}, on null, every literal of the
 * table and a value none of them names.
 */
class LiteralFeelEngineTest {

    private final FeelEngine scala = new ScalaFeelEngineFactory().createInstance();
    private final FeelEngine literal = new LiteralFeelEngine(scala);

    @Test
    void shouldAgreeWithTheScalaEngineOnEveryEntryOfTheDeployedTables() throws Exception {
        int shortcuts = 0;
        int checked = 0;
        for (Path file : decisionTables()) {
            DmnModelInstance model;
            try (InputStream in = Files.newInputStream(file)) {
                model = Dmn.readModelFromStream(in);
            }
            List<String> values = new ArrayList<>(literalsOf(Files.readString(file)));
            values.add(null);
            values.add("нечто иное");
            for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
                String tests = entry.getText().getTextContent();
                shortcuts += LiteralFeelEngine.parseUnaryTests(tests) instanceof LiteralFeelEngine.Literals ? 1 : 0;
                for (String value : values) {
                    VariableContext context = Variables.createVariables().putValueTyped("cellInput", Variables.stringValue(value))
                            .asVariableContext();
                    assertThat(literal.evaluateSimpleUnaryTests(tests, "cellInput", context))
                            .as("%s: %s on %s", file.getFileName(), tests, value)
                            .isEqualTo(scala.evaluateSimpleUnaryTests(tests, "cellInput", context));
                    checked++;
                }
            }
            for (OutputEntry entry : model.getModelElementsByType(OutputEntry.class)) {
                String expression = entry.getText().getTextContent();
                VariableContext empty = Variables.createVariables().asVariableContext();
                assertThat((Object) literal.evaluateSimpleExpression(expression, empty)).as(expression)
                        .isEqualTo(scala.evaluateSimpleExpression(expression, empty));
                checked++;
            }
            for (InputExpression input : model.getModelElementsByType(InputExpression.class)) {
                String expression = input.getText().getTextContent();
                for (String value : values) {
                    VariableContext context = Variables.createVariables().putValueTyped(expression.trim(), Variables.stringValue(value))
                            .asVariableContext();
                    assertThat((Object) literal.evaluateSimpleExpression(expression, context)).as(expression)
                            .isEqualTo(scala.evaluateSimpleExpression(expression, context));
                    checked++;
                }
            }
        }
        assertThat(shortcuts).as("entries answered without the Scala engine").isGreaterThan(50);
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void shouldLeaveEverythingElseToTheScalaEngine() {
        assertThat(LiteralFeelEngine.parseUnaryTests("contains(?, \"яма\")")).isNotInstanceOf(LiteralFeelEngine.Literals.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("not(\"a\")")).isNotInstanceOf(LiteralFeelEngine.Literals.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("\"a\\\"b\"")).isNotInstanceOf(LiteralFeelEngine.Literals.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("\"a\", b")).isNotInstanceOf(LiteralFeelEngine.Literals.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("nullable")).isNotInstanceOf(LiteralFeelEngine.Literals.class);
        assertThat(LiteralFeelEngine.parseExpression("\"a\" + \"b\"")).isNotInstanceOf(LiteralFeelEngine.StringLiteral.class);
        assertThat(LiteralFeelEngine.parseExpression("a.b")).isNotInstanceOf(LiteralFeelEngine.Name.class);
        assertThat(LiteralFeelEngine.parseExpression("null")).isNotInstanceOf(LiteralFeelEngine.Name.class);
        VariableContext number = Variables.createVariables().putValue("x", 5).asVariableContext();
        assertThat((Object) literal.evaluateSimpleExpression("x", number)).isEqualTo(scala.evaluateSimpleExpression("x", number));
        VariableContext text = Variables.createVariables().putValue("cellInput", "большая яма").asVariableContext();
        assertThat(literal.evaluateSimpleUnaryTests("contains(?, \"яма\")", "cellInput", text)).isTrue();
    }

    @Test
    void shouldAnswerKeywordTestsOnTextLikeTheScalaEngine() {
        List<String> tests = List.of("contains(?, \"яма\")", "contains(?, \"яма\") or contains(?, \"ямы\") or contains(?, \"асфальт\")",
                "contains( ? , \"детский сад\" )or contains(?, \"школ\")");
        for (String test : tests) {
            assertThat(LiteralFeelEngine.parseUnaryTests(test)).as(test).isInstanceOf(LiteralFeelEngine.Contains.class);
            for (String value : List.of("", "большая яма", "асфальт разбит", "школа №5", "детский сад", "ничего", "ЯМА")) {
                VariableContext context = Variables.createVariables().putValue("cellInput", value).asVariableContext();
                assertThat(literal.evaluateSimpleUnaryTests(test, "cellInput", context)).as("%s on %s", test, value)
                        .isEqualTo(scala.evaluateSimpleUnaryTests(test, "cellInput", context));
            }
        }
        assertThat(LiteralFeelEngine.parseUnaryTests("contains(?, \"a\") and contains(?, \"b\")")).isNotInstanceOf(LiteralFeelEngine.Contains.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("contains(?, \"a\") orange")).isNotInstanceOf(LiteralFeelEngine.Contains.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("contains(?, x)")).isNotInstanceOf(LiteralFeelEngine.Contains.class);
        assertThat(LiteralFeelEngine.parseUnaryTests("not(contains(?, \"a\"))")).isNotInstanceOf(LiteralFeelEngine.Contains.class);
    }

    private static List<Path> decisionTables() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList();
        }
    }

    private static Set<String> literalsOf(String xml) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile("&quot;([^&]*)&quot;|\"([^\"<>=]*)\"(?=[,<\\s)])").matcher(xml);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }
}
