package ru.mcu.analytics.trends;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.SliceParams;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.Channel;
import ru.mcu.platform.time.LocalZone;

/** The page «Динамика за год»: the year up to a day (by default today), optionally one channel. */
@Controller
class TrendsPageController {

    private final YearTrends trends;
    private final CaseAccess access;
    private final Clock clock;

    TrendsPageController(YearTrends trends, CaseAccess access, Clock clock) {
        this.trends = trends;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/analytics/trends")
    String page(@RequestParam(required = false) String to, @RequestParam(required = false) String channel, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        LocalDate last = SliceParams.date("to", to, today, false);
        CaseSlice slice = SliceParams.parse(clock, last.toString(), last.toString(), channel, null, null, null, null, null, null);
        Period lastWeek = Period.weekOf(last);
        CaseAccess.Scope scope = access.scope();
        model.addAttribute("slice", slice);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("inflow", trends.inflowByTopic(lastWeek, slice.channel(), scope));
        model.addAttribute("onTime", trends.onTimeByDepartment(last, slice.channel(), scope));
        return "analytics/trends";
    }
}
