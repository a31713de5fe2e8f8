package ru.mcu.security.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import ru.mcu.platform.time.LocalZone;

/**
 * The audit for the head of the МЦУ and administrators (the security configuration lets no one
 * else in): the page {@code /audit} and {@code GET /api/audit}, both with the same filters.
 */
@Controller
@Tag(name = "Аудит", description = "Журнал доступа к персональным данным и изменений (руководитель МЦУ, администратор)")
class AuditController {

    /** Entries per page of the API. */
    static final int PAGE_SIZE = 200;
    /** Entries per page on screen: a page a person reads, with links to the older ones. */
    static final int SCREEN_PAGE_SIZE = 50;

    private final AuditQuery audit;

    AuditController(AuditQuery audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) String caseNumber,
                @RequestParam(defaultValue = "ALL") AuditQuery.Kind kind,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(page, 0);
        // one more than a page: tells whether there is an older page without counting the whole log
        List<AuditQuery.Entry> found = find(from, to, actor, caseNumber, kind, (long) shown * SCREEN_PAGE_SIZE, SCREEN_PAGE_SIZE + 1);
        model.addAttribute("entries", found.subList(0, Math.min(found.size(), SCREEN_PAGE_SIZE)));
        model.addAttribute("hasOlder", found.size() > SCREEN_PAGE_SIZE);
        model.addAttribute("firstRow", shown * SCREEN_PAGE_SIZE + 1);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("kind", kind);
        model.addAttribute("page", shown);
        return "audit/list";
    }

    @GetMapping("/api/audit")
    @ResponseBody
    @Operation(summary = "Журнал аудита: просмотр персональных данных, изменения через API и в ходе рассмотрения",
            description = "Периоды — даты по часовому поясу администрации, [from, to]; kind: ALL, READS, CHANGES; по 200 записей на страницу")
    List<AuditQuery.Entry> api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String actor,
                               @RequestParam(required = false) String caseNumber,
                               @RequestParam(defaultValue = "ALL") AuditQuery.Kind kind,
                               @RequestParam(defaultValue = "0") int page) {
        return find(from, to, actor, caseNumber, kind, (long) Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
    }

    private List<AuditQuery.Entry> find(LocalDate from, LocalDate to, String actor, String caseNumber, AuditQuery.Kind kind,
                                        long offset, int limit) {
        return audit.find(new AuditQuery.Filter(
                from == null ? null : from.atStartOfDay(LocalZone.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(LocalZone.ZONE).toInstant(),
                actor, caseNumber, kind), offset, limit);
    }
}
