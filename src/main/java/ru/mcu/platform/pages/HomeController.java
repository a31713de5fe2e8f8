package ru.mcu.platform.pages;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page (the sections the user may open, or «Войти») and the one login page of the
 * staff, for the application's pages and the webapps alike.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(Authentication authentication) {
        // already logged in (e.g. the browser's back button to the login form): nothing to do here
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "login";
    }
}
