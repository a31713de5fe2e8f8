package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;

/**
 * The analytical outputs: a clerk's case lists, cards and exports hold his department's cases
 * only, and no output carries a citizen's data, whoever asks.
 */
class AnalyticsAccessTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private Api api;
    private String number;
    private String email;
    private String period;

    @BeforeEach
    void fileCase() {
        api = new Api(rest);
        JsonNode filed = Cases.roadsAppeal(api, "Выбоина на Коммунистическом проспекте у дома 32");
        number = filed.get("number").asText();
        email = filed.get("citizen").get("email").asText();
        LocalDate today = LocalDate.ofInstant(time.instant(), LocalZone.ZONE);
        period = "from=" + today.minusDays(1) + "&to=" + today;
    }

    @Test
    void shouldExportToEachOnlyTheCasesHeMayRead() {
        String education = api.get("education-clerk", "/api/analytics/export/cases.csv?" + period).getBody();
        assertThat(education).doesNotContain(number);
        assertThat(api.get("roads-clerk", "/api/analytics/export/cases.csv?" + period).getBody()).contains(number);
        String all = api.get("mcu-head", "/api/analytics/export/cases.csv?" + period).getBody();
        assertThat(all).contains(number).doesNotContain(email).doesNotContain("Иванова").doesNotContain("+7 914");
    }

    @Test
    void shouldShowEducationClerkNoRoadsCaseOnTheAnalyticsPages() {
        Pages clerk = new Pages(port);
        clerk.login("education-clerk", "demo");
        assertThat(clerk.get("/analytics/cases?department=roads&" + period).body()).doesNotContain(number);
        assertThat(clerk.get("/analytics/cases/" + number).statusCode()).isEqualTo(404);

        Pages head = new Pages(port);
        head.login("mcu-head", "demo");
        assertThat(head.get("/analytics/cases?department=roads&" + period).body()).contains(number);
        assertThat(head.get("/analytics/cases/" + number).body()).contains(number).doesNotContain(email).doesNotContain("Иванова");
    }

    @Test
    void shouldKeepPersonalDataOutOfEveryAnalyticalOutput() {
        for (String output : new String[] {"/api/ratings?" + period, "/api/analytics/heatmap?" + period, "/api/analytics/growth",
                "/api/analytics/notes/week", "/api/analytics/export/cases.csv?" + period}) {
            String body = api.get("mcu-head", output).getBody();
            assertThat(body).as(output).isNotBlank().doesNotContain(email).doesNotContain("Иванова").doesNotContain("+7 914");
        }
    }
}
