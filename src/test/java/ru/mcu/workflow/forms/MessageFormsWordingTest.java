package ru.mcu.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.mcu.support.Json;

/**
 * A ПОС message or an incident is a «сообщение», never an «обращение» (59-ФЗ), in every text a
 * clerk reads: the labels and descriptions of every form the two processes show.
 */
class MessageFormsWordingTest {

    private static final Pattern FORM_REF = Pattern.compile("formRef=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"pos-message", "incident"})
    void shouldNeverCallAMessageAnAppealInItsForms(String process) throws IOException {
        Matcher refs = FORM_REF.matcher(Files.readString(Path.of("bpmn", process + ".bpmn")));
        TreeSet<String> forms = new TreeSet<>();
        while (refs.find()) {
            forms.add(refs.group(1));
        }
        assertThat(forms).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (String form : forms) {
            collect(form, Json.parse(Files.readString(Path.of("forms", form + ".form"))), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    private static void collect(String form, JsonNode node, List<String> wrong) {
        for (String field : new String[] {"label", "description", "text"}) {
            String value = node.path(field).asText("");
            if (value.toLowerCase(java.util.Locale.ROOT).contains("обращени")) {
                wrong.add(form + ": " + value);
            }
        }
        node.forEach(child -> collect(form, child, wrong));
    }
}
