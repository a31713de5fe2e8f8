package ru.mcu.intake.batch;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The flat CSV columns of an API request: every field of the request record, nested records
 * joined with a dot ({@code citizen.fullName}, {@code location.lat}). Read from the record
 * itself, so a field added to the API is a column of the import without a second list.
 */
final class Columns {

    /** One column: its name and the Java type the API reads it into. */
    record Column(String name, Class<?> type) {

        boolean isNumber() {
            return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class);
        }
    }

    private final List<Column> columns;
    private final Map<String, Column> byLowerCaseName;

    private Columns(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.byLowerCaseName = columns.stream()
                .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), Function.identity()));
    }

    static Columns of(Class<? extends Record> request) {
        List<Column> columns = new ArrayList<>();
        collect(request, "", columns);
        return new Columns(columns);
    }

    private static void collect(Class<?> record, String prefix, List<Column> into) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (java.util.Collection.class.isAssignableFrom(component.getType())) {
                // a list (the files of a case) has no flat column
                continue;
            }
            String name = prefix + component.getName();
            if (component.getType().isRecord()) {
                collect(component.getType(), name + ".", into);
            } else {
                into.add(new Column(name, component.getType()));
            }
        }
    }

    List<Column> all() {
        return columns;
    }

    /** The column a header cell names; letter case does not matter. */
    Optional<Column> named(String header) {
        return Optional.ofNullable(byLowerCaseName.get(header.trim().toLowerCase(Locale.ROOT)));
    }

    String names() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }
}
