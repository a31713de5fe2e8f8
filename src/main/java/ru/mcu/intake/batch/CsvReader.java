package ru.mcu.intake.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets export it (RFC 4180): fields separated by {@code ;} or {@code ,},
 * quoted with {@code "} when they hold a separator, a quote ({@code ""}) or a line break;
 * records end with LF or CRLF. A record that breaks these rules is returned as malformed with
 * the reason, and reading goes on with the next line, so one bad line costs one row.
 */
final class CsvReader {

    /** One record: the line it starts on, its fields, or why it could not be read. */
    record Record(int line, List<String> fields, String malformed) {

        boolean isMalformed() {
            return malformed != null;
        }

        /** An empty line, or a line of separators only, as spreadsheets leave at the end. */
        boolean isBlank() {
            return !isMalformed() && fields.stream().allMatch(String::isBlank);
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int peeked = Integer.MIN_VALUE;

    CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /**
     * The separator of a file whose first line is {@code header}: the one of {@code ;} and
     * {@code ,} that occurs more often outside quotes; {@code ,} when neither does.
     */
    static char detectSeparator(String header) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The next record, or {@code null} at the end of the input. */
    Record next() {
        int c = peek();
        if (c == EOF) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            c = read();
            if (c == '"' && field.isEmpty()) {
                String problem = readQuoted(field, start);
                if (problem != null) {
                    skipRestOfLine();
                    return new Record(start, List.of(), problem);
                }
                c = read();
                if (c != separator && c != '\n' && c != '\r' && c != EOF) {
                    skipRestOfLine();
                    return new Record(start, List.of(),
                            "после закрывающей кавычки ожидается разделитель «" + separator + "» или конец строки");
                }
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == EOF) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                fields.add(field.toString());
                return new Record(start, fields, null);
            } else {
                // a quote inside an unquoted field is kept as it is, as spreadsheets read it
                field.append((char) c);
            }
        }
    }

    /** Reads a quoted field after its opening quote; answers the problem, if any. */
    private String readQuoted(StringBuilder field, int start) {
        while (true) {
            int c = read();
            if (c == EOF) {
                return "кавычка, открытая в строке " + start + ", не закрыта до конца файла";
            }
            if (c == '"') {
                if (peek() != '"') {
                    return null;
                }
                read();
            }
            field.append((char) c);
        }
    }

    private void skipRestOfLine() {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != EOF && !(c == '\r' && peek() != '\n'));
    }

    private int peek() {
        if (peeked == Integer.MIN_VALUE) {
            peeked = readChar();
        }
        return peeked;
    }

    private int read() {
        int c = peek();
        peeked = Integer.MIN_VALUE;
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
        }
        return c;
    }

    private int readChar() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
