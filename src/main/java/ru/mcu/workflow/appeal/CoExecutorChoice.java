package ru.mcu.workflow.appeal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.cases.InvalidCaseDataException;

/**
 * Reads the co-executor departments the registrar chose. Tasklist submits a tag list as a JSON
 * array; the REST API and tests may give a Java list or a comma-separated text.
 */
final class CoExecutorChoice {

    private CoExecutorChoice() {
    }

    static List<String> of(VariableScope scope) {
        Object value = AppealProcess.Variables.CO_EXECUTORS_CHOSEN.get(scope);
        List<String> codes = new ArrayList<>();
        if (value == null) {
            return codes;
        }
        if (value instanceof Collection<?> list) {
            list.forEach(v -> add(codes, v == null ? null : v.toString()));
        } else if (value instanceof SpinJsonNode json) {
            if (!json.isArray()) {
                throw new InvalidCaseDataException(CaseCoExecution.FIELD, "Ожидается список департаментов");
            }
            json.elements().forEach(e -> add(codes, e.isString() ? e.stringValue() : e.toString()));
        } else {
            String text = value.toString().strip();
            if (text.startsWith("[")) {
                org.camunda.spin.Spin.JSON(text).elements().forEach(e -> add(codes, e.stringValue()));
            } else {
                for (String part : text.split(",")) {
                    add(codes, part);
                }
            }
        }
        return codes;
    }

    private static void add(List<String> codes, String code) {
        if (code != null && !code.isBlank() && !codes.contains(code.strip())) {
            codes.add(code.strip());
        }
    }
}
