package ru.mcu.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Real SMTP when {@code spring.mail.host} is set, the local mailbox otherwise. */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailTransportConfiguration.class);

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
