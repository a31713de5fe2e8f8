package ru.mcu.security.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.mcu.security.Roles;

/**
 * {@code Authorization: Bearer <token>} on the intake endpoints: the caller becomes the
 * integration {@code token:<name>} with the authority {@code CHANNEL_<channel>}. A wrong or
 * revoked token is answered 401; a token elsewhere is not looked at (and the call is 401).
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    /** Where a channel's integration may call with its token. */
    public static final RequestMatcher INTAKE = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/appeals"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/pos/messages"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/incidents"));

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;

    public ApiTokenAuthenticationFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || !INTAKE.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Holder> holder = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (holder.isEmpty()) {
            unauthorized.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("token:" + holder.get().name(), null,
                List.of(new SimpleGrantedAuthority(Roles.CHANNEL + holder.get().channel().name()))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
