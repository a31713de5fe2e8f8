package ru.mcu.analytics.regional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.InvalidInput;

/**
 * The reports for the regional ЦУР as pages ({@code /analytics/regional/report},
 * {@code /analytics/regional/pos}) and files ({@code .xlsx}, {@code .pdf}, also under
 * {@code /api/analytics/regional/}), for {@code period=2026-10} or {@code period=2026-Q4}.
 * Figures only, no citizen data: open to the staff like the rating.
 */
@Controller
@Tag(name = "Аналитика")
class RegionalReportController {

    private final RegionalReports reports;
    private final ReportPdf pdf;
    private final Clock clock;

    RegionalReportController(RegionalReports reports, ReportPdf pdf, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/analytics/regional/report")
    String periodicPage(@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        return page(period, reports::periodic, "/analytics/regional/report", "mcu-cur-report", model, response);
    }

    @GetMapping("/analytics/regional/pos")
    String posPage(@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        return page(period, reports::pos, "/analytics/regional/pos", "mcu-pos-report", model, response);
    }

    @GetMapping({"/analytics/regional/report.xlsx", "/api/analytics/regional/report.xlsx"})
    @Operation(summary = "Отчёт для регионального ЦУР (п. 3.2.3.5) за месяц (period=2026-10) или квартал (period=2026-Q4), XLSX")
    ResponseEntity<byte[]> periodicXlsx(@RequestParam(required = false) String period) {
        ReportPeriod p = parse(period);
        return file(ReportXlsx.render(reports.periodic(p)), ReportXlsx.MEDIA_TYPE, "mcu-cur-report-" + p.value() + ".xlsx");
    }

    @GetMapping({"/analytics/regional/report.pdf", "/api/analytics/regional/report.pdf"})
    @Operation(summary = "Отчёт для регионального ЦУР (п. 3.2.3.5) за месяц или квартал, PDF")
    ResponseEntity<byte[]> periodicPdf(@RequestParam(required = false) String period) {
        ReportPeriod p = parse(period);
        return file(pdf.render(reports.periodic(p)), MediaType.APPLICATION_PDF, "mcu-cur-report-" + p.value() + ".pdf");
    }

    @GetMapping({"/analytics/regional/pos.xlsx", "/api/analytics/regional/pos.xlsx"})
    @Operation(summary = "Отчёт по Платформе обратной связи (п. 2.6.4) по категориям за месяц или квартал, XLSX")
    ResponseEntity<byte[]> posXlsx(@RequestParam(required = false) String period) {
        ReportPeriod p = parse(period);
        return file(ReportXlsx.render(reports.pos(p)), ReportXlsx.MEDIA_TYPE, "mcu-pos-report-" + p.value() + ".xlsx");
    }

    @GetMapping({"/analytics/regional/pos.pdf", "/api/analytics/regional/pos.pdf"})
    @Operation(summary = "Отчёт по Платформе обратной связи (п. 2.6.4) по категориям за месяц или квартал, PDF")
    ResponseEntity<byte[]> posPdf(@RequestParam(required = false) String period) {
        ReportPeriod p = parse(period);
        return file(pdf.render(reports.pos(p)), MediaType.APPLICATION_PDF, "mcu-pos-report-" + p.value() + ".pdf");
    }

    private String page(String period, Function<ReportPeriod, ReportDocument> build, String path, String fileName, Model model,
                        HttpServletResponse response) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        model.addAttribute("choices", ReportPeriod.choices(today));
        model.addAttribute("path", path);
        try {
            ReportPeriod p = ReportPeriod.parse(period, today);
            model.addAttribute("chosen", p);
            model.addAttribute("report", build.apply(p));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("periodError", e.errors().get(0).message());
            model.addAttribute("periodValue", period);
        }
        return "analytics/regional-report";
    }

    private ReportPeriod parse(String period) {
        return ReportPeriod.parse(period, LocalDate.ofInstant(clock.instant(), LocalZone.ZONE));
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
