package ru.mcu.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Routing tables for the tests: small hand-written ones and the release's with a rule added on top. */
final class Tables {

    private Tables() {
    }

    /** One rule: topic, rubric, district, text entries and the output, all as FEEL text. */
    record R(String id, String description, String topic, String rubric, String district, String text, String output) {
    }

    static String table(R... rules) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Test" name="Тест" namespace="https://mcu.example/dmn/test">
                  <decision id="appeal-routing" name="Ответственный исполнитель обращения">
                    <decisionTable id="DecisionTable_Test" hitPolicy="FIRST">
                      <input id="Input_Topic" label="Тема"><inputExpression id="IE_Topic" typeRef="string"><text>topic</text></inputExpression></input>
                      <input id="Input_Rubric" label="Рубрика"><inputExpression id="IE_Rubric" typeRef="string"><text>rubric</text></inputExpression></input>
                      <input id="Input_District" label="Район"><inputExpression id="IE_District" typeRef="string"><text>district</text></inputExpression></input>
                      <input id="Input_Text" label="Текст"><inputExpression id="IE_Text" typeRef="string"><text>text</text></inputExpression></input>
                      <output id="Output_Department" label="Исполнитель" name="department" typeRef="string" />
                """);
        for (R r : rules) {
            xml.append("""
                          <rule id="%1$s"><description>%2$s</description>
                            <inputEntry id="%1$s_T"><text>%3$s</text></inputEntry>
                            <inputEntry id="%1$s_R"><text>%4$s</text></inputEntry>
                            <inputEntry id="%1$s_D"><text>%5$s</text></inputEntry>
                            <inputEntry id="%1$s_X"><text>%6$s</text></inputEntry>
                            <outputEntry id="%1$s_O"><text>%7$s</text></outputEntry>
                          </rule>
                    """.formatted(r.id(), r.description(), esc(r.topic()), esc(r.rubric()), esc(r.district()), esc(r.text()), esc(r.output())));
        }
        xml.append("""
                    </decisionTable>
                  </decision>
                </definitions>
                """);
        return xml.toString();
    }

    /** The release's routing table (bpmn/appeal-routing.dmn, packaged). */
    static String release() {
        return packaged("appeal-routing.dmn");
    }

    /** A packaged model of bpmn/. */
    static String packaged(String file) {
        try (InputStream in = Tables.class.getResourceAsStream("/bpmn/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release's table with a first rule sending the rubric to the department. */
    static String releaseWithFirstRule(String rubric, String department) {
        String rule = """
                      <rule id="Rule_Moved">
                        <description>Перенесено менеджером</description>
                        <inputEntry id="Rule_Moved_Topic"><text>-</text></inputEntry>
                        <inputEntry id="Rule_Moved_Rubric"><text>"%s"</text></inputEntry>
                        <inputEntry id="Rule_Moved_District"><text>-</text></inputEntry>
                        <inputEntry id="Rule_Moved_Text"><text>-</text></inputEntry>
                        <outputEntry id="Rule_Moved_Department"><text>"%s"</text></outputEntry>
                      </rule>
                      <rule id="Rule_01">""".formatted(rubric, department);
        return release().replaceFirst("<rule id=\"Rule_01\">", rule.strip());
    }

    private static String esc(String feel) {
        return feel.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
