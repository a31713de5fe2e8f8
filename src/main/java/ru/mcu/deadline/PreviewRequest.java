package ru.mcu.deadline;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Importance;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/**
 * The parameters of a deadline preview as they come from a query or a form, checked all at once.
 *
 * @param channel    required: LETTER, EPGU, SITE, RECEPTION, POS or INCIDENT
 * @param rubric     optional rubric code
 * @param receivedAt optional; ISO-8601 with an offset, or a local date-time taken as Sakhalin time
 * @param importance optional, for incidents: NORMAL or HIGH
 */
record PreviewRequest(String channel, String rubric, String receivedAt, String importance) {

    /** A checked request. */
    record Checked(Channel channel, String rubric, Instant receivedAt, Importance importance) {
    }

    Checked check(Directory directory, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        Channel parsedChannel = null;
        if (blank(channel)) {
            errors.add(new FieldError("channel", "Обязательный параметр: " + allowed(Channel.values())));
        } else {
            try {
                parsedChannel = Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("channel", "Неизвестный канал «" + channel + "». Допустимые значения: "
                        + allowed(Channel.values())));
            }
        }
        String parsedRubric = blank(rubric) ? null : rubric.strip();
        if (parsedRubric != null && directory.rubric(parsedRubric).isEmpty()) {
            errors.add(new FieldError("rubric", "Неизвестная рубрика «" + parsedRubric + "»"));
        }
        Instant parsedReceivedAt = clock.instant();
        if (!blank(receivedAt)) {
            try {
                parsedReceivedAt = parseInstant(receivedAt.strip());
            } catch (DateTimeException e) {
                errors.add(new FieldError("receivedAt", "Некорректная дата и время «" + receivedAt
                        + "»: ожидается ISO-8601, например 2026-11-20T10:15:00+11:00"));
            }
        }
        Importance parsedImportance = null;
        if (!blank(importance)) {
            try {
                parsedImportance = Importance.valueOf(importance.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("importance", "Допустимые значения: " + allowed(Importance.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(parsedChannel, parsedRubric, parsedReceivedAt, parsedImportance);
    }

    /** With an offset, or without one in Sakhalin time; a '+' that a query turned into a space is restored. */
    private static Instant parseInstant(String text) {
        String value = text.replace(' ', '+');
        if (value.length() > 10 && value.charAt(10) == '+') {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            return LocalDateTime.parse(value).atZone(LocalZone.ZONE).toInstant();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String allowed(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
