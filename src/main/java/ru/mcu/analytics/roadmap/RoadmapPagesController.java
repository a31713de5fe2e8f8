package ru.mcu.analytics.roadmap;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.SliceParams;
import ru.mcu.analytics.cases.AnalyticsCases;
import ru.mcu.analytics.cases.CaseRow;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * Pages to list, create and edit roadmaps and their measures (for the head of the МЦУ), and to
 * approve or return a roadmap (for the block head of its responsible department).
 */
@Controller
class RoadmapPagesController {

    private static final String EDITORS = "hasAnyAuthority('GROUP_mcu-heads', 'GROUP_camunda-admin')";
    /** At most this many cases are linked from a slice when a roadmap is created from it. */
    static final int MAX_CASES = 500;

    private final Roadmaps roadmaps;
    private final RoadmapEffects effects;
    private final AnalyticsCases cases;
    private final Directory directory;
    private final Clock clock;

    RoadmapPagesController(Roadmaps roadmaps, RoadmapEffects effects, AnalyticsCases cases, Directory directory, Clock clock) {
        this.roadmaps = roadmaps;
        this.effects = effects;
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/analytics/roadmaps")
    String list(Model model) {
        model.addAttribute("roadmaps", roadmaps.all());
        model.addAttribute("today", roadmaps.today());
        return "analytics/roadmaps";
    }

    /** The form of a new roadmap, filled from a growth factor, a cluster or any slice of cases. */
    @GetMapping("/analytics/roadmaps/new")
    String form(@RequestParam(required = false) String title, @RequestParam(required = false) String source,
                @RequestParam(required = false) String numbers, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String channel,
                @RequestParam(required = false) String rubric, @RequestParam(required = false) String district,
                @RequestParam(required = false) String department, @RequestParam(required = false) String status,
                @RequestParam(required = false) String measure, @RequestParam(required = false) String bbox, Model model) {
        List<String> linked = new ArrayList<>();
        if (numbers != null && !numbers.isBlank()) {
            linked.addAll(split(numbers));
        } else if (from != null) {
            CaseSlice slice = SliceParams.parse(clock, from, to, channel, rubric, district, department, status, measure, bbox);
            cases.page(slice, 0, MAX_CASES).rows().stream().map(CaseRow::number).forEach(linked::add);
        }
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("source", source == null ? "" : source);
        model.addAttribute("rubric", rubric);
        model.addAttribute("district", district);
        model.addAttribute("numbers", String.join(", ", linked));
        model.addAttribute("departments", directory.departments());
        model.addAttribute("rootCauses", RootCause.values());
        model.addAttribute("owner", department != null ? department
                : directory.rubric(rubric).map(r -> r.getDefaultDepartment()).orElse(null));
        return "analytics/roadmap-new";
    }

    @PostMapping("/analytics/roadmaps")
    @PreAuthorize(EDITORS)
    String create(@RequestParam String title, @RequestParam String problem, @RequestParam(required = false) String source,
                  @RequestParam(required = false) String rubric, @RequestParam(required = false) String district,
                  @RequestParam(required = false) String owner, @RequestParam(required = false) String numbers,
                  @RequestParam(required = false) String rootCause, @RequestParam(required = false) String rootCauseText,
                  Principal user, RedirectAttributes redirect) {
        try {
            long id = roadmaps.create(new Roadmaps.Draft(title, problem, source, rubric, district, owner, rootCause(rootCause), rootCauseText,
                    split(numbers)), user.getName());
            return "redirect:/analytics/roadmaps/" + id;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", message(e));
            return "redirect:/analytics/roadmaps/new";
        }
    }

    @GetMapping("/analytics/roadmaps/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        Roadmap roadmap = roadmaps.get(id).orElseThrow(RoadmapNotFoundException::new);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("effect", effects.of(roadmap));
        model.addAttribute("today", roadmaps.today());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("rubricName", roadmap.rubricCode() == null ? null : directory.rubricName(roadmap.rubricCode()));
        model.addAttribute("districtName", roadmap.districtCode() == null ? null : directory.districtName(roadmap.districtCode()));
        model.addAttribute("statuses", Roadmap.Status.values());
        model.addAttribute("rootCauses", RootCause.values());
        model.addAttribute("measureStatuses", Roadmap.MeasureStatus.values());
        model.addAttribute("editor", groups(user).contains("mcu-heads") || groups(user).contains("camunda-admin"));
        model.addAttribute("approver", Roadmaps.approver(roadmap, groups(user)) && roadmap.status() == Roadmap.Status.PENDING_APPROVAL);
        model.addAttribute("blockHead", roadmap.ownerDepartment() == null ? null
                : directory.department(roadmap.ownerDepartment()).map(d -> d.getBlockHeadName()).orElse(null));
        return "analytics/roadmap";
    }

    @PostMapping("/analytics/roadmaps/{id}")
    @PreAuthorize(EDITORS)
    String update(@PathVariable long id, @RequestParam String title, @RequestParam String problem,
                  @RequestParam Roadmap.Status status, @RequestParam(required = false) String owner,
                  @RequestParam(required = false) String rootCause, @RequestParam(required = false) String rootCauseText,
                  RedirectAttributes redirect) {
        return guarded(id, redirect, () -> roadmaps.update(id, new Roadmaps.Change(title, problem, status, owner, rootCause(rootCause),
                rootCauseText)));
    }

    /** The block head of the responsible department approves the roadmap, or returns it with a comment. */
    @PostMapping("/analytics/roadmaps/{id}/approval")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String comment,
                  Authentication user, RedirectAttributes redirect) {
        return guarded(id, redirect, () -> {
            switch (decision) {
                case "APPROVE" -> roadmaps.approve(id, user.getName(), groups(user));
                case "RETURN" -> roadmaps.returnForRework(id, user.getName(), groups(user), comment);
                default -> throw new InvalidInput("decision", "Утвердите или верните карту");
            }
        });
    }

    private static Set<String> groups(Authentication user) {
        return user == null ? Set.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
    }

    private static RootCause rootCause(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RootCause.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("rootCause", "Выберите первопричину из списка");
        }
    }

    @PostMapping("/analytics/roadmaps/{id}/measures")
    @PreAuthorize(EDITORS)
    String addMeasure(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) String department,
                      @RequestParam(required = false) String dueDate, RedirectAttributes redirect) {
        return guarded(id, redirect, () -> roadmaps.addMeasure(id, title, department, SliceParams.date("dueDate", dueDate, null, true)));
    }

    @PostMapping("/analytics/roadmaps/{id}/measures/{measureId}")
    @PreAuthorize(EDITORS)
    String updateMeasure(@PathVariable long id, @PathVariable long measureId, @RequestParam Roadmap.MeasureStatus status,
                         @RequestParam(required = false) String dueDate, RedirectAttributes redirect) {
        return guarded(id, redirect, () -> roadmaps.updateMeasure(id, measureId, status, SliceParams.date("dueDate", dueDate, null, true)));
    }

    private static String guarded(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/analytics/roadmaps/" + id;
    }

    private static String message(InvalidInput e) {
        return String.join("; ", e.errors().stream().map(FieldError::message).toList());
    }

    private static List<String> split(String numbers) {
        if (numbers == null || numbers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(numbers.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
