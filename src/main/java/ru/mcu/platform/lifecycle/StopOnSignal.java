package ru.mcu.platform.lifecycle;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * A requested stop is a normal end: on SIGTERM ({@code kill}, systemd, a container's stop) or
 * SIGINT (Ctrl+C) the application finishes its requests, closes the engine and the database and
 * exits with status 0. The JVM's own handling exits with 143 or 130, which {@code mvn
 * spring-boot:run} reports as BUILD FAILURE although nothing failed. Installed once the
 * application is ready; a signal during start-up keeps the JVM's default.
 *
 * <p>{@code sun.misc.Signal} (module {@code jdk.unsupported}) is the only way the JDK offers to
 * handle a signal; it is used here and nowhere else.
 */
@Component
@ConditionalOnProperty(name = "mcu.exit-zero-on-stop", havingValue = "true", matchIfMissing = true)
class StopOnSignal implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StopOnSignal.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> stop(context, signal.getName()));
            } catch (IllegalArgumentException e) {
                log.debug("Signal {} cannot be handled on this platform: {}", name, e.getMessage());
            }
        }
    }

    private static void stop(ConfigurableApplicationContext context, String signal) {
        log.info("Stop requested (SIG{}): finishing requests, closing the engine and the database", signal);
        // not on the signal's own thread, which must return at once
        Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 0)), "mcu-stop");
        stopper.start();
    }
}
