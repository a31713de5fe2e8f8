package ru.mcu.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.InvalidInput;

/**
 * The page «Отправить почтой» ({@code /letters}): the letters to citizens waiting to be printed,
 * signed and handed to the post, oldest first, each with its document; the registrar marks a
 * letter sent with the date and the tracking number. Below, the letters sent lately.
 */
@Controller
@PreAuthorize(LetterRoles.QUEUE)
class LettersPageController {

    static final int SHOWN = 300;
    static final int SENT_SHOWN = 50;

    private final Letters letters;
    private final Clock clock;

    LettersPageController(Letters letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    /** One letter as the queue lists it. */
    record Row(long id, String number, String date, String kind, String caseNumber, String addresseeName,
               String addresseeAddress, String signatory, String pdf, String minDate, String sentOn, String trackingNumber) {

        static Row of(Letter l) {
            return new Row(l.getId(), l.getNumber(), l.getDate().format(Letters.DATE), l.getKind().title(), l.getCaseNumber(),
                    l.getAddresseeName(), l.getAddresseeAddress(), l.getSignatoryName() + ", " + l.getSignatoryPosition(),
                    LetterView.pdfLink(l), l.getDate().toString(),
                    l.getSentOn() == null ? null : l.getSentOn().format(Letters.DATE), l.getTrackingNumber());
        }
    }

    @GetMapping("/letters")
    String queue(Model model) {
        model.addAttribute("unsent", letters.unsent(SHOWN).stream().map(Row::of).toList());
        model.addAttribute("unsentTotal", letters.countUnsent());
        model.addAttribute("sent", letters.recentlySent(SENT_SHOWN).stream().map(Row::of).toList());
        model.addAttribute("today", LocalDate.now(clock.withZone(LocalZone.ZONE)).toString());
        return "letters/queue";
    }

    @PostMapping("/letters/{id}/sent")
    String markSent(@PathVariable long id, @RequestParam(required = false) String sentOn,
                    @RequestParam(required = false) String trackingNumber, Authentication user, RedirectAttributes flash) {
        List<String> errors = new ArrayList<>();
        try {
            Letter letter = letters.markSent(id, sentOn, trackingNumber, user.getName());
            flash.addFlashAttribute("message", "Письмо № " + letter.getNumber() + " отмечено отправленным "
                    + letter.getSentOn().format(Letters.DATE)
                    + (letter.getTrackingNumber() == null ? "" : ", почтовый идентификатор " + letter.getTrackingNumber()));
        } catch (InvalidInput e) {
            String number = letters.get(id).getNumber();
            e.errors().forEach(error -> errors.add("Письмо № " + number + ": " + error.message()));
            flash.addFlashAttribute("failedId", id);
            flash.addFlashAttribute("failedSentOn", sentOn);
            flash.addFlashAttribute("failedTracking", trackingNumber);
        } catch (LetterAlreadySentException e) {
            errors.add("Письмо уже отмечено отправленным " + e.sentOn().format(Letters.DATE));
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.add("Письмо только что отметил другой сотрудник: страница обновлена");
        } catch (LetterNotFoundException e) {
            errors.add("Письмо не найдено");
        }
        flash.addFlashAttribute("errors", errors);
        return "redirect:/letters";
    }
}
