package ru.mcu.deadline;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.InvalidInput;

/**
 * The deadline calculator for staff ({@code /deadlines}, with the policies read-only) and the
 * administrator's page of the policies ({@code /admin/deadlines}, only for camunda-admin).
 */
@Controller
class DeadlinePageController {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy (EE) HH:mm", RUSSIAN);
    private static final String REGIME = "REGIME:";
    private static final String CHANNEL = "CHANNEL:";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final DeadlineCalculator calculator;
    private final DeadlinePolicies policies;
    private final PolicyAdministration administration;

    DeadlinePageController(DeadlineCalculator calculator, DeadlinePolicies policies, PolicyAdministration administration) {
        this.calculator = calculator;
        this.policies = policies;
        this.administration = administration;
    }

    /** An option of a select: the value sent and the label shown. */
    record Option(String value, String label) {
    }

    /** A term as the calculator shows it. */
    record TermRow(String title, String rule, String countedFrom, String dueAt, boolean provisional, String scope) {
    }

    @GetMapping("/deadlines")
    String calculator(@RequestParam(required = false) String channel, @RequestParam(required = false) String rubric,
                      @RequestParam(required = false) String receivedAt, @RequestParam(required = false) String importance,
                      Model model) {
        String now = calculator.now().format(INPUT);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("rubrics", calculator.rubrics());
        model.addAttribute("channel", channel == null ? Channel.SITE.name() : channel);
        model.addAttribute("rubric", rubric);
        model.addAttribute("receivedAt", receivedAt == null || receivedAt.isBlank() ? now : receivedAt);
        model.addAttribute("importance", importance);
        model.addAttribute("policies", policies.all().stream().map(DeadlineViews.PolicyView::of).toList());
        if (channel != null) {
            try {
                Terms terms = calculator.calculate(new PreviewRequest(channel, rubric, receivedAt, importance));
                model.addAttribute("terms", terms.terms().stream().map(DeadlinePageController::row).toList());
                model.addAttribute("provisional", terms.provisional());
                model.addAttribute("received", human(terms.receivedAt().atZone(LocalZone.ZONE).toOffsetDateTime()));
            } catch (InvalidInput e) {
                model.addAttribute("errors", e.errors().stream().map(error -> error.message()).toList());
            }
        }
        return "deadlines/calculator";
    }

    @GetMapping("/admin/deadlines")
    String policies(Model model) {
        model.addAttribute("policies", policies.all().stream().map(DeadlineViews.PolicyView::of).toList());
        model.addAttribute("history", administration.history().stream().map(DeadlineViews.ChangeView::of).toList());
        model.addAttribute("units", TermUnit.values());
        model.addAttribute("kinds", TermKind.values());
        model.addAttribute("regimes", Arrays.stream(Regime.values())
                .map(r -> new Option(REGIME + r.name(), DeadlinePolicy.regimeTitle(r))).toList());
        model.addAttribute("channels", Arrays.stream(Channel.values())
                .map(c -> new Option(CHANNEL + c.name(), c.title())).toList());
        model.addAttribute("rubrics", calculator.rubrics());
        return "deadlines/policies";
    }

    @PostMapping("/admin/deadlines/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) Integer amount, Principal user, RedirectAttributes flash) {
        return act(flash, () -> administration.change(id, parse(TermUnit.class, unit), amount, user.getName())
                .map(p -> "Правило № " + id + ": " + p.term().describe())
                .orElse("Правило № " + id + " не найдено"));
    }

    @PostMapping("/admin/deadlines")
    String add(@RequestParam(required = false) String scope, @RequestParam(required = false) String rubric,
               @RequestParam(required = false) String termKind, @RequestParam(required = false) String unit,
               @RequestParam(required = false) Integer amount, Principal user, RedirectAttributes flash) {
        String value = scope == null ? "" : scope;
        Regime regime = value.startsWith(REGIME) ? parse(Regime.class, value.substring(REGIME.length())) : null;
        Channel channel = value.startsWith(CHANNEL) ? parse(Channel.class, value.substring(CHANNEL.length())) : null;
        return act(flash, () -> {
            DeadlinePolicy added = administration.add(new PolicyAdministration.NewOverride(regime, channel, rubric,
                    parse(TermKind.class, termKind), parse(TermUnit.class, unit), amount), user.getName());
            return "Добавлено правило № " + added.id() + ": " + added.scopeTitle() + ", " + added.kind().title()
                    + " — " + added.term().describe();
        });
    }

    @PostMapping("/admin/deadlines/{id}/delete")
    String remove(@PathVariable long id, Principal user, RedirectAttributes flash) {
        return act(flash, () -> switch (administration.remove(id, user.getName())) {
            case REMOVED -> "Правило № " + id + " удалено";
            case NOT_FOUND -> "Правило № " + id + " не найдено";
            case IS_DEFAULT -> "Правило по умолчанию нельзя удалить, только изменить";
        });
    }

    private static String act(RedirectAttributes flash, Supplier<String> action) {
        try {
            flash.addFlashAttribute("message", action.get());
        } catch (InvalidInput e) {
            List<String> errors = new ArrayList<>();
            e.errors().forEach(error -> errors.add(error.message()));
            flash.addFlashAttribute("errors", errors);
        }
        return "redirect:/admin/deadlines";
    }

    private static TermRow row(Term term) {
        return new TermRow(term.kind().title(), term.rule(), human(DeadlineViews.local(term.countedFrom())),
                human(DeadlineViews.local(term.dueAt())), term.provisional(), term.policy().scopeTitle());
    }

    private static String human(OffsetDateTime at) {
        return at.format(HUMAN);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
