package ru.mcu.analytics.rating;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.SliceParams;
import ru.mcu.cases.Channel;

/** The rating page: a table sortable by any column, each figure a link to its cases. */
@Controller
class RatingPageController {

    /** Columns the table sorts by; the default is the rank. */
    private static final Map<String, Function<DepartmentRating, Comparable<?>>> SORTS = Map.ofEntries(
            Map.entry("name", DepartmentRating::name),
            Map.entry("received", DepartmentRating::received),
            Map.entry("answered", DepartmentRating::answered),
            Map.entry("onTimeShare", DepartmentRating::onTimeShare),
            Map.entry("planned", DepartmentRating::planned),
            Map.entry("overdue", DepartmentRating::overdue),
            Map.entry("openOverdue", DepartmentRating::openOverdue),
            Map.entry("avgAnswerDays", DepartmentRating::avgAnswerDays),
            Map.entry("medianAnswerDays", DepartmentRating::medianAnswerDays),
            Map.entry("avgReactionHours", DepartmentRating::avgReactionHours),
            Map.entry("reroutes", DepartmentRating::reroutes),
            Map.entry("reworks", DepartmentRating::reworks),
            Map.entry("avgRating", DepartmentRating::avgRating),
            Map.entry("satisfiedShare", DepartmentRating::satisfiedShare),
            Map.entry("coExecutions", DepartmentRating::coExecutions),
            Map.entry("contributionOnTimeShare", DepartmentRating::contributionOnTimeShare),
            Map.entry("interimOnTimeShare", DepartmentRating::interimOnTimeShare));

    private final RatingQuery ratings;
    private final Clock clock;

    private final ModerationOutcomes moderation;

    RatingPageController(RatingQuery ratings, ModerationOutcomes moderation, Clock clock) {
        this.moderation = moderation;
        this.ratings = ratings;
        this.clock = clock;
    }

    @GetMapping("/analytics/rating")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String channel, @RequestParam(required = false) Integer minSample,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "asc") String dir, Model model) {
        CaseSlice slice = SliceParams.parse(clock, from, to, channel, null, null, null, null, null, null);
        Rating rating = minSample == null ? ratings.rating(slice) : ratings.rating(slice, Math.max(0, minSample));
        model.addAttribute("rating", rating);
        model.addAttribute("rows", sorted(rating.rows(), sort, "desc".equalsIgnoreCase(dir)));
        model.addAttribute("onTimeChart", RatingCharts.onTime(rating.rows(), rating.minSample(), slice));
        model.addAttribute("satisfactionChart", RatingCharts.satisfaction(rating.rows(), rating.minSample(), slice));
        model.addAttribute("slice", slice);
        if (slice.channel() == null || slice.channel() == Channel.POS) {
            model.addAttribute("moderation", moderation.of(slice.period()));
        }
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("dir", dir);
        model.addAttribute("channels", Channel.values());
        return "analytics/rating";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<DepartmentRating> sorted(List<DepartmentRating> rows, String sort, boolean descending) {
        Function<DepartmentRating, Comparable<?>> key = sort == null ? null : SORTS.get(sort);
        if (key == null) {
            return rows;
        }
        Comparator<Comparable> order = descending
                ? Comparator.nullsLast(Comparator.<Comparable>reverseOrder())
                : Comparator.nullsLast(Comparator.<Comparable>naturalOrder());
        Comparator<DepartmentRating> by = Comparator.comparing((DepartmentRating r) -> (Comparable) key.apply(r), order);
        List<DepartmentRating> result = new ArrayList<>(rows);
        result.sort(by);
        return result;
    }
}
