package ru.mcu.routing;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.InvalidInput;
import ru.mcu.workflow.decision.ReleaseRoutingTable;

/**
 * The page «Маршрутизация» ({@code /routing}): the live routing table, the note when the
 * release's table differs from it, the upload of a changed table with its dry run on past
 * cases ({@code routing-dry-run.html}), activation from the dry run, the versions with who made
 * each live and roll-back.
 */
@Controller
class RoutingPageController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);

    private final RoutingDesk desk;
    private final RoutingVersions versions;
    private final ReleaseRoutingTable release;
    private final StaffContacts staff;

    RoutingPageController(RoutingDesk desk, RoutingVersions versions, ReleaseRoutingTable release, StaffContacts staff) {
        this.desk = desk;
        this.versions = versions;
        this.release = release;
        this.staff = staff;
    }

    @GetMapping("/routing")
    String page(Model model) {
        model.addAttribute("versions", versions.versions());
        model.addAttribute("candidates", versions.candidates());
        model.addAttribute("releaseNote", release.difference().orElse(null));
        model.addAttribute("from", desk.today().minusDays(RoutingDesk.DEFAULT_DAYS - 1));
        model.addAttribute("to", desk.today());
        model.addAttribute("when", WHEN);
        model.addAttribute("staff", staff);
        return "routing";
    }

    @PostMapping("/routing/dry-runs")
    String dryRun(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String candidateId,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  Authentication user, Model model, HttpServletResponse response) {
        try {
            RoutingDesk.Request request = desk.read(file, candidateId, from, to);
            model.addAttribute("report", desk.dryRun(request, user.getName()));
            return "routing-dry-run";
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("error", e.errors().stream().map(f -> f.message()).collect(Collectors.joining("; ")));
        } catch (InvalidTableException e) {
            response.setStatus(400);
            model.addAttribute("error", "Таблица не принята: " + e.getMessage());
        }
        return page(model);
    }

    @PostMapping("/routing/rating-table")
    String ratingTable(@RequestParam(required = false) MultipartFile file, Authentication user, RedirectAttributes flash) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidTableException("Выберите файл таблицы оценки (.dmn).");
            }
            String xml = TableFiles.readRatingTable(file.getBytes());
            int version = versions.deployRatingTable(file.getOriginalFilename(), xml, user.getName());
            flash.addFlashAttribute("message", "Таблица оценки ответа развёрнута: действует версия " + version + ".");
        } catch (InvalidTableException e) {
            flash.addFlashAttribute("error", "Таблица оценки не принята: " + e.getMessage());
        } catch (java.io.IOException e) {
            flash.addFlashAttribute("error", "Файл не удалось прочитать.");
        }
        return "redirect:/routing";
    }

    @PostMapping("/routing/candidates/{id}/activation")
    String activate(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        try {
            int version = versions.activate(id, user.getName());
            flash.addFlashAttribute("message", "Таблица включена: действует версия " + version
                    + ". Новые обращения направляются по ней; уже направленные остаются у своих исполнителей.");
        } catch (InvalidTableException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/routing";
    }

    @PostMapping("/routing/versions/{version}/rollback")
    String rollBack(@PathVariable int version, Authentication user, RedirectAttributes flash) {
        try {
            int live = versions.rollBack(version, user.getName());
            flash.addFlashAttribute("message", "Возврат выполнен: таблица версии " + version + " снова действует (как версия " + live + ").");
        } catch (InvalidTableException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/routing";
    }
}
