package ru.mcu.registers;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.analytics.Period;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The registers' pages under {@code /analytics/registers}: each a list and a form to add or edit
 * an entry. A wrong field is shown beside the field with what was typed (400, nothing written);
 * the curator sees the lists without the forms.
 */
@Controller
class RegisterPagesController {

    private static final String BASE = "/analytics/registers";

    private final Recommendations recommendations;
    private final Proposals proposals;
    private final PollPriorities polls;
    private final Directory directory;

    RegisterPagesController(Recommendations recommendations, Proposals proposals, PollPriorities polls, Directory directory) {
        this.recommendations = recommendations;
        this.proposals = proposals;
        this.polls = polls;
        this.directory = directory;
    }

    @GetMapping(BASE)
    String home() {
        return "redirect:" + BASE + "/recommendations";
    }

    // --- recommendations (1.2.6)

    @GetMapping(BASE + "/recommendations")
    String recommendations(Model model, Authentication user) {
        return recommendationsPage(model, user, null, Map.of());
    }

    @GetMapping(BASE + "/recommendations/{id}")
    String recommendation(@PathVariable long id, Model model, Authentication user) {
        Recommendation r = recommendations.get(id).orElseThrow(EntryNotFoundException::new);
        Map<String, String> form = new HashMap<>();
        form.put("text", r.text());
        form.put("addresseeDepartment", r.addresseeDepartment());
        form.put("addresseeName", r.addresseeName());
        form.put("dueDate", r.dueDate().toString());
        form.put("status", r.status().name());
        form.put("caseNumbers", String.join(", ", r.caseNumbers()));
        if (r.basis() != null) {
            form.put("basisRubric", r.basis().rubric());
            form.put("basisDistrict", r.basis().district());
            form.put("basisFrom", r.basis().from().toString());
            form.put("basisTo", r.basis().to().toString());
        }
        model.addAttribute("editing", r);
        model.addAttribute("history", recommendations.history(id));
        return recommendationsPage(model, user, form, Map.of());
    }

    @PostMapping(BASE + "/recommendations")
    @PreAuthorize(Access.EDITORS)
    String createRecommendation(@RequestParam Map<String, String> form, Model model, Authentication user, HttpServletResponse response,
                                RedirectAttributes redirect) {
        try {
            Recommendation r = recommendations.create(recommendationForm(form), user.getName());
            redirect.addFlashAttribute("saved", "Рекомендация №" + r.id() + " сохранена.");
            return "redirect:" + BASE + "/recommendations";
        } catch (InvalidInput e) {
            response.setStatus(400);
            return recommendationsPage(model, user, form, errors(e));
        }
    }

