package ru.mcu.analytics.rating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.SliceParams;

/** The rating of the responsible recipients as JSON. */
@RestController
@Tag(name = "Аналитика", description = "Рейтинг, тепловая карта, точки роста, выгрузки")
class RatingApiController {

    private final RatingQuery ratings;
    private final Clock clock;

    RatingApiController(RatingQuery ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    /** The rating as the API answers it. */
    record RatingView(LocalDate from, LocalDate to, String channel, int minSample, List<DepartmentRating> departments) {
    }

    @GetMapping("/api/ratings")
    @Operation(summary = "Рейтинг ответственных получателей за период (даты включительно, по местному времени)")
    RatingView rating(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String channel, @RequestParam(required = false) Integer minSample) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, null, null, null, null, null, null);
        Rating rating = minSample == null ? ratings.rating(slice) : ratings.rating(slice, Math.max(0, minSample));
        return new RatingView(slice.period().from(), slice.period().to(), slice.channel() == null ? null : slice.channel().name(),
                rating.minSample(), rating.rows());
    }
}
