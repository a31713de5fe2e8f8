package ru.mcu.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.AnalyticsFormat;
import ru.mcu.analytics.cases.AnalyticsCases;
import ru.mcu.analytics.cases.CaseRow;
import ru.mcu.cases.CaseAccess;

/**
 * Exports for the regional ЦУР: the cases of a slice with their terms, outcome and rating, as
 * CSV (UTF-8 with BOM, semicolon-separated, as Russian Excel opens it) or XLSX. Built from
 * {@link CaseRow}, so no citizen's data and no text can get in. Times are local
 * (Asia/Sakhalin), {@code yyyy-MM-dd HH:mm}.
 */
@Service
public class CaseExport {

    /** A column: its Russian header and how to read it from a row. */
    private record Column(String header, Function<CaseRow, Object> value) {
    }

    private final AnalyticsCases cases;
    private final java.time.Clock clock;

    CaseExport(AnalyticsCases cases, java.time.Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The columns, "overdue" as of {@code now}. */
    private static List<Column> columns(Instant now) {
        return List.of(
                new Column("Номер", CaseRow::number),
                new Column("Канал", r -> r.channel() == null ? "" : r.channel().title()),
                new Column("Вид", CaseRow::kind),
                new Column("Код рубрики", CaseRow::rubricCode),
                new Column("Рубрика", CaseRow::rubricName),
                new Column("Район", CaseRow::districtName),
                new Column("Код исполнителя", CaseRow::departmentCode),
                new Column("Ответственный получатель", CaseRow::departmentName),
                new Column("Поступило", r -> AnalyticsFormat.iso(r.receivedAt())),
                new Column("Зарегистрировано", r -> AnalyticsFormat.iso(r.registeredAt())),
                new Column("Срок регистрации", r -> AnalyticsFormat.iso(r.registrationDueAt())),
                new Column("Первая реакция", r -> AnalyticsFormat.iso(r.firstReactionAt())),
                new Column("Срок ответа", r -> AnalyticsFormat.iso(r.answerDueAt())),
                new Column("Продление, дн.", CaseRow::extensionDays),
                new Column("Ответ дан", r -> AnalyticsFormat.iso(r.answeredAt())),
                new Column("Закрыто", r -> AnalyticsFormat.iso(r.closedAt())),
                new Column("Просрочено", r -> r.overdueAt(now) ? "да" : "нет"),
                new Column("Состояние", CaseRow::statusTitle),
                new Column("Результат", CaseRow::resolutionTitle),
                new Column("Возвратов «не наше»", CaseRow::rerouteCount),
                new Column("Возвратов на доработку", CaseRow::reworkCount),
                new Column("Оценка", CaseRow::ratingScore),
                new Column("Дата оценки", r -> AnalyticsFormat.iso(r.ratedAt())),
                new Column("Связано с", CaseRow::mainCaseNumber));
    }

    public List<String> headers() {
        return columns(Instant.EPOCH).stream().map(Column::header).toList();
    }

    public void csv(CaseSlice slice, OutputStream out) {
        csv(slice, CaseAccess.Scope.everything(), out);
    }

    /** The cases of the slice and {@code scope} as CSV. */
    public void csv(CaseSlice slice, CaseAccess.Scope scope, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(line(headers()));
            List<Column> columns = columns(clock.instant());
            cases.forEach(slice, scope, row -> {
                try {
                    writer.write(line(values(columns, row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(CaseSlice slice, OutputStream out) {
        xlsx(slice, CaseAccess.Scope.everything(), out);
    }

    /** The cases of the slice and {@code scope} as XLSX. */
    public void xlsx(CaseSlice slice, CaseAccess.Scope scope, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Обращения");
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int[] next = {1};
            List<Column> columns = columns(clock.instant());
            cases.forEach(slice, scope, r -> {
                Row row = sheet.createRow(next[0]++);
                int i = 0;
                for (Column c : columns) {
                    Object v = c.value().apply(r);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                    i++;
                }
            });
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(List<Column> columns, CaseRow row) {
        List<String> values = new ArrayList<>();
        for (Column c : columns) {
            Object v = c.value().apply(row);
            values.add(v == null ? "" : v.toString());
        }
        return values;
    }

    private static String line(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(";", quoted) + "\r\n";
    }
}
