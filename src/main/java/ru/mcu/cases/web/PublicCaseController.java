package ru.mcu.cases.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
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
import ru.mcu.cases.CaseRatings;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.cases.RatingNotOpenException;

/**
 * The citizen's page of his own case: found by number and the access code he received with
 * his e-mails; shows in plain words where the case stands, the answer term, the answer, a short
 * history, and lets him rate the answer. A wrong code and an unknown number answer the same,
 * so the page reveals nothing about other cases. No staff names, logins or internal steps.
 */
@Controller
class PublicCaseController {

    private final CaseQueries cases;
    private final AccessCodes codes;
    private final CaseRatings ratings;
    private final Clock clock;

    PublicCaseController(CaseQueries cases, AccessCodes codes, CaseRatings ratings, Clock clock) {
        this.cases = cases;
        this.codes = codes;
        this.ratings = ratings;
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
        return "redirect:" + pageOf(number.trim().toUpperCase(Locale.ROOT), code == null ? "" : code.trim());
    }

    @GetMapping("/public/cases/{number}")
    String show(@PathVariable String number, @RequestParam(required = false) String code,
                @RequestParam(required = false) String rated, Model model) {
        Optional<Case> found = open(number, code);
        if (found.isEmpty()) {
            model.addAttribute("notFound", true);
            return "public/lookup";
        }
        Case c = found.get();
        model.addAttribute("thanks", rated != null && c.getRatingScore() != null);
        return page(c, code, model);
    }

    /** The rating form: on success back to the page with the thanks (so a reload posts nothing twice). */
    @PostMapping("/public/cases/{number}/rating")
    String rate(@PathVariable String number, @RequestParam(required = false) String code,
                @RequestParam(required = false) Integer score, @RequestParam(required = false) String comment, Model model) {
        Optional<Case> found = open(number, code);
        if (found.isEmpty()) {
            model.addAttribute("notFound", true);
            return "public/lookup";
        }
        try {
            ratings.rate(found.get().getNumber(), score, comment);
            return "redirect:" + pageOf(found.get().getNumber(), code) + "&rated";
        } catch (InvalidCaseDataException e) {
            model.addAttribute("ratingError", "score".equals(e.field()) ? "Выберите оценку от 1 до 5" : e.getMessage());
            model.addAttribute("comment", comment);
        } catch (RatingNotOpenException e) {
            model.addAttribute("ratingError", "Этот ответ уже оценён или пока не может быть оценён.");
        }
        model.addAttribute("thanks", false);
        return page(cases.get(found.get().getNumber()), code, model);
    }

    private String page(Case c, String code, Model model) {
        CitizenCaseView view = CitizenCaseView.of(c);
        model.addAttribute("v", view);
        model.addAttribute("code", code);
        model.addAttribute("overdue", view.isOverdue(clock.instant()));
        return "public/case";
    }

    private static String pageOf(String number, String code) {
        return "/public/cases/" + number + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
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
