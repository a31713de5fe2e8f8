package ru.mcu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

/** A batch over one SMTP connection: which messages count as sent when some are refused. */
class SmtpMailTransportTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final SmtpMailTransport transport = new SmtpMailTransport(sender, "mcu@example.ru");
    private final List<OutboxMessage> batch = List.of(message(1L, "a@example.ru"), message(2L, "b@example.ru"), message(3L, "c@example.ru"));

    @BeforeEach
    void mimeMessages() {
        when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
    }

    @Test
    void shouldReportOnlyTheMessagesTheServerRefused() {
        doAnswer(call -> {
            Object[] sent = call.getArguments();
            assertThat(sent).hasSize(3);
            assertThat(((MimeMessage) sent[1]).getMessageID()).isEqualTo(batch.get(1).messageId());
            Map<Object, Exception> refused = new LinkedHashMap<>();
            refused.put(sent[1], new IllegalStateException("550 mailbox unavailable"));
            throw new MailSendException(refused);
        }).when(sender).send(any(MimeMessage[].class));

        Map<Long, Exception> failed = transport.deliverAll(batch);

        assertThat(failed).containsOnlyKeys(2L);
        assertThat(failed.get(2L)).hasMessageContaining("550");
    }

    @Test
    void shouldReportTheWholeBatchWhenTheServerCannotBeReached() {
        doThrow(new MailAuthenticationException("535 authentication failed")).when(sender).send(any(MimeMessage[].class));

        assertThat(transport.deliverAll(batch)).containsOnlyKeys(1L, 2L, 3L);
    }

    @Test
    void shouldReportNothingWhenEveryMessageWasAccepted() {
        assertThat(transport.deliverAll(batch)).isEmpty();
    }

    private static OutboxMessage message(long id, String recipient) {
        OutboxMessage message = new OutboxMessage();
        ReflectionTestUtils.setField(message, "id", id);
        ReflectionTestUtils.setField(message, "messageKey", "escalation:" + id);
        ReflectionTestUtils.setField(message, "recipient", recipient);
        ReflectionTestUtils.setField(message, "subject", "Просрочен срок ответа");
        ReflectionTestUtils.setField(message, "textBody", "Текст письма");
        ReflectionTestUtils.setField(message, "status", OutboxStatus.PENDING);
        return message;
    }
}
