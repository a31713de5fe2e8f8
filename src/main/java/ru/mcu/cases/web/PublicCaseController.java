package ru.mcu.cases.web;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseNotFoundException;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.CaseTransitionException;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.cases.Resolution;
import ru.mcu.cases.CaseRatings;
import ru.mcu.directory.Directory;

/**
 * The citizen's page of his own case: found by number and the access code he received at
 * intake; shows the status, the term, the answer, and lets him rate the answer. A wrong code
 * and an unknown number answer the same, so the page reveals nothing about other cases.
 */
@Controller
class PublicCaseController {

    private final CaseQueries cases;
    private final AccessCodes codes;
    private final CaseRatings ratings;
    private final Directory directory;
    private final Clock clock;

    PublicCaseController(CaseQueries cases, AccessCodes codes, CaseRatings ratings, Directory directory, Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.ratings = ratings;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/public/cases")
    String lookup(@RequestParam(required = false) String notFound, Model model) {
        model.addAttribute("notFound", notFound != null);
        return "public/lookup";
    }

    @GetMapping("/public/cases/find")
    String find(@RequestParam(required = false) String number, @RequestParam(required = false) String code) {
        if (number == null || number.isBlank() || !number.trim().matches("[A-Za-z]-\\d{4}-\\d{1,9}")) {
            return "redirect:/public/cases?notFound";
        }
        return "redirect:/public/cases/" + number.trim().toUpperCase(java.util.Locale.ROOT) + "?code="
                + java.net.URLEncoder.encode(code == null ? "" : code.trim(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/public/cases/{number}")
    String show(@PathVariable String number, @RequestParam(required = false) String code, Model model) {
        Optional<Case> found = open(number, code);
        if (found.isEmpty()) {
            model.addAttribute("notFound", true);
            return "public/lookup";
        }
        Case c = found.get();
        model.addAttribute("c", c);
        model.addAttribute("code", code);
        model.addAttribute("departmentName", c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()));
        model.addAttribute("term", ru.mcu.cases.Terms.format(c.currentTerm()));
        model.addAttribute("overdue", c.isOverdue(clock.instant()));
        model.addAttribute("canRate", c.getStatus() == CaseStatus.AWAITING_RATING
                || (c.isClosed() && c.getChannel().isAppeal() && c.getResolution() == Resolution.ANSWERED && c.getRatingScore() == null));
        return "public/case";
    }

    @PostMapping("/public/cases/{number}/rating")
    String rate(@PathVariable String number, @RequestParam String code, @RequestParam(required = false) Integer score,
                @RequestParam(required = false) String comment, Model model) {
        if (open(number, code).isEmpty()) {
            model.addAttribute("notFound", true);
            return "public/lookup";
        }
        try {
            ratings.rate(number, score, comment);
            model.addAttribute("thanks", true);
        } catch (InvalidCaseDataException e) {
            model.addAttribute("ratingError", e.getMessage());
        } catch (CaseTransitionException e) {
            model.addAttribute("ratingError", "Оценка этого ответа уже принята или пока невозможна");
        }
        return show(number, code, model);
    }

    private Optional<Case> open(String number, String code) {
        if (number == null || code == null || !codes.matches(number, code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(cases.get(number));
        } catch (CaseNotFoundException e) {
            return Optional.empty();
        }
    }
}
