package ru.mcu.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivers through the SMTP server configured with {@code spring.mail.*}. A batch goes over one
 * connection: opening a connection per message made a storm of escalations wait on the
 * handshakes (docs/performance.md).
 */
class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        sender.send(mime(message));
    }

    @Override
    public Map<Long, Exception> deliverAll(List<OutboxMessage> batch) {
        Map<Long, Exception> failed = new LinkedHashMap<>();
        Map<MimeMessage, Long> ids = new IdentityHashMap<>();
        List<MimeMessage> inOrder = new ArrayList<>();
        for (OutboxMessage message : batch) {
            try {
                MimeMessage mime = mime(message);
                ids.put(mime, message.getId());
                inOrder.add(mime);
            } catch (MessagingException | RuntimeException e) {
                failed.put(message.getId(), e);
            }
        }
        if (ids.isEmpty()) {
            return failed;
        }
        try {
            sender.send(inOrder.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                ids.values().forEach(id -> failed.put(id, e));
            }
            e.getFailedMessages().forEach((mime, reason) -> {
                Long id = ids.get(mime);
                if (id != null) {
                    failed.put(id, reason);
                }
            });
        } catch (MailException e) {
            // authentication refused and the like: nothing of the batch was sent
            ids.values().forEach(id -> failed.put(id, e));
        }
        return failed;
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        boolean withFile = message.getAttachment() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.getHtmlBody() != null || withFile, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        if (message.getHtmlBody() != null) {
            helper.setText(message.getTextBody(), message.getHtmlBody());
        } else {
            helper.setText(message.getTextBody(), false);
        }
        if (withFile) {
            helper.addAttachment(message.getAttachmentName(), new ByteArrayResource(message.getAttachment()), message.getAttachmentType());
        }
        mime.saveChanges();
        // a stable Message-ID lets the receiving side recognise a repeated delivery after a retry
        mime.setHeader("Message-ID", message.messageId());
        return mime;
    }

    @Override
    public String name() {
        return "smtp";
    }
}
