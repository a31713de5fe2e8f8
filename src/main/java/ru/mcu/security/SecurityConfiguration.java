package ru.mcu.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import ru.mcu.directory.StaffGroups;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.web.ApiFallbackFilter;
import ru.mcu.platform.web.DatabaseUnavailable;
import ru.mcu.security.audit.ApiChangeAudit;
import ru.mcu.security.audit.AuditLog;
import ru.mcu.security.token.ApiTokenAuthenticationFilter;
import ru.mcu.security.token.ApiTokens;

/**
 * Who may call what. Staff log in once, on the application's login page ({@code /login},
 * against the engine's users), into one session good for the application's pages, the
 * webapps ({@link WebappLogin}) and the application's API. The API also takes HTTP Basic with
 * an engine user, or on the intake endpoints an integration's token; the engine REST API takes
 * HTTP Basic only, checked the same way (so Camunda Modeler can deploy with a login). What a
 * caller may see beyond that is decided by the engine's authorizations and
 * {@link CaseAccessPolicy}.
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

    /** {@link #PAGE_CSP} with the heat map's tile server allowed as a source of images. */
    static String pageCsp(ru.mcu.analytics.heatmap.MapProperties map) {
        String origin = map.tileOrigin();
        return origin == null ? PAGE_CSP : PAGE_CSP.replace("img-src 'self' data:;", "img-src 'self' data: " + origin + ";");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
                                    IdentityService identity, ApiTokens tokens, AuditLog audit, ObjectMapper json)
            throws Exception {
        AuthenticationEntryPoint unauthorized = basicChallenge(json, "mcu",
                ApiError.of(401, "Unauthorized", "Требуется вход: HTTP Basic с учётной записью сотрудника или токен интеграции"));
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
                        .requestMatchers("/api/routing/**").hasAnyAuthority(ROUTING_STAFF)
                        .requestMatchers("/api/registers/**").hasAnyAuthority(REGISTER_STAFF)
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

    /**
     * 401 with an HTTP Basic challenge of {@code realm} and {@code body} as JSON; 503 when the
     * credentials could not be checked at all because the database is away (not the caller's fault).
     */
    private static AuthenticationEntryPoint basicChallenge(ObjectMapper json, String realm, Object body) {
        return (request, response, e) -> {
            if (DatabaseUnavailable.causedBy(e)) {
                ApiFallbackFilter.writeUnavailable(response, json);
                return;
            }
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        };
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
     * The application's own pages (outbox, audit, calendar, analytics...) and the one login of
     * the staff: a Russian login form against the engine's users, a session, CSRF protection, a
     * content security policy. After the login the user is back on the page (or webapp) he
     * asked for, with its fragment ({@code #/?task=...} of a Tasklist link in an e-mail).
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
                                     ru.mcu.analytics.heatmap.MapProperties map) throws Exception {
        RedirectStrategy keepFragment = new KeepFragment();
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        success.setRequestCache(pageRequests());
        success.setRedirectStrategy(keepFragment);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                EngineIdentityAuthenticationProvider.LockedForGood.class.getName(), "/login?blocked"));
        failure.setRedirectStrategy(keepFragment);
        return http
                .securityMatcher(PAGES)
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/css/**", "/js/**", "/images/**", "/public/**").permitAll()
                        .requestMatchers("/admin/**").hasAuthority(Roles.GROUP + StaffGroups.ADMINS)
                        .requestMatchers("/audit/**").hasAnyAuthority(Roles.GROUP + StaffGroups.MCU_HEADS,
                                Roles.GROUP + StaffGroups.ADMINS)
                        .requestMatchers("/routing/**").hasAnyAuthority(ROUTING_STAFF)
                        .requestMatchers("/analytics/registers", "/analytics/registers/**").hasAnyAuthority(REGISTER_STAFF)
                        .anyRequest().authenticated())
                .requestCache(cache -> cache.requestCache(pageRequests()))
                .formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .contentSecurityPolicy(csp -> csp.policyDirectives(pageCsp(map)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Who may open {@code /routing} and its API: routing managers, the head of the МЦУ, administrators. */
    static final String[] ROUTING_STAFF = {Roles.GROUP + StaffGroups.ROUTING_MANAGERS, Roles.GROUP + StaffGroups.MCU_HEADS,
            Roles.GROUP + StaffGroups.ADMINS};

    /**
     * Who may open the МЦУ's registers ({@code /analytics/registers}, {@code /api/registers}): the head of the МЦУ, the
     * coordinators, the curator (reading only: the changes are refused by {@code ru.mcu.registers}) and administrators.
     */
    static final String[] REGISTER_STAFF = {Roles.GROUP + StaffGroups.MCU_HEADS, Roles.GROUP + StaffGroups.POS_COORDINATORS,
            Roles.GROUP + StaffGroups.IM_COORDINATORS, Roles.GROUP + StaffGroups.CURATORS, Roles.GROUP + StaffGroups.ADMINS};

    /** The paths of the application's own pages. */
    static final String[] PAGES = {"/", "/login", "/logout", "/admin/**", "/outbox/**", "/letters/**", "/outbound/**", "/answer-templates/**", "/pos-categories", "/pos-categories/**", "/audit/**", "/cases/**",
            "/routing", "/routing/**",
            "/analytics/**", "/deadlines/**", "/imports/**", "/css/**", "/js/**", "/images/**", "/public/**"};

    /**
     * Where a visitor without a login was going, kept in his session until he has logged in:
     * pages a browser opens (GET, HTML), not the scripts' calls. No {@code ?continue} marker is
     * added to the address he comes back to.
     */
    static RequestCache pageRequests() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html"));
        return cache;
    }

    /**
     * Redirects after the login form (success or failure) with the fragment the login page was
     * opened with ({@code /login#/?task=...}: the browser keeps a link's fragment across the
     * redirect to the login page, and the page hands it in as the field {@code fragment}).
     */
    static final class KeepFragment implements RedirectStrategy {

        private static final Pattern FRAGMENT = Pattern.compile("#[^\\s\\p{Cntrl}#]{1,2000}");

        private final RedirectStrategy redirect = new DefaultRedirectStrategy();

        @Override
        public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
            String fragment = request.getParameter("fragment");
            boolean keep = fragment != null && FRAGMENT.matcher(fragment).matches() && !url.contains("#");
            redirect.sendRedirect(request, response, keep ? url + fragment : url);
        }
    }

    @Bean
    @Order(10)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // the engine REST API has its own chain above; Swagger UI and the static pages are public
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The engine REST API (Camunda Modeler's deployments, integrations) requires an engine user
     * over HTTP Basic, checked like the application's API by {@link EngineIdentityAuthenticationProvider}:
     * locked users refused, a good check remembered for a short time, the groups taken from it, so
     * a call does not cost the engine's password hash and group query each time. No session, no
     * CSRF (every call carries its credentials). The list of engines stays public, as Camunda has it.
     */
    @Bean
    @Order(4)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, EngineIdentityAuthenticationProvider provider, ObjectMapper json)
            throws Exception {
        AuthenticationEntryPoint unauthorized = basicChallenge(json, "default", Map.of("type", "AuthenticationException",
                "message", "Требуется вход: HTTP Basic с учётной записью сотрудника"));
        return http
                // the engine REST API is a servlet of its own (Jersey), not Spring MVC's
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/engine")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** The engine's authentication of each REST call: the user and his groups as Spring Security checked them. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void init(jakarta.servlet.FilterConfig filterConfig) throws jakarta.servlet.ServletException {
                        super.init(filterConfig);
                        authenticationProvider = new WebappLogin.SpringSecurityUser();
                    }
                });
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
