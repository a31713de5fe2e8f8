package ru.mcu.notification.web;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import ru.mcu.notification.OutboxMessage;
import ru.mcu.notification.OutboxRepository;
import ru.mcu.notification.OutboxStatus;
import ru.mcu.notification.OutboxWorker;

/**
 * The outbox page: every e-mail the system wrote, its delivery state and, for failures, the
 * reason. In the default run without an SMTP server this is where a new user reads the mail.
 */
@Controller
@PreAuthorize("hasAnyAuthority('GROUP_camunda-admin', 'GROUP_mcu-heads', 'GROUP_mcu-registrars')")
class OutboxPageController {

    private final OutboxRepository messages;
    private final OutboxWorker worker;

    OutboxPageController(OutboxRepository messages, OutboxWorker worker) {
        this.messages = messages;
        this.worker = worker;
    }

    @GetMapping("/outbox")
    String list(@RequestParam(required = false) String caseNumber, Model model) {
        List<OutboxMessage> shown = caseNumber == null || caseNumber.isBlank()
                ? messages.findAllByOrderByIdDesc(PageRequest.of(0, 300))
                : messages.findByCaseNumberOrderById(caseNumber.trim());
        model.addAttribute("messages", shown);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("pending", messages.countByStatus(OutboxStatus.PENDING));
        model.addAttribute("sent", messages.countByStatus(OutboxStatus.SENT));
        model.addAttribute("failed", messages.countByStatus(OutboxStatus.FAILED));
        return "outbox/list";
    }

    @GetMapping("/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("message", messages.findById(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "Письмо не найдено")));
        return "outbox/show";
    }

    @PostMapping("/outbox/{id}/retry")
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    String retry(@PathVariable long id) {
        worker.retry(id);
        return "redirect:/outbox/" + id;
    }
}
