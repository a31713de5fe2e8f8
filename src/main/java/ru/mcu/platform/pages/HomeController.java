package ru.mcu.platform.pages;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one login page of the staff, for the application's pages and the webapps alike. The
 * landing page {@code /} (the morning dashboard and the sections) is
 * {@code ru.mcu.analytics.dashboard.HomePageController}.
 */
@Controller
class HomeController {

    @GetMapping("/login")
    String login(Authentication authentication) {
        // already logged in (e.g. the browser's back button to the login form): nothing to do here
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "login";
    }
}
