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
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import ru.mcu.directory.StaffGroups;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.web.ApiFallbackFilter;
import ru.mcu.platform.web.DatabaseUnavailable;
import ru.mcu.security.audit.ApiChangeAudit;
import ru.mcu.security.audit.AuditLog;
import ru.mcu.security.token.ApiTokenAuthenticationFilter;
import ru.mcu.security.token.ApiTokens;

/**
 * Who may call what. The application's API wants HTTP Basic with an engine user (or the
 * session of the application's pages), or on the intake endpoints an integration's token; the
 * engine REST API is guarded by the engine's own Basic filter (so Camunda Modeler can deploy
 * with a login); the webapps keep their own login page and CSRF protection. What a caller may
 * see beyond that is decided by the engine's authorizations and {@link CaseAccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The application's pages: scripts, styles and images from the application only (inline
     * style attributes allowed for the SVG charts), no framing by other sites, forms posting
     * only here.
     */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
                                    IdentityService identity, ApiTokens tokens, AuditLog audit, ObjectMapper json)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (DatabaseUnavailable.causedBy(e)) {
                // the credentials could not be checked at all: not the caller's fault
                ApiFallbackFilter.writeUnavailable(response, json);
                return;
            }
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"mcu\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(),
                    ApiError.of(401, "Unauthorized", "Требуется вход: HTTP Basic с учётной записью сотрудника или токен интеграции"));
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
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ApiTokenAuthenticationFilter.INTAKE).authenticated()
                        .requestMatchers("/api/admin/**").hasAuthority(Roles.GROUP + StaffGroups.ADMINS)
                        .requestMatchers("/api/audit/**").hasAnyAuthority(Roles.GROUP + StaffGroups.MCU_HEADS,
                                Roles.GROUP + StaffGroups.ADMINS)
                        .anyRequest().access(staffOnly()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                // Basic and tokens never open a session; a user logged in on the pages may call the API with his session
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                // a call carrying its credentials cannot be forged by another site; one relying on the session cookie can
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !"GET".equals(request.getMethod())
                        && !"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())
                        && request.getHeader("Authorization") == null && request.getSession(false) != null))
                .headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationBridge(identity), BasicAuthenticationFilter.class)
                .addFilterAfter(new ApiChangeAudit(audit), EngineAuthenticationBridge.class)
                .build();
    }

    /** Any logged-in member of the staff; an integration's token is good for intake only. */
    private static AuthorizationManager<RequestAuthorizationContext> staffOnly() {
        return (authentication, context) -> {
            var auth = authentication.get();
            return new AuthorizationDecision(auth != null && auth.isAuthenticated() && !Roles.of(auth).groups().isEmpty()
                    && !Roles.of(auth).isToken());
        };
    }

    /**
     * The application's own pages (outbox, audit, calendar, analytics...): a Russian login form
     * against the engine's users, a session, CSRF protection, a content security policy.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider) throws Exception {
        return http
                .securityMatcher(PAGES)
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/css/**", "/js/**", "/images/**", "/public/**").permitAll()
                        .requestMatchers("/admin/**").hasAuthority(Roles.GROUP + StaffGroups.ADMINS)
                        .requestMatchers("/audit/**").hasAnyAuthority(Roles.GROUP + StaffGroups.MCU_HEADS,
                                Roles.GROUP + StaffGroups.ADMINS)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** The paths of the application's own pages. */
    static final String[] PAGES = {"/", "/login", "/logout", "/admin/**", "/outbox/**", "/audit/**", "/cases/**",
            "/analytics/**", "/deadlines/**", "/css/**", "/js/**", "/images/**", "/public/**"};

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // webapps and the engine REST API authenticate on their own (the webapps send their own
        // content security policy); Swagger UI and the static pages are public
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
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
