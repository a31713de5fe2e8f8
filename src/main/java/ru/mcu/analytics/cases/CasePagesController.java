package ru.mcu.analytics.cases;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.FilterOptions;
import ru.mcu.analytics.SliceParams;
import ru.mcu.cases.CaseAccess;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.InvalidInput;

/**
 * The cases behind a figure, and a read-only case card without the citizen's data; both only
 * of the cases the user may read (another department's case is not found).
 */
@Controller
class CasePagesController {

    static final int PAGE_SIZE = 100;

    private final AnalyticsCases cases;
    private final FilterOptions options;
    private final Clock clock;
    private final CaseAccess access;

    CasePagesController(AnalyticsCases cases, FilterOptions options, Clock clock, CaseAccess access) {
        this.cases = cases;
        this.options = options;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/analytics/cases")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String channel, @RequestParam(required = false) String rubric,
                @RequestParam(required = false) String district, @RequestParam(required = false) String department,
                @RequestParam(required = false) String status, @RequestParam(required = false) String measure,
                @RequestParam(required = false) String bbox, @RequestParam(required = false) String category,
                @RequestParam(required = false) String regime, @RequestParam(required = false) String result,
                @RequestParam(defaultValue = "0") int page, Model model) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, rubric, district, department, status, measure, bbox, category,
                regime, result);
        model.addAttribute("result", cases.page(slice, access.scope(), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("now", clock.instant());
        options.addTo(model, slice);
        // the regime and result filters: only this page takes them (the heat map shares the form)
        model.addAttribute("regimeChoices", CaseSlice.REGIME_TITLES);
        model.addAttribute("resultChoices", CaseSlice.RESULT_CHOICES);
        return "analytics/cases";
    }

    /** A wrong filter (an unknown result type, say): 400 naming each wrong parameter, not a server error. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ApiError> badFilter(InvalidInput e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(400, "Bad Request", "Запрос содержит ошибки", e.errors()));
    }

    @GetMapping("/analytics/cases/{number}")
    String card(@PathVariable String number, Model model) {
        CaseCard card = cases.card(number, access.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Обращение не найдено"));
        model.addAttribute("card", card);
        model.addAttribute("now", clock.instant());
        return "analytics/case";
    }
}
