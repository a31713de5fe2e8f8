package ru.mcu.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code mcu.api.max-concurrent-requests} API calls at work at once; a call that finds
 * them all busy waits up to {@code mcu.api.queue-wait} for a place and is then refused at once
 * with 503 and {@code Retry-After}, before it has touched anything. Without this bound, an
 * offered load above what the server can do (twice its intake rate) had every request thread
 * wait for one of the database connections, time out after 5 s and answer 503 with a logged
 * error: the server spent its CPU on refusals and filed 2 appeals a second instead of 40
 * (docs/performance.md, "Overload"). With it, the server keeps working at its pace and the
 * excess learns quickly that it should retry; what it accepted is accepted as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class ApiConcurrencyLimit extends OncePerRequestFilter {

    static final String MESSAGE = "Сервер перегружен. Повторите запрос через несколько секунд.";
    static final String RETRY_AFTER_SECONDS = "2";

    private final Semaphore places;
    private final long waitNanos;
    private final ObjectMapper json;

    ApiConcurrencyLimit(@Value("${mcu.api.max-concurrent-requests:16}") int maxConcurrent,
                        @Value("${mcu.api.queue-wait:PT1S}") Duration queueWait, ObjectMapper json) {
        this.places = new Semaphore(Math.max(1, maxConcurrent), true);
        this.waitNanos = queueWait.toNanos();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ApiError.of(503, "Service Unavailable", MESSAGE));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
