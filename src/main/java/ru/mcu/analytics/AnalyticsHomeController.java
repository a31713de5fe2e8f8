package ru.mcu.analytics;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The analytics landing page with links to every analytical view. */
@Controller
class AnalyticsHomeController {

    @GetMapping("/analytics")
    String home() {
        return "analytics/index";
    }
}
