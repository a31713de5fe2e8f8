package ru.mcu.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Delivers through the SMTP server configured with {@code spring.mail.*}. */
class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.getHtmlBody() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        if (message.getHtmlBody() != null) {
            helper.setText(message.getTextBody(), message.getHtmlBody());
        } else {
            helper.setText(message.getTextBody(), false);
        }
        mime.saveChanges();
        // a stable Message-ID lets the receiving side recognise a repeated delivery after a retry
        mime.setHeader("Message-ID", message.messageId());
        sender.send(mime);
    }

    @Override
    public String name() {
        return "smtp";
    }
}
