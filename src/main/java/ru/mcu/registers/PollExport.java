package ru.mcu.registers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.AnalyticsLinks;

/**
 * The poll priorities for the regional platform of polls and votes: the entries not rejected, by
 * rank, as CSV (UTF-8 with BOM, semicolon-separated), XLSX or JSON with the same columns
 * (documented in {@code docs/analytics.md}). No citizen's data: topics, places, counts, the
 * question and a link to the cases for the МЦУ's staff.
 */
@Component
class PollExport {

    /** One exported line; the JSON export is a list of these. */
    record Line(int rank, long id, String origin, String title, String topicCode, String topic, String districtCode,
                String district, String place, LocalDate periodFrom, LocalDate periodTo, int cases, Integer casesBefore,
                Integer growth, String question, String status, String statusTitle, String casesLink, List<String> caseNumbers) {
    }

    private record Column(String header, Function<Line, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("Место", Line::rank),
            new Column("Номер в реестре", Line::id),
            new Column("Источник", Line::origin),
            new Column("Проблемная точка", Line::title),
            new Column("Код темы", Line::topicCode),
            new Column("Тема", Line::topic),
            new Column("Код района", Line::districtCode),
            new Column("Район", Line::district),
            new Column("Место (адрес или участок)", Line::place),
            new Column("Период с", Line::periodFrom),
            new Column("Период по", Line::periodTo),
            new Column("Обращений и сообщений", Line::cases),
            new Column("За предыдущий период", Line::casesBefore),
            new Column("Рост", Line::growth),
            new Column("Вопрос для опроса", Line::question),
            new Column("Код состояния", Line::status),
            new Column("Состояние", Line::statusTitle),
            new Column("Ссылка на обращения и сообщения", Line::casesLink),
            new Column("Номера обращений и сообщений", l -> String.join(", ", l.caseNumbers())));

    private final PollPriorities polls;
    private final AnalyticsLinks links;

    PollExport(PollPriorities polls, AnalyticsLinks links) {
        this.polls = polls;
        this.links = links;
    }

    static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    /** The entries not rejected, by rank. */
    List<Line> lines() {
        return polls.ranked().stream().filter(p -> p.rank() != null).map(p -> new Line(p.rank(), p.id(), p.origin().title(), p.title(),
                p.rubric(), p.rubricName(), p.district(), p.districtName(), p.place(), p.from(), p.to(), p.count(), p.previous(),
                p.growth(), p.question(), p.status().name(), p.status().title(), links.to(p.cases()), p.caseNumbers())).toList();
    }

    void csv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(line(headers()));
            for (Line l : lines()) {
                List<String> values = new ArrayList<>();
                for (Column c : COLUMNS) {
                    Object v = c.value().apply(l);
                    values.add(v == null ? "" : v.toString());
                }
                writer.write(line(values));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void xlsx(OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Приоритеты для опросов");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i).header());
            }
            int next = 1;
            for (Line l : lines()) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object v = COLUMNS.get(i).value().apply(l);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV line; a text starting with = + - @ is prefixed with ' so that a spreadsheet never runs it as a formula. */
    private static String line(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+") ? "'" + v : v;
            quoted.add(safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                    ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
        }
        return String.join(";", quoted) + "\r\n";
    }
}
