package ru.mcu.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseConversion;
import ru.mcu.cases.CaseDuplicates;
import ru.mcu.cases.CaseLinks;
import ru.mcu.cases.Channel;
import ru.mcu.cases.DuplicateCandidate;
import ru.mcu.cases.InvalidCaseDataException;

/**
 * Staff actions across channels: possible duplicates, linking into one problem, conversion to a
 * 59-ФЗ appeal. A case the caller may not read is not found; one he may read but not change
 * (the curator) is refused with 403.
 */
@RestController
@Tag(name = "Обращения")
class CaseActionsController {

    private final CaseDuplicates duplicates;
    private final CaseLinks links;
    private final CaseConversion conversion;
    private final CaseViews views;
    private final CaseAccess access;

    CaseActionsController(CaseDuplicates duplicates, CaseLinks links, CaseConversion conversion, CaseViews views,
                          CaseAccess access) {
        this.duplicates = duplicates;
        this.links = links;
        this.conversion = conversion;
        this.views = views;
        this.access = access;
    }

    /** A request to link a case to the main case of its problem. */
    record LinkRequest(String mainCase) {
    }

    /** A request to convert a ПОС message or an incident into an appeal. */
    record ConversionRequest(Channel channel, AppealKind kind) {
    }

    @GetMapping("/api/cases/{number}/duplicates")
    @Operation(summary = "Возможные дубликаты: открытые обращения той же рубрики рядом (150 м) или по тому же адресу за 30 дней")
    List<DuplicateCandidate> duplicates(@PathVariable String number) {
        views.readable(number);
        return duplicates.suggest(number).stream().filter(d -> views.isReadable(d.number())).toList();
    }

    @PostMapping("/api/cases/{number}/link")
    @Operation(summary = "Связать обращение с основным обращением проблемы: ответ по основному закроет и это")
    CaseView link(@PathVariable String number, @RequestBody LinkRequest request, Principal user) {
        views.requireChangeable(number);
        if (request.mainCase() != null && !request.mainCase().isBlank() && !views.isReadable(request.mainCase().trim())) {
            // the same answer as for a number that does not exist
            throw new InvalidCaseDataException("mainCase", "Обращение " + request.mainCase() + " не найдено");
        }
        links.link(number, request.mainCase(), user.getName());
        return views.show(number, false);
    }

    @DeleteMapping("/api/cases/{number}/link")
    @Operation(summary = "Снять связь с основным обращением")
    CaseView unlink(@PathVariable String number, Principal user) {
        views.requireChangeable(number);
        links.unlink(number, user.getName());
        return views.show(number, false);
    }

    @PostMapping("/api/cases/{number}/convert")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Перевести сообщение ПОС или инцидент в обращение по 59-ФЗ (создаётся новое обращение, исходное закрывается)")
    CaseView convert(@PathVariable String number, @RequestBody ConversionRequest request, Principal user) {
        views.requireChangeable(number);
        if (request.channel() != null && !access.canFile(request.channel())) {
            throw new AccessDeniedException("No right to file into " + request.channel());
        }
        String appeal = conversion.convert(number, request.channel(), request.kind(), user.getName()).getNumber();
        return views.show(appeal, false);
    }
}
