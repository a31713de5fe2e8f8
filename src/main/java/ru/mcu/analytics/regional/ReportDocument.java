package ru.mcu.analytics.regional;

import java.util.List;

/**
 * A report as tables of figures, drawn the same on the page, in XLSX and in PDF.
 *
 * @param title     the report's name («Отчёт для регионального ЦУР»)
 * @param period    the period in words («Октябрь 2026»)
 * @param notes     definitions printed under the title
 * @param tables    the sections
 */
public record ReportDocument(String title, String period, List<String> notes, List<Table> tables) {

    /** How a column's values are written: a count, a share 0..1 shown as per cent, a decimal (average), a text. */
    public enum Kind { TEXT, COUNT, SHARE, DECIMAL }

    /** A column: its heading and kind. */
    public record Column(String title, Kind kind) {

        public static Column text(String title) {
            return new Column(title, Kind.TEXT);
        }

        public static Column count(String title) {
            return new Column(title, Kind.COUNT);
        }

        public static Column share(String title) {
            return new Column(title, Kind.SHARE);
        }

        public static Column decimal(String title) {
            return new Column(title, Kind.DECIMAL);
        }
    }

    /** A value (String, Long or Double; null when there was nothing to measure) and the link to its cases, if any. */
    public record Cell(Object value, String href) {

        public static Cell of(Object value) {
            return new Cell(value, null);
        }

        public static Cell linked(Object value, String href) {
            return new Cell(value, href);
        }
    }

    /** One line of a table. */
    public record Row(List<Cell> cells) {
    }

    /**
     * A section: an id for the page, a heading, the columns, the lines and an optional total line.
     */
    public record Table(String id, String title, List<Column> columns, List<Row> rows, Row total) {
    }

    /** Every value of the report as text, for tests and searching. */
    public String text() {
        StringBuilder s = new StringBuilder(title).append('\n').append(period).append('\n');
        for (Table t : tables) {
            s.append(t.title()).append('\n');
            t.columns().forEach(c -> s.append(c.title()).append('\t'));
            s.append('\n');
            for (Row r : t.total() == null ? t.rows() : java.util.stream.Stream.concat(t.rows().stream(), java.util.stream.Stream.of(t.total())).toList()) {
                r.cells().forEach(c -> s.append(c.value()).append('\t'));
                s.append('\n');
            }
        }
        return s.toString();
    }
}
