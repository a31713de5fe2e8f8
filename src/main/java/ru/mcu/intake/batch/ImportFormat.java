package ru.mcu.intake.batch;

import java.util.Locale;

/** How an import file is written. */
public enum ImportFormat {
    JSON, CSV;

    /**
     * The format a file declares by its content type or name; otherwise the one its first
     * character shows: a JSON array starts with {@code [}, a CSV file with its header.
     */
    static ImportFormat of(String contentType, String fileName, String firstCharacters) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.contains("+json") || name.endsWith(".json")) {
            return JSON;
        }
        if (type.startsWith("text/csv") || type.startsWith("application/csv") || name.endsWith(".csv")) {
            return CSV;
        }
        String start = firstCharacters.strip();
        return start.startsWith("[") || start.startsWith("{") ? JSON : CSV;
    }
}
