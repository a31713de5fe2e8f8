package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import ru.mcu.intake.AppealRequest;
import ru.mcu.platform.FieldError;

/** Reading a row into the API request names every unreadable value, not only the first. */
class RowConversionTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void shouldNameEveryUnreadableValueOfTheRow() throws Exception {
        ObjectNode row = (ObjectNode) json.readTree("""
                {"channel": "FAX", "kind": "COMPLAINT", "text": "Яма", "location": {"lat": "север", "lon": "142.7"},
                 "receivedAt": "20.11.2025"}""");

        RowConversion.Result<AppealRequest> result = RowConversion.convert(json, row, AppealRequest.class);

        assertThat(result.ok()).isFalse();
        assertThat(result.request()).isNull();
        assertThat(result.errors()).containsExactlyInAnyOrder(
                new FieldError("channel", "Недопустимое значение «FAX». Допустимые значения: LETTER, EPGU, SITE, RECEPTION, POS, INCIDENT"),
                new FieldError("location.lat", "Некорректное значение «север»: ожидается число"),
                new FieldError("receivedAt", "Некорректное значение «20.11.2025»: ожидается дата и время ISO-8601 со смещением, "
                        + "например 2026-11-20T10:15:00+11:00"));
    }

    @Test
    void shouldReadAGoodRowAsTheApiDoes() throws Exception {
        ObjectNode row = (ObjectNode) json.readTree("""
                {"channel": "SITE", "text": "Яма", "location": {"lat": "46.96", "lon": 142.7}, "unknown": 1}""");

        RowConversion.Result<AppealRequest> result = RowConversion.convert(
                json.copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false), row, AppealRequest.class);

        assertThat(result.ok()).isTrue();
        assertThat(result.request().location().lat()).isEqualTo(46.96);
        assertThat(result.request().text()).isEqualTo("Яма");
    }

    @Test
    void shouldReportAnObjectWhereAValueIsExpected() throws Exception {
        ObjectNode row = (ObjectNode) json.readTree("{\"text\": {\"a\": 1}, \"citizen\": \"Иванов\"}");

        RowConversion.Result<AppealRequest> result = RowConversion.convert(json, row, AppealRequest.class);

        assertThat(result.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("text", "citizen");
        assertThat(result.errors()).extracting(FieldError::message).containsOnly("Значение неверного типа");
    }
}
