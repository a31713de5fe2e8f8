package ru.mcu.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import ru.mcu.directory.StaffGroups;

/**
 * The webapps (Tasklist, Cockpit, Admin, the welcome page) behind the application's one login.
 * Camunda's container-based authentication is the webapps' documented way to take the user
 * from the servlet container's login: {@link ContainerBasedAuthenticationFilter} asks an
 * {@link AuthenticationProvider} for the user of each request and builds the webapps' session
 * authentication from it, with the groups and the webapps the engine authorizes (as Camunda's
 * own login would). Our provider reads the user of Spring Security's login. So:
 * <ul>
 *   <li>a webapp page opened without a login leads to {@code /login}, and back after it;</li>
 *   <li>Tasklist, Cockpit and Admin open only to those the engine gives the webapp
 *       ({@code APPLICATION} authorization, authority {@code APP_<app>}); others get the
 *       Russian 403 page;</li>
 *   <li>the webapps' own logout call ({@code POST /camunda/api/admin/auth/user/{engine}/logout},
 *       with the webapps' CSRF header) ends the one session; the webapps' own login endpoint is
 *       closed;</li>
 *   <li>the webapps keep their CSRF protection and security headers; Spring Security adds
 *       none of its own here.</li>
 * </ul>
 * This is the only class of the application that uses the webapps' implementation package
 * ({@code org.camunda.bpm.webapp.impl.security}), their extension point for this.
 * <p>
 * While the engine has no administrator (a new production database without
 * {@code camunda.bpm.admin-user}), the webapps are left to their own rules and login so that
 * Admin's setup page can create the first one.
 */
@Configuration(proxyBeanMethods = false)
class WebappLogin {

    /** Where the webapps live ({@code camunda.bpm.webapp.application-path}). */
    static final String WEBAPPS = "/camunda";

    /** The webapps' CSRF cookie and header (Camunda's {@code CsrfPreventionFilter}). */
    private static final String CSRF_COOKIE = "XSRF-TOKEN";
    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @Bean
    NoAdministratorYet noAdministratorYet(IdentityService identity) {
        return new NoAdministratorYet(identity);
    }

    @Bean
    @Order(3)
    SecurityFilterChain webappSecurity(HttpSecurity http, NoAdministratorYet setup) throws Exception {
        RequestMatcher api = path(WEBAPPS + "/api/**");
        return http
                .securityMatcher(path(WEBAPPS + "/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(setup).permitAll()
                        .requestMatchers(path(WEBAPPS + "/api/admin/auth/user/*/login/**")).denyAll()
                        .requestMatchers(path(WEBAPPS + "/app/tasklist/**")).hasAuthority(Roles.APP + "tasklist")
                        .requestMatchers(path(WEBAPPS + "/app/cockpit/**")).hasAuthority(Roles.APP + "cockpit")
                        .requestMatchers(path(WEBAPPS + "/app/admin/**")).hasAuthority(Roles.APP + "admin")
                        .requestMatchers(path(WEBAPPS + "/app/**"), api).authenticated()
                        // the webapps' shared scripts, styles and favicon
                        .anyRequest().permitAll())
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .requestCache(cache -> cache.requestCache(SecurityConfiguration.pageRequests()))
                .logout(logout -> logout
                        .logoutRequestMatcher(WebappLogin::isWebappLogout)
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                // the webapps' own CSRF filter protects them (XSRF-TOKEN cookie, X-XSRF-TOKEN header)
                .csrf(AbstractHttpConfigurer::disable)
                // the webapps send their own content security policy
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * The webapps' «Выйти»: their logout call, carrying the webapps' CSRF token as their own
     * filter wants it (header equal to the cookie, which another site can neither read nor set).
     */
    static boolean isWebappLogout(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!HttpMethod.POST.matches(request.getMethod())
                || !path.matches(WEBAPPS + "/api/admin/auth/user/[^/]+/logout")) {
            return false;
        }
        String header = request.getHeader(CSRF_HEADER);
        Cookie[] cookies = request.getCookies();
        return header != null && !header.isEmpty() && cookies != null
                && Arrays.stream(cookies).anyMatch(c -> CSRF_COOKIE.equals(c.getName()) && header.equals(c.getValue()));
    }

    /** Builds the webapps' authentication from the user of the one login, after Spring Security's filters. */
    @Bean
    FilterRegistrationBean<SpringSecurityUserFilter> webappAuthentication(NoAdministratorYet setup) {
        FilterRegistrationBean<SpringSecurityUserFilter> registration = new FilterRegistrationBean<>(new SpringSecurityUserFilter(setup));
        registration.setName("webapp-authentication");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
        return registration;
    }

    /**
     * Camunda's container-based authentication filter with our provider instead of one named in
     * an init parameter; out of the way while the webapps' setup creates the first administrator.
     */
    static final class SpringSecurityUserFilter extends ContainerBasedAuthenticationFilter {

        private final NoAdministratorYet setup;

        SpringSecurityUserFilter(NoAdministratorYet setup) {
            this.setup = setup;
        }

        @Override
        public void init(FilterConfig filterConfig) {
            authenticationProvider = new SpringSecurityUser();
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (setup.matches((HttpServletRequest) request)) {
                chain.doFilter(request, response);
                return;
            }
            super.doFilter(request, response, chain);
        }
    }

    /** The user Spring Security has authenticated for this request, with his engine groups and tenants. */
    static final class SpringSecurityUser implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(auth.getName());
            result.setGroups(withPrefix(auth, Roles.GROUP));
            result.setTenants(withPrefix(auth, Roles.TENANT));
            return result;
        }

        private static List<String> withPrefix(Authentication auth, String prefix) {
            return auth.getAuthorities().stream()
                    .map(a -> a.getAuthority())
                    .filter(a -> a.startsWith(prefix))
                    .map(a -> a.substring(prefix.length()))
                    .toList();
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // the login is the application's page; Spring Security has already sent an
            // anonymous visitor of a webapp page there
        }
    }

    /**
     * True until the engine has an administrator. Once one exists it is remembered: removing
     * every administrator later does not reopen the setup until a restart.
     */
    static final class NoAdministratorYet implements RequestMatcher {

        private final IdentityService identity;
        private final AtomicBoolean administratorExists = new AtomicBoolean();

        NoAdministratorYet(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        public boolean matches(HttpServletRequest request) {
            if (administratorExists.get()) {
                return false;
            }
            if (identity.createUserQuery().memberOfGroup(StaffGroups.ADMINS).count() > 0) {
                administratorExists.set(true);
                return false;
            }
            return true;
        }
    }
}
