package ru.mcu.outbound;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.mcu.support.IntegrationTest;

/**
 * Base of the tests with every outbound adapter configured, each to a path of one real HTTP
 * server ({@link ReceiverServer}); a context of its own. The worker's schedule and the ЦУР's
 * cron are off: the tests run the rounds themselves, moving the clock past the backoff.
 */
abstract class OutboundEndpointsTest extends IntegrationTest {

    static final ReceiverServer RECEIVER = new ReceiverServer();

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        for (String adapter : new String[] {"pos", "incident", "epgu", "bi"}) {
            registry.add("mcu.outbound." + adapter + ".url", () -> RECEIVER.url("/" + adapter + "/answers"));
            registry.add("mcu.outbound." + adapter + ".token", () -> "test-token-" + adapter);
        }
        registry.add("mcu.outbound.bi.cron", () -> "-");
        registry.add("mcu.outbound.poll-interval", () -> "PT1H");
        registry.add("mcu.outbound.initial-delay", () -> "PT1H");
        registry.add("mcu.outbound.max-attempts", () -> "3");
        registry.add("mcu.outbound.first-retry", () -> "PT1M");
        registry.add("mcu.outbound.max-retry", () -> "PT5M");
        registry.add("mcu.outbound.request-timeout", () -> "PT5S");
    }
}
