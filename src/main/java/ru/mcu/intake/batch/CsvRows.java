package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of a CSV file: a header of column names ({@link Columns}), then one record per row.
 * Each record becomes the API's JSON shape: {@code citizen.email} goes into the object
 * {@code citizen}; an empty cell is an absent field; a number may use a decimal comma, as a
 * Russian spreadsheet writes it.
 */
final class CsvRows implements SourceRows {

    private static final int HEADER_SCAN_LIMIT = 65_536;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^[-+]?\\d+,\\d+$");

    private final CsvReader csv;
    private final ObjectMapper json;
    private final List<Columns.Column> header = new ArrayList<>();

    CsvRows(Reader text, Columns columns, ObjectMapper json) {
        this.json = json;
        BufferedReader buffered = new BufferedReader(text, HEADER_SCAN_LIMIT);
        char separator;
        try {
            buffered.mark(HEADER_SCAN_LIMIT);
            String firstLine = buffered.readLine();
            buffered.reset();
            separator = CsvReader.detectSeparator(firstLine == null ? "" : firstLine);
        } catch (IOException e) {
            throw ImportFile.readFailure(e);
        }
        this.csv = new CsvReader(buffered, separator);
        readHeader(columns);
    }

    private void readHeader(Columns columns) {
        CsvReader.Record names = read();
        if (names == null || names.isBlank()) {
            throw new ImportFileException("Файл пуст: первой строкой ожидаются названия столбцов: " + columns.names());
        }
        if (names.isMalformed()) {
            throw new ImportFileException("Строка заголовка не читается: " + names.malformed());
        }
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String name : names.fields()) {
            Columns.Column column = columns.named(name).orElse(null);
            if (column == null) {
                unknown.add(name.isBlank() ? "(пустое название)" : name.trim());
            } else if (!seen.add(column.name())) {
                throw new ImportFileException("Столбец " + column.name() + " указан в заголовке дважды");
            }
            header.add(column);
        }
        if (!unknown.isEmpty()) {
            throw new ImportFileException("Неизвестные столбцы: " + String.join(", ", unknown)
                    + ". Допустимые столбцы: " + columns.names());
        }
    }

    @Override
    public SourceRow next() {
        CsvReader.Record record;
        do {
            record = read();
        } while (record != null && record.isBlank());
        if (record == null) {
            return null;
        }
        if (record.isMalformed()) {
            return SourceRow.malformed(record.line(), record.malformed());
        }
        if (record.fields().size() != header.size()) {
            return SourceRow.malformed(record.line(), "полей в строке " + record.fields().size() + ", а столбцов в заголовке "
                    + header.size() + " (проверьте разделители и кавычки)");
        }
        ObjectNode row = json.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            String value = record.fields().get(i).trim();
            if (!value.isEmpty()) {
                Columns.Column column = header.get(i);
                put(row, column.name(), column.isNumber() && DECIMAL_COMMA.matcher(value).matches() ? value.replace(',', '.') : value);
            }
        }
        return SourceRow.of(record.line(), row);
    }

    private static void put(ObjectNode row, String path, String value) {
        ObjectNode node = row;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            node = node.has(names[i]) ? (ObjectNode) node.get(names[i]) : node.putObject(names[i]);
        }
        node.put(names[names.length - 1], value);
    }

    private CsvReader.Record read() {
        try {
            return csv.next();
        } catch (UncheckedIOException e) {
            throw ImportFile.readFailure(e.getCause());
        }
    }

    @Override
    public void close() {
        // the text is in memory: nothing to release
    }
}
