package ru.mcu.outbound;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.IntegrationTest;

/**
 * Base of the tests with every outbound adapter configured, each to a path of one real HTTP
 * server ({@link ReceiverServer}) that is up for the test. The endpoints are set for the test
 * alone and cleared after it, in the shared application context (a context of its own would
 * start a second engine, which takes over the engine's registry from the shared one). The
 * worker's schedule is off in the test profile: the tests run its rounds, moving the clock past
 * the backoff (3 attempts, 1 min doubling up to 5 min).
 */
abstract class OutboundEndpointsTest extends IntegrationTest {

    static final ReceiverServer RECEIVER = new ReceiverServer();

    @Autowired
    private OutboundProperties properties;

    @BeforeEach
    void pointTheAdaptersAtTheReceiver() {
        RECEIVER.start();
        for (Adapter adapter : Adapter.values()) {
            OutboundProperties.Endpoint endpoint = properties.endpoint(adapter);
            endpoint.setUrl(RECEIVER.url("/" + adapter.id() + "/answers"));
            endpoint.setToken("test-token-" + adapter.id());
        }
    }

    @AfterEach
    void noEndpointsAgain() {
        for (Adapter adapter : Adapter.values()) {
            OutboundProperties.Endpoint endpoint = properties.endpoint(adapter);
            endpoint.setUrl(null);
            endpoint.setToken(null);
        }
        RECEIVER.stop();
    }
}
