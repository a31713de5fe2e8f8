package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ru.mcu.platform.FieldError;

/**
 * Reads a row in the API's JSON shape into the channel's request with the application's
 * {@link ObjectMapper}, as the API reads a request body. Unlike the API, which stops at the
 * first unreadable value, it names every one: each unreadable field is set aside and the row
 * read again, so one report line lists all that is wrong with the row's values.
 */
final class RowConversion {

    /** The request, or what kept the row from being one. */
    record Result<T>(T request, List<FieldError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private RowConversion() {
    }

    static <T> Result<T> convert(ObjectMapper json, ObjectNode fields, Class<T> type) {
        ObjectNode remaining = fields.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        // each pass removes a value from the row or ends, so the loop ends
        while (true) {
            try {
                T request = json.treeToValue(remaining, type);
                return new Result<>(errors.isEmpty() ? request : null, List.copyOf(errors));
            } catch (JsonMappingException e) {
                errors.add(new FieldError(path(e), message(e)));
                if (!remove(remaining, e.getPath())) {
                    return new Result<>(null, List.copyOf(errors));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                errors.add(new FieldError(null, "строка не читается"));
                return new Result<>(null, List.copyOf(errors));
            }
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }

    private static String message(JsonMappingException e) {
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String value = "«" + format.getValue() + "»";
            if (target != null && target.isEnum()) {
                return "Недопустимое значение " + value + ". Допустимые значения: " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            if (target != null && Temporal.class.isAssignableFrom(target)) {
                return "Некорректное значение " + value + ": ожидается дата и время ISO-8601 со смещением, например 2026-11-20T10:15:00+11:00";
            }
            if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive())) {
                return "Некорректное значение " + value + ": ожидается число";
            }
            return "Некорректное значение " + value;
        }
        return e instanceof MismatchedInputException ? "Значение неверного типа" : "Некорректное значение";
    }

    /** Removes the value the path names; false when there is nothing to remove there. */
    private static boolean remove(ObjectNode row, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = row;
        for (JsonMappingException.Reference ref : path.subList(0, path.size() - 1)) {
            parent = ref.getFieldName() != null ? parent.get(ref.getFieldName()) : parent.get(ref.getIndex());
            if (parent == null) {
                return false;
            }
        }
        String last = path.get(path.size() - 1).getFieldName();
        return last != null && parent instanceof ObjectNode object && object.remove(last) != null;
    }
}
