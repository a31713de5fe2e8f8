package ru.mcu.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.ClassUtils;

/** Real SMTP when {@code spring.mail.host} is set, the local mailbox otherwise. */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailTransportConfiguration.class);

    /** The system property jakarta.mail reads before it asks {@link java.util.ServiceLoader}. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        nameTheStreamProvider();
    }

    /**
     * jakarta.mail 2.1 looks up its {@code StreamProvider} every time a message, a body part or
     * a multipart is built, and without this property through {@link java.util.ServiceLoader}:
     * a scan of every jar on the class path, a quarter of the JVM's time when a storm of
     * escalations is sent (jakartaee/mail-api issues 699 and 861; docs/performance.md, "The storm,
     * cut"). Naming the provider Angus Mail registers anyway makes the lookup a class load. A
     * value already set is kept. With the property set, jakarta.mail loads the class through the
     * thread's context class loader and no longer falls back: mail is built on the application's
     * own threads (the outbox worker, the requests), whose loader sees Angus Mail.
     */
    static void nameTheStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailTransportConfiguration.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host): e-mails are kept in the local mailbox, see /outbox");
            return new LocalMailboxTransport();
        }
        return new SmtpMailTransport(smtp, properties.from());
    }
}
