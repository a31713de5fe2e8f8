package ru.mcu.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.cases.CaseRatings;
import ru.mcu.cases.RatingNotOpenException;
import ru.mcu.platform.web.ApiError;

/**
 * {@code POST /api/cases/{number}/rating}: the author's rating of the answer, as the ПОС
 * platform or staff report it. Citizens rate through the public case page.
 */
@RestController
@Tag(name = "Обращения")
class RatingController {

    private final CaseRatings ratings;
    private final CaseViews views;

    RatingController(CaseRatings ratings, CaseViews views) {
        this.ratings = ratings;
        this.views = views;
    }

    /** The rating: {@code score} 1–5 and an optional comment. */
    record RatingRequest(Integer score, String comment) {
    }

    @PostMapping("/api/cases/{number}/rating")
    @Operation(summary = "Оценка ответа автором",
            description = "Оценка 1–5. Низкая оценка (по умолчанию 1–2) возвращает сообщение ПОС на повторное рассмотрение тому же исполнителю. "
                    + "409, если ответ нельзя оценить сейчас; сообщение об ошибке называет нужное состояние и текущее.")
    CaseView rate(@PathVariable String number, @RequestBody RatingRequest request) {
        views.requireChangeable(number);
        ratings.rate(number, request.score(), request.comment());
        return views.show(number, false);
    }

    /** 409 naming the state a rating needs and the state the case is in. */
    @ExceptionHandler(RatingNotOpenException.class)
    ResponseEntity<ApiError> notOpen(RatingNotOpenException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict", e.getMessage()));
    }
}
