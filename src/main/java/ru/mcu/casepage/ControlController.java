package ru.mcu.casepage;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseResults;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.security.Roles;

/**
 * The button «Работы выполнены» of the case page: the department confirms the works its answer
 * promised, and the additional control ends. Someone who may not read the case gets the same
 * 404 as for a number that does not exist; one who reads it but is not of its department is
 * sent back to the page with the reason, and nothing changes.
 */
@Controller
class ControlController {

    private final CaseQueries cases;
    private final CaseAccess access;
    private final CaseResults results;

    ControlController(CaseQueries cases, CaseAccess access, CaseResults results) {
        this.cases = cases;
        this.access = access;
        this.results = results;
    }

    @PostMapping("/cases/{number}/control/close")
    String close(@PathVariable String number, @RequestParam(required = false) String note, Authentication user,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Case> found = cases.find(number).filter(access::canRead);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("number", number);
            return "cases/not-found";
        }
        Case c = found.get();
        if (!ResultPanel.mayClose(c, Roles.of(user))) {
            redirect.addFlashAttribute("controlError", "Подтвердить выполнение работ могут исполнители и руководитель департамента, "
                    + "которому поручено обращение, и руководитель МЦУ.");
            return "redirect:/cases/" + number + "#result";
        }
        if (!c.isOnControl()) {
            redirect.addFlashAttribute("controlMessage", "Обращение уже снято с дополнительного контроля.");
            return "redirect:/cases/" + number + "#result";
        }
        try {
            results.closeControl(number, note, user.getName());
            redirect.addFlashAttribute("controlMessage", "Выполнение работ подтверждено: обращение снято с дополнительного контроля.");
        } catch (InvalidCaseDataException e) {
            redirect.addFlashAttribute("controlError", e.getMessage());
        }
        return "redirect:/cases/" + number + "#result";
    }
}
