package ru.mcu.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * Reads a year's days from a file or a request: CSV lines {@code date;kind;note} (a header line
 * and lines starting with {@code #} are skipped) or a JSON list of {@code {date, kind, note}}.
 * Every wrong row is reported at once, and nothing is written unless all rows are right.
 */
final class CalendarImport {

    /** One row as it comes in, before it is checked. */
    record Row(String date, String kind, String note) {
    }

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {
    };

    private CalendarImport() {
    }

    /** A file: JSON when its name ends with .json or its text starts with '[', CSV otherwise. */
    static List<CalendarDay> fromFile(int year, String filename, String text, ObjectMapper json) {
        String body = stripBom(text);
        boolean isJson = (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".json")) || body.strip().startsWith("[");
        if (!isJson) {
            return fromCsv(year, body);
        }
        try {
            List<Row> rows = json.readValue(body, ROWS);
            return fromRows(year, rows == null ? List.of() : rows, "file");
        } catch (JsonProcessingException e) {
            throw new InvalidInput("file",
                    "Файл не является корректным JSON: ожидается список {date, kind, note}");
        }
    }

    /** CSV: {@code date;kind;note}, one day a line; the field names the line, e.g. {@code line[3].kind}. */
    static List<CalendarDay> fromCsv(int year, String text) {
        List<FieldError> errors = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        String[] lines = stripBom(text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("date"))) {
                continue;
            }
            String[] cells = line.split(";", 3);
            Row row = new Row(cells[0], cells.length > 1 ? cells[1] : null, cells.length > 2 ? cells[2] : null);
            check(year, row, "line[" + (i + 1) + "]", "Строка " + (i + 1) + ": ", seen, errors, days);
        }
        return result(days, errors, "file");
    }

    /** JSON rows; the field names the row, e.g. {@code [0].date}. */
    static List<CalendarDay> fromRows(int year, List<Row> rows, String whole) {
        List<FieldError> errors = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i) == null ? new Row(null, null, null) : rows.get(i);
            check(year, row, "[" + i + "]", "Запись " + (i + 1) + ": ", seen, errors, days);
        }
        return result(days, errors, whole);
    }

    private static void check(int year, Row row, String path, String where, Map<LocalDate, String> seen,
                              List<FieldError> errors, List<CalendarDay> days) {
        LocalDate date = parseDate(row.date());
        DayKind kind = parseKind(row.kind());
        int before = errors.size();
        if (date == null) {
            errors.add(new FieldError(path + ".date", where + "дата «" + nullToEmpty(row.date())
                    + "» не распознана: ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"));
        } else if (date.getYear() != year) {
            errors.add(new FieldError(path + ".date", where + "дата " + date + " не относится к " + year + " году"));
        } else if (seen.containsKey(date)) {
            errors.add(new FieldError(path + ".date", where + "дата " + date + " уже указана (" + seen.get(date) + ")"));
        }
        if (kind == null) {
            errors.add(new FieldError(path + ".kind", where + "вид дня «" + nullToEmpty(row.kind())
                    + "» неизвестен: допустимы WORKING, SHORTENED, NON_WORKING"));
        }
        if (row.note() != null && row.note().strip().length() > CalendarAdministration.MAX_NOTE) {
            errors.add(new FieldError(path + ".note", where + "примечание длиннее "
                    + CalendarAdministration.MAX_NOTE + " символов"));
        }
        if (date != null && !seen.containsKey(date)) {
            seen.put(date, where.replace(": ", "").toLowerCase(Locale.ROOT));
        }
        if (errors.size() == before) {
            days.add(new CalendarDay(date, kind, row.note()));
        }
    }

    private static List<CalendarDay> result(List<CalendarDay> days, List<FieldError> errors, String whole) {
        if (errors.isEmpty() && days.isEmpty()) {
            errors.add(new FieldError(whole, "Нет ни одного дня: ожидаются строки «дата;вид;примечание»"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return days;
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains(".") ? LocalDate.parse(value, RUSSIAN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DayKind parseKind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DayKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripBom(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text == null ? "" : text;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
