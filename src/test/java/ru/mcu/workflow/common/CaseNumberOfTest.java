package ru.mcu.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** A delegate reads the case's number from the business key, the variable only when there is none. */
class CaseNumberOfTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void shouldReadTheBusinessKeyWithoutAskingForTheVariable() {
        assertThat(CaseVariables.caseNumberOf(execution("A-2026-000123", "A-2026-000123"))).isEqualTo("A-2026-000123");
        assertThat(asked).containsExactly("getProcessBusinessKey");
    }

    @Test
    void shouldFallBackOnTheVariableWithoutABusinessKey() {
        assertThat(CaseVariables.caseNumberOf(execution(null, "P-2026-000042"))).isEqualTo("P-2026-000042");
        assertThat(asked).containsExactly("getProcessBusinessKey", "getVariable caseNumber");
    }

    /** An execution with this business key and this {@code caseNumber} variable, recording what it is asked. */
    private DelegateExecution execution(String businessKey, String variable) {
        return (DelegateExecution) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DelegateExecution.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getProcessBusinessKey" -> {
                            asked.add(method.getName());
                            return businessKey;
                        }
                        case "getVariable" -> {
                            asked.add("getVariable " + args[0]);
                            return CaseVariables.CASE_NUMBER.name().equals(args[0]) ? variable : null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
