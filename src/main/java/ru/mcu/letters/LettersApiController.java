package ru.mcu.letters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.web.ApiExceptionHandler;

/**
 * {@code /api/letters}: the letters to citizens on paper, and marking one handed to the post
 * (for a mail-room system or a script; people use the page {@code /letters}).
 */
@RestController
@Tag(name = "Письма почтой")
@PreAuthorize(LetterRoles.QUEUE)
class LettersApiController {

    private final Letters letters;
    private final LetterDocuments documents;

    LettersApiController(Letters letters, LetterDocuments documents) {
        this.letters = letters;
        this.documents = documents;
    }

    /** What the registrar enters: the date, the tracking number if any. */
    record SentRequest(String sentOn, String trackingNumber) {
    }

    @GetMapping("/api/letters")
    @Operation(summary = "Письма заявителям на бумаге",
            description = "Без параметров — очередь «Отправить почтой» (ещё не отправленные, старые первыми); "
                    + "caseNumber — все письма по обращению.")
    List<LetterView> list(@RequestParam(required = false) String caseNumber) {
        List<Letter> found = caseNumber == null || caseNumber.isBlank() ? letters.unsent(500) : letters.ofCase(caseNumber.strip());
        return found.stream().map(LetterView::of).toList();
    }

    @GetMapping("/api/letters/{id}")
    @Operation(summary = "Письмо")
    LetterView get(@PathVariable long id) {
        return LetterView.of(letters.get(id));
    }

    @GetMapping("/api/letters/{id}/pdf")
    @Operation(summary = "Письмо в PDF для печати и подписи")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return documents.document(id);
    }

    @PostMapping("/api/letters/{id}/sent")
    @Operation(summary = "Отметить письмо отправленным почтой",
            description = "sentOn — дата отправки (ГГГГ-ММ-ДД), не раньше даты письма и не позже сегодняшнего дня; "
                    + "trackingNumber — почтовый идентификатор заказного письма (14 цифр или RA123456789RU), необязателен.")
    @ApiResponse(responseCode = "200", description = "Отмечено; запись добавлена в историю обращения")
    @ApiResponse(responseCode = "400", description = "Ошибки в полях sentOn, trackingNumber")
    @ApiResponse(responseCode = "409", description = "Письмо уже отмечено отправленным")
    LetterView markSent(@PathVariable long id, @RequestBody(required = false) SentRequest request, Authentication user) {
        SentRequest body = request == null ? new SentRequest(null, null) : request;
        return LetterView.of(letters.markSent(id, body.sentOn(), body.trackingNumber(), user.getName()));
    }

    @ExceptionHandler(LetterNotFoundException.class)
    ResponseEntity<ApiError> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", "Письмо не найдено"));
    }

    @ExceptionHandler(LetterAlreadySentException.class)
    ResponseEntity<ApiError> alreadySent(LetterAlreadySentException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict",
                "Письмо уже отмечено отправленным " + e.sentOn().format(Letters.DATE)));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ApiError> concurrent() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict",
                "Письмо только что отметил другой сотрудник: обновите данные"));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ApiError> invalid(InvalidInput e) {
        return ApiExceptionHandler.badRequest(e.errors());
    }
}
