package ru.mcu.intake.batch;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Puts the import pages behind the application's form login: the session and CSRF protection
 * of the other pages, a visitor without a session sent to {@code /login} and back. The login
 * itself is the page chain's of {@code ru.mcu.security}; this chain only reads its session.
 */
@Configuration(proxyBeanMethods = false)
class ImportPageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain importPages(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/imports", "/imports/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }
}
