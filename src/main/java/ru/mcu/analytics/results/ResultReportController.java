package ru.mcu.analytics.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.regional.ReportDocument;
import ru.mcu.analytics.regional.ReportPdf;
import ru.mcu.analytics.regional.ReportXlsx;
import ru.mcu.cases.ResultType;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/**
 * The monthly ССТУ-style report: appeals of a month by result type per responsible recipient,
 * with the answers on additional control, as a page and as CSV (UTF-8 with BOM, semicolons, as
 * Russian Excel opens it), XLSX and PDF (the regional reports' {@link ReportDocument}); a row per
 * recipient or, with {@code by=topic}, per topic. Figures only, no citizen data: open to the staff like the rating.
 */
@Controller
@Tag(name = "Аналитика")
class ResultReportController {

    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));

    private final ResultReportQuery query;
    private final Clock clock;
    private final ReportPdf pdf;

    ResultReportController(ResultReportQuery query, Clock clock, ReportPdf pdf) {
        this.query = query;
        this.clock = clock;
        this.pdf = pdf;
    }

    @GetMapping("/analytics/results")
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) String by, Model model) {
        ResultReport report = report(month, by);
        model.addAttribute("report", report);
        model.addAttribute("links", new ResultLinks(report));
        model.addAttribute("grouping", report.by().param());
        model.addAttribute("types", ResultReport.TYPES);
        model.addAttribute("monthTitle", title(report));
        model.addAttribute("monthParam", report.month().toString());
        return "analytics/results";
    }

    @GetMapping({"/analytics/results.csv", "/api/analytics/results.csv"})
    @Operation(summary = "Обращения месяца по типам результата (как в ССТУ.РФ) и исполнителям, с дополнительным контролем, CSV")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String month, @RequestParam(required = false) String by) {
        ResultReport report = report(month, by);
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of(report.by().title, "Рассмотрено"));
        ResultReport.TYPES.forEach(t -> header.add(t.title()));
        header.addAll(List.of("Тип не указан", "Поставлено на доп. контроль", "На доп. контроле на конец периода"));
        line(out, header);
        for (ResultReport.Row r : report.rows()) {
            line(out, cells(r));
        }
        line(out, cells(report.total()));
        String name = "mcu-results-" + report.month() + suffix(report) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping({"/analytics/results.xlsx", "/api/analytics/results.xlsx"})
    @Operation(summary = "Обращения месяца по типам результата (как в ССТУ.РФ) по исполнителям или темам (by=department|topic), XLSX")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month, @RequestParam(required = false) String by) {
        ResultReport report = report(month, by);
        return file(ReportXlsx.render(document(report)), ReportXlsx.MEDIA_TYPE, "mcu-results-" + report.month() + suffix(report) + ".xlsx");
    }

    @GetMapping({"/analytics/results.pdf", "/api/analytics/results.pdf"})
    @Operation(summary = "Обращения месяца по типам результата (как в ССТУ.РФ) по исполнителям или темам (by=department|topic), PDF")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String month, @RequestParam(required = false) String by) {
        ResultReport report = report(month, by);
        return file(pdf.render(document(report)), MediaType.APPLICATION_PDF, "mcu-results-" + report.month() + suffix(report) + ".pdf");
    }

    /** The report as the document the XLSX and the PDF are drawn from: the columns of the CSV. */
    static ReportDocument document(ResultReport report) {
        List<ReportDocument.Column> columns = new ArrayList<>(List.of(ReportDocument.Column.text(report.by().title),
                ReportDocument.Column.count("Рассмотрено"), ReportDocument.Column.count("Поддержано (всего)")));
        for (ResultType t : ResultReport.TYPES) {
            if (t != ResultType.SUPPORTED) {
                columns.add(ReportDocument.Column.count(t == ResultType.MEASURES_TAKEN ? "в т.ч. меры приняты" : t.title()));
            }
        }
        columns.addAll(List.of(ReportDocument.Column.count("Тип не указан"), ReportDocument.Column.count("Поставлено на доп. контроль"),
                ReportDocument.Column.count("На доп. контроле на конец периода")));
        List<ReportDocument.Row> rows = report.rows().stream().map(ResultReportController::documentRow).toList();
        String title = report.by() == ResultReportQuery.Grouping.TOPIC ? "Обращения по темам и типам результата"
                : "Обращения по ответственным получателям и типам результата";
        return new ReportDocument("Результаты рассмотрения обращений (ССТУ.РФ)", title(report),
                List.of("Обращения по 59-ФЗ, рассмотрение которых завершено в месяце (дан ответ, перенаправлено по компетенции, оставлено без "
                        + "ответа), по типам результата, как их учитывает ССТУ.РФ. Сообщения ПОС и инциденты не учитываются. Без персональных данных."),
                List.of(new ReportDocument.Table("results", title, columns, rows, documentRow(report.total()))));
    }

    private static ReportDocument.Row documentRow(ResultReport.Row r) {
        List<ReportDocument.Cell> cells = new ArrayList<>(List.of(ReportDocument.Cell.of(r.name()), ReportDocument.Cell.of(r.considered()),
                ReportDocument.Cell.of(r.supportedTotal())));
        for (ResultType t : ResultReport.TYPES) {
            if (t != ResultType.SUPPORTED) {
                cells.add(ReportDocument.Cell.of(r.count(t)));
            }
        }
        cells.addAll(List.of(ReportDocument.Cell.of(r.untyped()), ReportDocument.Cell.of(r.controlSet()), ReportDocument.Cell.of(r.onControl())));
        return new ReportDocument.Row(cells);
    }

    private static String suffix(ResultReport report) {
        return report.by() == ResultReportQuery.Grouping.TOPIC ? "-topics" : "";
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private ResultReport report(String month, String by) {
        ResultReportQuery.Grouping grouping = ResultReportQuery.Grouping.DEPARTMENT;
        if (by != null && !by.isBlank()) {
            try {
                grouping = ResultReportQuery.Grouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("by", "Разрез: department (по исполнителям) или topic (по темам)");
            }
        }
        return report(month, grouping);
    }

    private ResultReport report(String month, ResultReportQuery.Grouping by) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        YearMonth current = YearMonth.from(today);
        YearMonth chosen;
        try {
            // the page opens on the last complete month: the one reported, and the one with data
            chosen = month == null || month.isBlank() ? current.minusMonths(1) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "Месяц в виде ГГГГ-ММ, например 2026-11");
        }
        if (chosen.isAfter(current)) {
            throw new InvalidInput("month", "Месяц ещё не наступил");
        }
        Period period = chosen.equals(current) ? Period.monthToDate(today) : new Period(chosen.atDay(1), chosen.atEndOfMonth());
        return query.report(chosen, period, by);
    }

    /** «Ноябрь 2026», with «(по 18 ноября)» for the running month. */
    private static String title(ResultReport report) {
        String month = MONTH_TITLE.format(report.month());
        month = Character.toUpperCase(month.charAt(0)) + month.substring(1);
        boolean whole = report.period().to().equals(report.month().atEndOfMonth());
        return whole ? month : month + " (по " + report.period().to().format(DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"))) + ")";
    }

    private static List<String> cells(ResultReport.Row r) {
        List<String> cells = new ArrayList<>(List.of(r.name(), Long.toString(r.considered())));
        for (ResultType t : ResultReport.TYPES) {
            cells.add(Long.toString(r.count(t)));
        }
        cells.addAll(List.of(Long.toString(r.untyped()), Long.toString(r.controlSet()), Long.toString(r.onControl())));
        return cells;
    }

    private static void line(StringBuilder out, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String v : cells) {
            quoted.add(v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        out.append(String.join(";", quoted)).append("\r\n");
    }
}
