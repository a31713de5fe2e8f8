package ru.mcu.casepage;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import ru.mcu.workflow.tasklist.CaseTasks;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.attachments.CaseAttachments;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseSearchText;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.directory.StaffGroups;
import ru.mcu.security.Roles;

/**
 * The staff's case page {@code /cases/{number}} and the search {@code /cases/search?q=}. A case
 * the user may not read is answered exactly as a number that does not exist (404, the same
 * page), as the API answers it; a search lists only the cases he may read and finds a citizen
 * by name only among the cases whose citizen he may see.
 */
@Controller
class CasePageController {

    static final int PAGE_SIZE = 20;

    private final CaseQueries cases;
    private final CaseAccess access;
    private final CaseFiles files;
    private final Directory directory;
    private final Clock clock;
    private final CaseTasks processes;
    private final CaseLetters letters;
    private final StaffContacts staff;
    private final CaseAttachments attachments;
    private final CasePlacements placements;
    private final CaseCoExecution coExecution;

    CasePageController(CaseQueries cases, CaseAccess access, CaseFiles files, Directory directory, Clock clock, CaseTasks processes,
                       CaseLetters letters, StaffContacts staff, CaseAttachments attachments, CasePlacements placements,
                       CaseCoExecution coExecution) {
        this.placements = placements;
        this.coExecution = coExecution;
        this.staff = staff;
        this.processes = processes;
        this.letters = letters;
        this.attachments = attachments;
        this.cases = cases;
        this.access = access;
        this.files = files;
        this.directory = directory;
        this.clock = clock;
    }

    /** One line of the search results. */
    record Row(String number, String noun, String channel, String receivedAt, String status, String department, String address,
               String term, boolean overdue) {
    }

    @GetMapping("/cases")
    String index() {
        return "redirect:/cases/search";
    }

    @GetMapping("/cases/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        CaseSearchText text = CaseSearchText.of(q);
        model.addAttribute("q", text.text());
        CaseAccess.Scope personal = access.personalDataScope();
        model.addAttribute("byName", personal.all() || !personal.departments().isEmpty());
        model.addAttribute("minLength", CaseSearchText.MIN_LENGTH);
        if (text.isEmpty()) {
            model.addAttribute("message", q == null ? null : "Введите номер, фамилию заявителя или адрес.");
            return "cases/search";
        }
        if (text.isTooShort()) {
            model.addAttribute("message", "Слишком короткий запрос: введите не менее " + CaseSearchText.MIN_LENGTH + " символов.");
            return "cases/search";
        }
        if (text.isTooLong()) {
            model.addAttribute("message", "Слишком длинный запрос: не более " + CaseSearchText.MAX_LENGTH + " символов.");
            return "cases/search";
        }
        Optional<Case> exact = text.exactNumber().flatMap(cases::find).filter(access::canRead);
        if (exact.isPresent()) {
            return "redirect:/cases/" + exact.get().getNumber();
        }
        int index = pageIndex(page);
        Instant now = clock.instant();
        Page<Case> found = cases.search(text, access.scope(), access.personalDataScope(), PageRequest.of(index, PAGE_SIZE));
        model.addAttribute("rows", found.getContent().stream().map(c -> row(c, now)).toList());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("page", index);
        model.addAttribute("pages", found.getTotalPages());
        model.addAttribute("from", found.getTotalElements() == 0 ? 0 : (long) index * PAGE_SIZE + 1);
        model.addAttribute("to", (long) index * PAGE_SIZE + found.getNumberOfElements());
        if (found.getTotalElements() == 0) {
            model.addAttribute("message", index > 0 ? "На этой странице ничего нет: вернитесь к первой." : "Ничего не найдено.");
        }
        return "cases/search";
    }

    /**
     * The case a process instance works on: where Tasklist's link from a task to its process
     * leads (instead of Cockpit, which only administrators may open).
     */
    @GetMapping("/cases/process/{processInstanceId}")
    String byProcess(@PathVariable String processInstanceId, Model model, HttpServletResponse response) {
        Optional<Case> found = processes.caseNumberOf(processInstanceId).flatMap(cases::find).filter(access::canRead);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("number", "");
            return "cases/not-found";
        }
        return "redirect:/cases/" + found.get().getNumber();
    }

    @GetMapping("/cases/{number}")
    String show(@PathVariable String number, Authentication user, Model model, HttpServletResponse response) {
        Optional<Case> found = cases.find(number);
        if (found.isEmpty()) {
            Optional<String> written = CaseSearchText.of(number).exactNumber().filter(n -> !n.equals(number));
            if (written.isPresent() && cases.find(written.get()).filter(access::canRead).isPresent()) {
                return "redirect:/cases/" + written.get();
            }
        }
        if (found.isEmpty() || !access.canRead(found.get())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("number", number);
            return "cases/not-found";
        }
        Case c = cases.get(found.get().getNumber());
        Roles roles = Roles.of(user);
        model.addAttribute("file", files.of(c, user.getName(), roles.groups(), mayOpenOutbox(roles), clock.instant()));
        model.addAttribute("postalLetters", letters.of(c));
        // where the answer went out to its platform, and the link it is published under
        model.addAttribute("placements", placements.of(c));
        model.addAttribute("result", ResultPanel.of(c, roles, staff, clock.instant()));
        // the files section (cases/attachments.html): scans, photos, signed answers, with the upload form
        model.addAttribute("attachments", attachments.section(c));
        model.addAttribute("coExecutors", CoExecutorsSection.of(coExecution.of(c.getNumber()), directory, staff, clock.instant()));
        return "cases/case";
    }

    /** The outbox page's own rule (OutboxPageController): the administrator, the head and the registrars of the МЦУ. */
    private static boolean mayOpenOutbox(Roles roles) {
        return roles.has(StaffGroups.ADMINS) || roles.has(StaffGroups.MCU_HEADS) || roles.has(StaffGroups.MCU_REGISTRARS);
    }

    private Row row(Case c, Instant now) {
        Instant term = c.isClosed() ? null : c.currentTerm();
        return new Row(c.getNumber(), Titles.noun(c.getChannel()), c.getChannel().title(), CaseFiles.at(c.getReceivedAt()),
                (c.isClosed() && c.getResolution() != null ? c.getResolution().title() : c.getStatus().title())
                        + (c.isOnControl() ? "; на дополнительном контроле" : ""),
                c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()), c.getAddress(),
                term == null ? (c.isClosed() ? "закрыто " + CaseFiles.at(c.getClosedAt()) : null) : CaseFiles.at(term),
                c.isOverdue(now));
    }

    private static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
