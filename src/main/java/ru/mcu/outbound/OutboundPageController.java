package ru.mcu.outbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.InvalidInput;

/**
 * The page «Ответы на площадки» ({@code /outbound}): the answers waiting to be placed by hand
 * (their text to copy, a field for the link), what the adapters sent, are sending, or could not
 * send (with «Отправить снова»), and what was placed by hand lately. Each user sees the
 * platforms he works with ({@link OutboundRoles}).
 */
@Controller
@PreAuthorize(OutboundRoles.PAGE)
class OutboundPageController {

    static final int SHOWN = 200;

    private final OutboundDeliveries deliveries;
    private final OutboundProperties properties;
    private final StaffContacts staff;

    OutboundPageController(OutboundDeliveries deliveries, OutboundProperties properties, StaffContacts staff) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.staff = staff;
    }

    /** One adapter and how its deliveries go: «отправляется автоматически», «размещается вручную», «не настроено». */
    record AdapterRow(String title, String kind, String mode) {
    }

    @GetMapping("/outbound")
    String page(Authentication user, Model model) {
        Set<Adapter> adapters = OutboundRoles.adaptersOf(user);
        model.addAttribute("adapters", adapters.stream()
                .map(a -> new AdapterRow(a.title(), a.kind(), properties.endpoint(a).configured() ? "отправляется автоматически"
                        : a.isAnswer() ? "размещается вручную" : "не настроено, сводка не формируется")).toList());
        model.addAttribute("toPlace", deliveries.toPlace(adapters, SHOWN));
        model.addAttribute("toPlaceTotal", deliveries.countToPlace(adapters));
        model.addAttribute("automatic", deliveries.latest(adapters, OutboundDeliveries.AUTOMATIC, SHOWN));
        List<Delivery> published = deliveries.latest(adapters, Set.of(DeliveryStatus.PUBLISHED), 50);
        model.addAttribute("published", published);
        Map<String, String> names = new HashMap<>();
        published.forEach(d -> names.computeIfAbsent(d.getPublishedBy(), staff::nameOf));
        model.addAttribute("names", names);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            model.addAttribute("count" + status.name(), deliveries.count(adapters, status));
        }
        return "outbound/page";
    }

    @PostMapping("/outbound/{id}/published")
    String published(@PathVariable long id, @RequestParam(required = false) String url, Authentication user,
                     RedirectAttributes flash) {
        List<String> errors = new ArrayList<>();
        try {
            Delivery d = deliveries.publish(id, url, user.getName(), OutboundRoles.adaptersOf(user));
            flash.addFlashAttribute("message", d.getTitle() + " отмечен размещённым: " + d.getPublishedUrl());
        } catch (InvalidInput e) {
            e.errors().forEach(error -> errors.add(error.message()));
            flash.addFlashAttribute("failedId", id);
            flash.addFlashAttribute("failedUrl", url);
        } catch (DeliveryStateException e) {
            errors.add(e.message());
        } catch (DeliveryNotFoundException e) {
            errors.add("Ответ не найден");
        }
        flash.addFlashAttribute("errors", errors);
        return "redirect:/outbound";
    }

    @PostMapping("/outbound/{id}/retry")
    String retry(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        List<String> errors = new ArrayList<>();
        try {
            Delivery d = deliveries.retry(id, OutboundRoles.adaptersOf(user));
            flash.addFlashAttribute("message", d.getTitle() + " снова в очереди на отправку");
        } catch (DeliveryStateException e) {
            errors.add(e.message());
        } catch (DeliveryNotFoundException e) {
            errors.add("Отправка не найдена");
        }
        flash.addFlashAttribute("errors", errors);
        return "redirect:/outbound#sending";
    }
}
