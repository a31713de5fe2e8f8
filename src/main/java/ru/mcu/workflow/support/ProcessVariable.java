package ru.mcu.workflow.support;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import ru.mcu.cases.InvalidCaseDataException;

/**
 * A process variable with its name and Java type, so that delegates, the engine port and tests
 * read and write it the same way. Enums are stored as their names, which is what the Camunda
 * Forms select and radio fields produce.
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;

    private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, value -> {
            String s = value == null ? null : value.toString();
            return s == null || s.isBlank() ? null : s;
        }, value -> value);
    }

    /** An instant, stored as a date so that timers and due dates can read it. */
    public static ProcessVariable<java.time.Instant> instant(String name) {
        return new ProcessVariable<>(name, value -> value == null ? null : ((java.util.Date) value).toInstant(),
                value -> value == null ? null : java.util.Date.from(value));
    }

    /** A whole number; form number fields may submit it as any numeric type or as text. */
    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, value -> {
            if (value == null || value.toString().isBlank()) {
                return null;
            }
            if (value instanceof Number n) {
                return n.intValue();
            }
            try {
                return (int) Double.parseDouble(value.toString());
            } catch (NumberFormatException e) {
                throw new InvalidCaseDataException(name, "Ожидается число: " + value);
            }
        }, value -> value);
    }

    /**
     * A value the code reads and writes as it is: a list from a form's tag list, a JSON document.
     * Declared here so that its name is spelled once.
     */
    public static ProcessVariable<Object> untyped(String name) {
        return new ProcessVariable<>(name, value -> value, value -> value);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, value -> value == null ? null : Boolean.valueOf(value.toString()), value -> value);
    }

    public static <E extends Enum<E>> ProcessVariable<E> enumeration(String name, Class<E> type) {
        return new ProcessVariable<>(name, value -> {
            if (value == null || value.toString().isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toString());
            } catch (IllegalArgumentException e) {
                throw new InvalidCaseDataException(name, "Недопустимое значение поля " + name + ": " + value);
            }
        }, value -> value == null ? null : value.name());
    }

    public String name() {
        return name;
    }

    /** Whether the scope (or a scope above it) holds the variable, whatever its value, blank included. */
    public boolean isSet(VariableScope scope) {
        return scope.getVariable(name) != null;
    }

    /** The value, or null when absent or blank. */
    public T get(VariableScope scope) {
        return reader.apply(scope.getVariable(name));
    }

    public Optional<T> find(VariableScope scope) {
        return Optional.ofNullable(get(scope));
    }

    /** The value, or an error naming the field when it is missing. */
    public T require(VariableScope scope, String message) {
        T value = get(scope);
        if (value == null) {
            throw new InvalidCaseDataException(name, message);
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, writer.apply(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, writer.apply(value));
    }

    /** The value as the engine stores it (an enum by name, an instant as a date). */
    Object stored(T value) {
        return writer.apply(value);
    }

    /** A value that is used while the process runs to its first wait state and never stored. */
    public TypedValue transientValue(T value) {
        return Variables.untypedValue(writer.apply(value), true);
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessVariable<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
