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

    static final int PAGE_SIZE = 200;

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
        model.addAttribute("entries", find(from, to, actor, caseNumber, kind, page));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("kind", kind);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
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
        return find(from, to, actor, caseNumber, kind, page);
    }

    private List<AuditQuery.Entry> find(LocalDate from, LocalDate to, String actor, String caseNumber, AuditQuery.Kind kind, int page) {
        return audit.find(new AuditQuery.Filter(
                from == null ? null : from.atStartOfDay(LocalZone.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(LocalZone.ZONE).toInstant(),
                actor, caseNumber, kind), Math.max(page, 0), PAGE_SIZE);
    }
}
