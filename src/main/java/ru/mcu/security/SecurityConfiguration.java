package ru.mcu.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import ru.mcu.directory.StaffGroups;
import ru.mcu.platform.web.ApiError;

/**
 * Who may call what. The application's API wants HTTP Basic with an engine user; the engine
 * REST API is guarded by the engine's own Basic filter (so Camunda Modeler can deploy with a
 * login); the webapps keep their own login page and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
                                    IdentityService identity, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"mcu\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(),
                    ApiError.of(401, "Unauthorized", "Требуется вход: HTTP Basic с учётной записью сотрудника"));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            response.setStatus(403);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ApiError.of(403, "Forbidden", "Недостаточно прав"));
        };
        return http
                .securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationBridge(identity), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * The application's own pages (outbox, calendar, analytics...): a Russian login form
     * against the engine's users, a session, CSRF protection.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider) throws Exception {
        return http
                .securityMatcher(PAGES)
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/css/**", "/js/**", "/images/**", "/public/**").permitAll()
                        .requestMatchers("/admin/**").hasAuthority("GROUP_" + StaffGroups.ADMINS)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** The paths of the application's own pages. */
    static final String[] PAGES = {"/", "/login", "/logout", "/admin/**", "/outbox/**", "/cases/**",
            "/analytics/**", "/deadlines/**", "/css/**", "/js/**", "/images/**", "/public/**"};

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // webapps and the engine REST API authenticate on their own; Swagger UI and the
        // static pages are public
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** The engine REST API (and Camunda Modeler's deployments) require an engine user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