    @PostMapping(BASE + "/recommendations/{id}")
    @PreAuthorize(Access.EDITORS)
    String updateRecommendation(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication user,
                                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Recommendation r = recommendations.update(id, recommendationForm(form), user.getName());
            redirect.addFlashAttribute("saved", "Рекомендация №" + r.id() + " сохранена.");
            return "redirect:" + BASE + "/recommendations/" + id;
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("editing", recommendations.get(id).orElseThrow(EntryNotFoundException::new));
            model.addAttribute("history", recommendations.history(id));
            return recommendationsPage(model, user, form, errors(e));
        }
    }

    private String recommendationsPage(Model model, Authentication user, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("recommendations", recommendations.all());
        model.addAttribute("today", recommendations.today());
        model.addAttribute("statuses", Recommendation.Status.values());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("rubrics", directory.rubrics().stream().map(r -> Map.of("code", r.getCode(), "name", directory.rubricLabel(r))).toList());
        model.addAttribute("districts", directory.districts());
        return page(model, user, form, errors, "analytics/registers/recommendations");
    }

    private static Recommendations.Form recommendationForm(Map<String, String> f) {
        String numbers = f.get("caseNumbers");
        List<String> list = numbers == null || numbers.isBlank() ? List.of()
                : Arrays.stream(numbers.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new Recommendations.Form(f.get("text"), f.get("addresseeDepartment"), f.get("addresseeName"), f.get("dueDate"),
                f.get("status"), list, f.get("basisRubric"), f.get("basisDistrict"), f.get("basisFrom"), f.get("basisTo"));
    }

    // --- proposals and best practices (1.2.8, 3.2.3.3)

    @GetMapping(BASE + "/proposals")
    String proposals(Model model, Authentication user) {
        return proposalsPage(model, user, null, Map.of());
    }

    @GetMapping(BASE + "/proposals/{id}")
    String proposal(@PathVariable long id, Model model, Authentication user) {
        Proposal p = proposals.get(id).orElseThrow(EntryNotFoundException::new);
        Map<String, String> form = new HashMap<>();
        form.put("title", p.title());
        form.put("description", p.description());
        form.put("kind", p.kind().name());
        form.put("source", p.source());
        form.put("effectExpected", p.effectExpected());
        form.put("effectMeasured", p.effectMeasured());
        form.put("status", p.status().name());
        model.addAttribute("editing", p);
        model.addAttribute("history", proposals.history(id));
        return proposalsPage(model, user, form, Map.of());
    }

    @PostMapping(BASE + "/proposals")
    @PreAuthorize(Access.EDITORS)
    String createProposal(@RequestParam Map<String, String> form, Model model, Authentication user, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            Proposal p = proposals.create(proposalForm(form), user.getName());
            redirect.addFlashAttribute("saved", "Предложение №" + p.id() + " сохранено.");
            return "redirect:" + BASE + "/proposals";
        } catch (InvalidInput e) {
            response.setStatus(400);
            return proposalsPage(model, user, form, errors(e));
        }
    }

    @PostMapping(BASE + "/proposals/{id}")
    @PreAuthorize(Access.EDITORS)
    String updateProposal(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication user,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Proposal p = proposals.update(id, proposalForm(form), user.getName());
            redirect.addFlashAttribute("saved", "Предложение №" + p.id() + " сохранено.");
            return "redirect:" + BASE + "/proposals/" + id;
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("editing", proposals.get(id).orElseThrow(EntryNotFoundException::new));
            model.addAttribute("history", proposals.history(id));
            return proposalsPage(model, user, form, errors(e));
        }
    }

    private String proposalsPage(Model model, Authentication user, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("proposals", proposals.all());
        model.addAttribute("kinds", Proposal.Kind.values());
        model.addAttribute("statuses", Proposal.Status.values());
        return page(model, user, form, errors, "analytics/registers/proposals");
    }

    private static Proposals.Form proposalForm(Map<String, String> f) {
        return new Proposals.Form(f.get("title"), f.get("description"), f.get("kind"), f.get("source"), f.get("effectExpected"),
                f.get("effectMeasured"), f.get("status"));
    }

    // --- poll priorities (1.1.3.6)

    @GetMapping(BASE + "/polls")
    String polls(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                 Authentication user, HttpServletResponse response) {
        try {
            return pollsPage(model, user, polls.period(from, to), null, Map.of());
        } catch (InvalidInput e) {
            response.setStatus(400);
            return pollsPage(model, user, polls.period(null, null), null, errors(e));
        }
    }

    @GetMapping(BASE + "/polls/{id}")
    String poll(@PathVariable long id, Model model, Authentication user) {
        PollPriority p = polls.get(id).orElseThrow(EntryNotFoundException::new);
        model.addAttribute("editing", p);
        model.addAttribute("history", polls.history(id));
        return pollsPage(model, user, new Period(p.from(), p.to()), Map.of("question", p.question(), "status", p.status().name()), Map.of());
    }

    @PostMapping(BASE + "/polls")
    @PreAuthorize(Access.EDITORS)
    String addPoll(@RequestParam Map<String, String> form, Model model, Authentication user, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            PollPriority p = polls.add(new PollPriorities.AddForm(form.get("key"), form.get("from"), form.get("to"), form.get("question")),
                    user.getName());
            redirect.addFlashAttribute("saved", "Точка «" + p.title() + "» внесена в реестр под №" + p.id() + ".");
            return "redirect:" + BASE + "/polls?from=" + p.from() + "&to=" + p.to();
        } catch (InvalidInput e) {
            response.setStatus(400);
            Period period;
            try {
                period = polls.period(form.get("from"), form.get("to"));
            } catch (InvalidInput again) {
                period = polls.period(null, null);
            }
            model.addAttribute("failedKey", form.get("key"));
            return pollsPage(model, user, period, form, errors(e));
        }
    }

    @PostMapping(BASE + "/polls/{id}")
    @PreAuthorize(Access.EDITORS)
    String updatePoll(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication user,
                      HttpServletResponse response, RedirectAttributes redirect) {
        try {
            polls.update(id, new PollPriorities.EditForm(form.get("question"), form.get("status")), user.getName());
            redirect.addFlashAttribute("saved", "Приоритет №" + id + " сохранён.");
            return "redirect:" + BASE + "/polls/" + id;
        } catch (InvalidInput e) {
            response.setStatus(400);
            PollPriority p = polls.get(id).orElseThrow(EntryNotFoundException::new);
            model.addAttribute("editing", p);
            model.addAttribute("history", polls.history(id));
            return pollsPage(model, user, new Period(p.from(), p.to()), form, errors(e));
        }
    }

    private String pollsPage(Model model, Authentication user, Period period, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("period", period);
        model.addAttribute("priorities", polls.ranked());
        model.addAttribute("candidates", polls.candidates(period));
        model.addAttribute("statuses", PollPriority.Status.values());
        return page(model, user, form, errors, "analytics/registers/polls");
    }

    // --- shared

    private static String page(Model model, Authentication user, Map<String, String> form, Map<String, String> errors, String view) {
        model.addAttribute("canEdit", Access.mayEdit(user));
        model.addAttribute("form", form == null ? Map.of() : form);
        model.addAttribute("errors", errors);
        return view;
    }

    /** The first message of each wrong field. */
    private static Map<String, String> errors(InvalidInput e) {
        Map<String, String> errors = new HashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }
}
