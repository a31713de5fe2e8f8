package ru.mcu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The bound on API calls at work: the excess is refused quickly with 503, the rest go through. */
class ApiConcurrencyLimitTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRefuseACallThatFindsEveryPlaceBusyAndAdmitItOnceOneIsFree() throws Exception {
        ApiConcurrencyLimit limit = new ApiConcurrencyLimit(1, Duration.ofMillis(50), json);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger served = new AtomicInteger();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                limit.doFilter(post("/api/appeals"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    served.incrementAndGet();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(post("/api/appeals"), refused, new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo(ApiConcurrencyLimit.RETRY_AFTER_SECONDS);
        assertThat(json.readTree(refused.getContentAsByteArray()).get("message").asText()).isEqualTo(ApiConcurrencyLimit.MESSAGE);

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        assertThat(served).hasValue(1);
        MockHttpServletResponse admitted = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(post("/api/appeals"), admitted, chain);
        assertThat(chain.getRequest()).as("the call after the first went through").isNotNull();
        assertThat(admitted.getStatus()).isEqualTo(200);
    }

    @Test
    void shouldLeaveEverythingButTheApiAlone() throws Exception {
        ApiConcurrencyLimit limit = new ApiConcurrencyLimit(1, Duration.ofMillis(50), json);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
            try {
                limit.doFilter(post("/api/cases"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        MockFilterChain page = new MockFilterChain();
        limit.doFilter(new MockHttpServletRequest("GET", "/analytics/rating"), new MockHttpServletResponse(), page);

        assertThat(page.getRequest()).as("pages are not bounded here").isNotNull();
        release.countDown();
        busy.get(30, TimeUnit.SECONDS);
    }

    private static MockHttpServletRequest post(String path) {
        return new MockHttpServletRequest("POST", path);
    }
}
