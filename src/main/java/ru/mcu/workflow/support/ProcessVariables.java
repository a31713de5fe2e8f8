package ru.mcu.workflow.support;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Builds the variables a process starts with or a task is completed with from the holders'
 * typed declarations, so that no caller spells a variable's name:
 * <pre>{@code
 * variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER).with(KIND, AppealKind.COMPLAINT).build()
 * }</pre>
 * Values are stored as the declaration stores them (enums by name, instants as dates).
 */
public final class ProcessVariables {

    private final VariableMap map = Variables.createVariables();

    private ProcessVariables() {
    }

    /** An empty set of variables. */
    public static ProcessVariables variables() {
        return new ProcessVariables();
    }

    public <T> ProcessVariables with(ProcessVariable<T> variable, T value) {
        map.putValue(variable.name(), variable.stored(value));
        return this;
    }

    /** A value used while the process runs to its first wait state and never stored. */
    public <T> ProcessVariables withTransient(ProcessVariable<T> variable, T value) {
        map.putValueTyped(variable.name(), variable.transientValue(value));
        return this;
    }

    /**
     * The value as a form or a client sends it, unchecked: text where the declaration has an
     * enum, a list from a tag list field, or a wrong value a test sends on purpose.
     */
    public ProcessVariables withRaw(ProcessVariable<?> variable, Object value) {
        map.putValue(variable.name(), value);
        return this;
    }

    /** The variables; the map is the builder's own, later calls of {@code with} add to it. */
    public VariableMap build() {
        return map;
    }
}
