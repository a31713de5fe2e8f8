package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.security.retention.Retention;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * When a case loses its personal data after the retention period, its answers to the platforms
 * lose their text, their body and the link (it may lead to the author's post): the key, the
 * platform and the state stay.
 */
class OutboundRetentionTest extends IntegrationTest {

    @Autowired
    private Retention retention;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldEraseTheAnswerAndItsLinkWithThePersonalData() {
        Api api = new Api(rest);
        time.jumpTo(time.instant().minus(Duration.ofDays(6 * 366)));
        String receivedAt = OffsetDateTime.ofInstant(time.instant(), ZoneOffset.ofHours(11)).minusHours(1).withNano(0).toString();
        String number = OutboundCases.appeal(api, "EPGU", "epgu-retention-" + System.nanoTime(), receivedAt);
        OutboundCases.answerAppeal(api, number, "Уважаемая Мария Петровна, яму заделали.");
        long id = OutboundCases.only(api.getJson("mcu-registrar", "/api/outbound?caseNumber=" + number)).get("id").asLong();
        assertThat(api.post("mcu-registrar", "/api/outbound/" + id + "/published", "{\"url\": \"https://www.gosuslugi.ru/answer/123\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        time.reset();

        assertThat(retention.anonymiseDue()).isPositive();

        Map<String, Object> row = jdbc.queryForMap("select * from outbound_delivery where id = ?", id);
        assertThat(row.get("text_body")).isEqualTo("[обезличено]");
        assertThat((String) row.get("payload")).doesNotContain("Мария Петровна").doesNotContain("яму заделали");
        assertThat(row.get("published_url")).isNull();
        assertThat(row.get("delivery_key")).isEqualTo("epgu:" + number + ":answer");
        assertThat(row.get("status")).isEqualTo("PUBLISHED");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).toString()).doesNotContain("gosuslugi.ru/answer/123");
    }
}
