package ru.mcu.analytics.growth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.SliceParams;
import ru.mcu.cases.Channel;

/** Growth factors and repeated complaints of a week: the page and the API. */
@Controller
@Tag(name = "Аналитика")
class GrowthController {

    private final GrowthFactors growth;
    private final RepeatedComplaints repeats;
    private final Clock clock;
    private final GrowthCharts charts;

    GrowthController(GrowthFactors growth, RepeatedComplaints repeats, Clock clock, GrowthCharts charts) {
        this.charts = charts;
        this.growth = growth;
        this.repeats = repeats;
        this.clock = clock;
    }

    /** Growth of a week as the API answers it. */
    record GrowthView(LocalDate from, LocalDate to, List<GrowthFactor> factors, RepeatedComplaints.Share repeated,
                      List<RepeatedComplaints.Cluster> clusters) {
    }

    @GetMapping("/api/analytics/growth")
    @ResponseBody
    @Operation(summary = "Точки роста недели (любой день недели; по умолчанию прошлая неделя) и повторные жалобы")
    GrowthView api(@RequestParam(required = false) String week, @RequestParam(required = false) String channel) {
        Period period = week(week);
        Channel ch = SliceParams.parse(clock, null, null, channel, null, null, null, null, null, null).channel();
        return new GrowthView(period.from(), period.to(), growth.factors(period, ch), repeats.share(period),
                repeats.clusters(CaseSlice.of(period).withChannel(ch), clock.instant()));
    }

    @GetMapping("/analytics/growth")
    String page(@RequestParam(required = false) String week, @RequestParam(required = false) String channel, Model model) {
        Period period = week(week);
        CaseSlice slice = SliceParams.parse(clock, period.from().toString(), period.to().toString(), channel,
                null, null, null, null, null, null);
        model.addAttribute("week", period);
        model.addAttribute("slice", slice);
        List<GrowthFactor> factors = growth.factors(period, slice.channel());
        model.addAttribute("factors", factors);
        model.addAttribute("charts", charts.charts(factors, period, slice.channel()));
        model.addAttribute("repeated", repeats.share(period));
        model.addAttribute("clusters", repeats.clusters(slice, clock.instant()));
        model.addAttribute("channels", Channel.values());
        return "analytics/growth";
    }

    private Period week(String day) {
        LocalDate d = SliceParams.date("week", day, null, false);
        return d == null ? Period.weekBefore(clock.instant()) : Period.weekOf(d);
    }
}
