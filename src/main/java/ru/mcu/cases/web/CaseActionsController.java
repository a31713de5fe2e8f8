package ru.mcu.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.CaseConversion;
import ru.mcu.cases.CaseDuplicates;
import ru.mcu.cases.CaseLinks;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Channel;
import ru.mcu.cases.DuplicateCandidate;
import ru.mcu.directory.Directory;

/** Staff actions across channels: possible duplicates, linking into one problem, conversion to a 59-ФЗ appeal. */
@RestController
@Tag(name = "Обращения")
class CaseActionsController {

    private final CaseDuplicates duplicates;
    private final CaseLinks links;
    private final CaseConversion conversion;
    private final CaseQueries cases;
    private final Directory directory;
    private final Clock clock;

    CaseActionsController(CaseDuplicates duplicates, CaseLinks links, CaseConversion conversion, CaseQueries cases,
                          Directory directory, Clock clock) {
        this.duplicates = duplicates;
        this.links = links;
        this.conversion = conversion;
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
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
        return duplicates.suggest(number);
    }

    @PostMapping("/api/cases/{number}/link")
    @Operation(summary = "Связать обращение с основным обращением проблемы: ответ по основному закроет и это")
    CaseView link(@PathVariable String number, @RequestBody LinkRequest request, Principal user) {
        links.link(number, request.mainCase(), user.getName());
        return CaseView.of(cases.get(number), directory, false, clock.instant());
    }

    @DeleteMapping("/api/cases/{number}/link")
    @Operation(summary = "Снять связь с основным обращением")
    CaseView unlink(@PathVariable String number, Principal user) {
        links.unlink(number, user.getName());
        return CaseView.of(cases.get(number), directory, false, clock.instant());
    }

    @PostMapping("/api/cases/{number}/convert")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Перевести сообщение ПОС или инцидент в обращение по 59-ФЗ (создаётся новое обращение, исходное закрывается)")
    CaseView convert(@PathVariable String number, @RequestBody ConversionRequest request, Principal user) {
        String appeal = conversion.convert(number, request.channel(), request.kind(), user.getName()).getNumber();
        return CaseView.of(cases.get(appeal), directory, false, clock.instant());
    }
}
