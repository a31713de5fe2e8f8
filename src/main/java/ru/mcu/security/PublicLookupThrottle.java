package ru.mcu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits guessing on the citizen's public case page: an address (the client's IP, as the
 * proxy reports it with {@code server.forward-headers-strategy}) that failed
 * {@code mcu.public-lookup.max-failures} lookups of a number and code within
 * {@code mcu.public-lookup.window} gets the page «Слишком много попыток» (429) for every lookup
 * until its failures age out, a right code included. Kept in memory, per application instance.
 */
@Controller
class PublicLookupThrottle implements HandlerInterceptor, WebMvcConfigurer {

    static final String BLOCKED_PAGE = "/public/too-many-attempts";
    /** Entries beyond which addresses with only old failures are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    PublicLookupThrottle(@Value("${mcu.public-lookup.max-failures:10}") int maxFailures,
                         @Value("${mcu.public-lookup.window:PT10M}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/public/cases/*", "/public/cases/*/rating");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (recentFailures(request.getRemoteAddr()) < maxFailures) {
            return true;
        }
        request.getRequestDispatcher(BLOCKED_PAGE).forward(request, response);
        return false;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        // the lookup answers a wrong code and an unknown number alike, with this flag
        if (view != null && Boolean.TRUE.equals(view.getModel().get("notFound"))) {
            Instant now = clock.instant();
            failures.compute(request.getRemoteAddr(), (ip, times) -> {
                Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
                list.addLast(now);
                return list;
            });
            if (failures.size() > PRUNE_ABOVE) {
                failures.keySet().removeIf(ip -> recentFailures(ip) == 0);
            }
        }
    }

    @GetMapping(BLOCKED_PAGE)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String blocked(org.springframework.ui.Model model) {
        model.addAttribute("minutes", window.toMinutes());
        return "public/too-many-attempts";
    }

    /** Forgets every failure (tests, or an administrator after a false alarm). */
    void reset() {
        failures.clear();
    }

    private int recentFailures(String ip) {
        Instant since = clock.instant().minus(window);
        Deque<Instant> times = failures.computeIfPresent(ip, (key, deque) -> {
            while (!deque.isEmpty() && deque.peekFirst().isBefore(since)) {
                deque.pollFirst();
            }
            return deque.isEmpty() ? null : deque;
        });
        return times == null ? 0 : times.size();
    }
}
