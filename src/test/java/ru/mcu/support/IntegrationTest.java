package ru.mcu.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring Boot tests of the whole application: embedded PostgreSQL, a real SMTP
 * server (GreenMail) on a free loopback port, the web server on a random port. All subclasses
 * share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = {ru.mcu.McuApplication.class, IntegrationTest.Clocks.class})
@ActiveProfiles("test")
public abstract class IntegrationTest {

    /** The SMTP server every integration test's application delivers to. */
    protected static final GreenMail SMTP;

    static {
        // a fixed port (free when chosen), so that a test can stop and restart the server to
        // play an SMTP outage while the application keeps its mail settings
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            SMTP = new GreenMail(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        SMTP.start();
    }

    @Autowired
    protected TestRestTemplate rest;

    /** The application's and the engine's clock; every test starts on {@link TestDays#TODAY}. */
    @Autowired
    protected TimeTravel time;

    @Autowired
    private org.camunda.bpm.engine.ManagementService jobs;

    @Autowired
    private org.camunda.bpm.engine.RuntimeService processes;

    /**
     * Waits until the job executor has run the jobs of the case's process that are due now (a
     * timer already past when the case was filed, or after a jump in time), so that none of them
     * changes the process at the same moment as the test's next step.
     */
    protected void settleJobsOf(String caseNumber) {
        var instance = processes.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        if (instance == null) {
            return;
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jobs.createJobQuery().processInstanceId(instance.getId()).executable().count() == 0);
    }

    /** Every test starts on the test day, whatever the machine's date and whatever the test before did. */
    @org.junit.jupiter.api.BeforeEach
    void startOnTheTestDay() {
        time.reset();
    }

    @org.junit.jupiter.api.AfterEach
    void backToTheTestDay() {
        time.reset();
    }

    /** Replaces the application's clock with one tests can move. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        TimeTravel timeTravel() {
            return new TimeTravel();
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** The REST client logged in as a demo user. */
    protected TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }
}
