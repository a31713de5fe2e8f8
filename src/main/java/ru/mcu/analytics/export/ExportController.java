package ru.mcu.analytics.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.FilterOptions;
import ru.mcu.analytics.SliceParams;
import ru.mcu.cases.CaseAccess;

/**
 * Downloads of the cases of a period for the regional ЦУР, from the API and from the export
 * page: only the cases the user may read (a clerk exports his department's).
 */
@Controller
@Tag(name = "Аналитика")
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CaseExport export;
    private final FilterOptions options;
    private final Clock clock;
    private final CaseAccess access;

    ExportController(CaseExport export, FilterOptions options, Clock clock, CaseAccess access) {
        this.export = export;
        this.options = options;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/analytics/export")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String channel, Model model) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, null, null, null, null, null, null);
        options.addTo(model, slice);
        model.addAttribute("columns", export.headers());
        return "analytics/export";
    }

    @GetMapping({"/api/analytics/export/cases.csv", "/analytics/export/cases.csv"})
    @Operation(summary = "Обращения за период (по дате поступления) со сроками, результатом и оценкой, CSV без персональных данных")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String channel, @RequestParam(required = false) String measure) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, null, null, null, null, measure, null);
        CaseAccess.Scope scope = access.scope();
        return file(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), slice, "csv", out -> export.csv(slice, scope, out));
    }

    @GetMapping({"/api/analytics/export/cases.xlsx", "/analytics/export/cases.xlsx"})
    @Operation(summary = "Обращения за период (по дате поступления) со сроками, результатом и оценкой, XLSX без персональных данных")
    ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String channel, @RequestParam(required = false) String measure) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, null, null, null, null, measure, null);
        CaseAccess.Scope scope = access.scope();
        return file(XLSX, slice, "xlsx", out -> export.xlsx(slice, scope, out));
    }

    private static ResponseEntity<StreamingResponseBody> file(MediaType type, CaseSlice slice, String extension, StreamingResponseBody body) {
        String name = "mcu-cases-" + slice.period().from() + "-" + slice.period().to() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
