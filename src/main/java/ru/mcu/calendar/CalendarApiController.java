package ru.mcu.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.mcu.platform.FieldError;

/** The production calendar over the API: anyone on staff reads it, administrators change it. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Производственный календарь", description = "Рабочие, сокращённые и нерабочие дни по годам")
class CalendarApiController {

    private final ProductionCalendar calendar;
    private final CalendarAdministration administration;
    private final ObjectMapper json;

    CalendarApiController(ProductionCalendar calendar, CalendarAdministration administration, ObjectMapper json) {
        this.calendar = calendar;
        this.administration = administration;
        this.json = json;
    }

    /** The body of a day change. */
    record DayRequest(DayKind kind, String note, String reason) {
    }

    @GetMapping("/{year}")
    @Operation(summary = "Все дни года с видом и примечанием, статус и источник календаря")
    CalendarViews.YearView year(@PathVariable int year) {
        checkYear(year);
        return CalendarViews.YearView.of(calendar.year(year));
    }

    @PutMapping("/{year}/days/{date}")
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Изменить вид дня (администратор)")
    CalendarViews.DayView setDay(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                 @RequestBody DayRequest body, Principal user) {
        return CalendarViews.DayView.of(administration.setDay(year, date, body.kind(), body.note(), body.reason(), user.getName()));
    }

    @PostMapping("/{year}/confirm")
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Подтвердить календарь года (администратор)")
    CalendarViews.YearView confirm(@PathVariable int year, Principal user) {
        administration.confirm(year, user.getName());
        return CalendarViews.YearView.of(calendar.year(year));
    }

    @PostMapping(path = "/{year}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Загрузить год из файла CSV (дата;вид;примечание) или JSON (администратор); всё или ничего")
    CalendarAdministration.ImportResult importFile(@PathVariable int year, @RequestPart("file") MultipartFile file,
                                                   @RequestParam(required = false) String source, Principal user) throws IOException {
        checkYear(year);
        List<CalendarDay> days = CalendarImport.fromFile(year, file.getOriginalFilename(), decode(file.getBytes()), json);
        return administration.importYear(year, days, source, user.getName());
    }

    @PostMapping(path = "/{year}/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Загрузить год из списка {date, kind, note} (администратор); всё или ничего")
    CalendarAdministration.ImportResult importJson(@PathVariable int year, @RequestBody List<CalendarImport.Row> rows,
                                                   @RequestParam(required = false) String source, Principal user) {
        checkYear(year);
        return administration.importYear(year, CalendarImport.fromRows(year, rows, "body"), source, user.getName());
    }

    @PostMapping(path = "/{year}/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Загрузить год из CSV в теле запроса (администратор); всё или ничего")
    CalendarAdministration.ImportResult importCsv(@PathVariable int year, @RequestBody byte[] body,
                                                  @RequestParam(required = false) String source, Principal user) {
        checkYear(year);
        return administration.importYear(year, CalendarImport.fromCsv(year, decode(body)), source, user.getName());
    }

    @GetMapping("/{year}/history")
    @Operation(summary = "История изменений календаря года, новые сверху")
    List<CalendarViews.ChangeView> history(@PathVariable int year) {
        checkYear(year);
        return administration.history(year).stream().map(CalendarViews.ChangeView::of).toList();
    }

    private static void checkYear(int year) {
        List<FieldError> errors = new ArrayList<>();
        CalendarAdministration.checkYear(year, errors);
        CalendarAdministration.throwIfAny(errors);
    }

    /** UTF-8, or Windows-1251 as Excel saves CSV in Russian. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }
}
