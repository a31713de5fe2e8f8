package ru.mcu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The calendar API on the seeded database. Each test that writes uses a year of its own, far
 * from the decree years, because all integration tests share one database.
 */
class CalendarApiTest extends IntegrationTest {

    @Autowired
    private ProductionCalendar calendar;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private ResponseEntity<String> put(String user, String path, String body) {
        return api.exchange(user, HttpMethod.PUT, path, body);
    }

    private ResponseEntity<String> postCsv(String user, String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setBasicAuth(user, "demo");
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private static JsonNode day(JsonNode year, LocalDate date) {
        return year.get("days").get(date.getDayOfYear() - 1);
    }

    private static List<String> fields(ResponseEntity<String> response) {
        List<String> fields = new ArrayList<>();
        Json.parse(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void shouldServeTheSeededYearsExactlyAsTheDecreesSay() {
        for (YearDays decree : List.of(Decrees.year2025(), Decrees.year2026())) {
            JsonNode year = api.getJson("roads-clerk", "/api/calendar/" + decree.year());

            assertThat(year.get("status").asText()).isEqualTo("CONFIRMED");
            assertThat(year.get("source").asText()).contains(decree.source().substring(decree.source().indexOf('№')));
            assertThat(year.get("workingDays").asInt()).isEqualTo(247);
            assertThat(year.get("days")).hasSize(365);
            for (CalendarDay expected : decree.days()) {
                assertThat(day(year, expected.date()).get("kind").asText()).as(expected.date().toString())
                        .isEqualTo(expected.kind().name());
                assertThat(calendar.kindOf(expected.date())).isEqualTo(expected.kind());
            }
        }
        assertThat(day(api.getJson("roads-clerk", "/api/calendar/2025"), LocalDate.of(2025, 11, 1)).get("note").asText())
                .contains("Рабочая суббота");
    }

    @Test
    void shouldServeAYearWithoutDecreeAsProvisionalByTheRules() {
        JsonNode year = api.getJson("roads-clerk", "/api/calendar/2027");

        assertThat(year.get("status").asText()).isEqualTo("PROVISIONAL");
        assertThat(year.get("statusTitle").asText()).isEqualTo("предварительный");
        assertThat(day(year, LocalDate.of(2027, 5, 3)).get("kind").asText()).isEqualTo("NON_WORKING");
        assertThat(day(year, LocalDate.of(2027, 4, 30)).get("kind").asText()).isEqualTo("SHORTENED");
        assertThat(calendar.isProvisional(2027)).isTrue();
    }

    @Test
    void shouldLetAnAdministratorChangeADayAndRecordItInTheHistory() {
        LocalDate tuesday = LocalDate.of(2030, 3, 5);
        assertThat(calendar.isWorkingDay(tuesday)).isTrue();

        ResponseEntity<String> response = put("demo", "/api/calendar/2030/days/2030-03-05",
                "{\"kind\": \"NON_WORKING\", \"note\": \"Региональный нерабочий день\", \"reason\": \"Указ губернатора\"}");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(calendar.isWorkingDay(tuesday)).isFalse();
        JsonNode year = api.getJson("roads-clerk", "/api/calendar/2030");
        assertThat(day(year, tuesday).get("kind").asText()).isEqualTo("NON_WORKING");
        assertThat(day(year, tuesday).get("note").asText()).isEqualTo("Региональный нерабочий день");
        assertThat(year.get("status").asText()).isEqualTo("PROVISIONAL");
        assertThat(year.get("updatedBy").asText()).isEqualTo("demo");
        // the rest of the year is still as the rules computed it
        assertThat(day(year, LocalDate.of(2030, 2, 25)).get("kind").asText()).isEqualTo("NON_WORKING");

        JsonNode history = api.getJson("roads-clerk", "/api/calendar/2030/history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("action").asText()).isEqualTo("DAY");
        assertThat(history.get(0).get("date").asText()).isEqualTo("2030-03-05");
        assertThat(history.get(0).get("oldKind").asText()).isEqualTo("WORKING");
        assertThat(history.get(0).get("newKind").asText()).isEqualTo("NON_WORKING");
        assertThat(history.get(0).get("by").asText()).isEqualTo("demo");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("Указ губернатора");
    }

    @Test
    void shouldConfirmAYearOnlyWhenAnAdministratorSaysSo() {
        assertThat(calendar.isProvisional(2031)).isTrue();

        assertThat(api.post("roads-clerk", "/api/calendar/2031/confirm", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(calendar.isProvisional(2031)).isTrue();

        ResponseEntity<String> response = api.post("demo", "/api/calendar/2031/confirm", "");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(Json.parse(response.getBody()).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(calendar.isProvisional(2031)).isFalse();
        assertThat(api.getJson("demo", "/api/calendar/2031/history").get(0).get("action").asText()).isEqualTo("CONFIRM");
    }

    @Test
    void shouldRefuseChangesFromStaffWhoAreNotAdministrators() {
        ResponseEntity<String> day = put("roads-clerk", "/api/calendar/2032/days/2032-03-02", "{\"kind\": \"NON_WORKING\"}");
        ResponseEntity<String> csv = postCsv("roads-clerk", "/api/calendar/2032/import", "2032-03-02;NON_WORKING;x");

        assertThat(day.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Json.parse(day.getBody()).get("status").asInt()).isEqualTo(403);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 3, 2))).isTrue();
        assertThat(api.getJson("demo", "/api/calendar/2032/history")).isEmpty();
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        assertThat(api.get(null, "/api/calendar/2026").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldImportNothingWhenOneRowIsWrong() {
        String csv = """
                date;kind;note
                2033-03-01;NON_WORKING;хороший день
                2033-03-02;HOLIDAY;вид неизвестен
                2034-03-03;NON_WORKING;не тот год
                2033-03-01;WORKING;повтор
                """;

        ResponseEntity<String> response = postCsv("demo", "/api/calendar/2033/import", csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactly("line[3].kind", "line[4].date", "line[5].date");
        assertThat(calendar.isWorkingDay(LocalDate.of(2033, 3, 1))).isTrue();
        assertThat(api.getJson("demo", "/api/calendar/2033/history")).isEmpty();
    }

    @Test
    void shouldReplaceTheYearWithAnImportedFileAndKeepItProvisionalUntilConfirmed() {
        String csv = """
                # 2034 by a decree that does not exist yet
                2034-01-01;NON_WORKING;Новогодние каникулы
                02.01.2034;NON_WORKING;Новогодние каникулы
                2034-01-07;SHORTENED;Проба
                """;
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "calendar-2034.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth("demo", "demo");

        ResponseEntity<String> response = rest.exchange("/api/calendar/2034/import?source=Проект постановления",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode year = api.getJson("demo", "/api/calendar/2034");
        assertThat(year.get("status").asText()).isEqualTo("PROVISIONAL");
        assertThat(year.get("source").asText()).isEqualTo("Проект постановления");
        assertThat(day(year, LocalDate.of(2034, 1, 2)).get("kind").asText()).isEqualTo("NON_WORKING");
        assertThat(day(year, LocalDate.of(2034, 1, 7)).get("kind").asText()).isEqualTo("SHORTENED");
        // 3 January 2034 is a Tuesday the rules made a holiday; the file does not list it
        assertThat(day(year, LocalDate.of(2034, 1, 3)).get("kind").asText()).isEqualTo("WORKING");
        assertThat(api.getJson("demo", "/api/calendar/2034/history")).allSatisfy(c -> assertThat(c.get("action").asText()).isEqualTo("IMPORT"));
    }

    @Test
    void shouldImportAJsonListOfDays() {
        ResponseEntity<String> response = api.post("demo", "/api/calendar/2035/import",
                "[{\"date\": \"2035-06-11\", \"kind\": \"NON_WORKING\", \"note\": \"Перенос\"}]");

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(calendar.kindOf(LocalDate.of(2035, 6, 11))).isEqualTo(DayKind.NON_WORKING);
        // imported lists replace the year: 12 June 2035, a Tuesday holiday by the rules, is no longer listed
        assertThat(calendar.kindOf(LocalDate.of(2035, 6, 12))).isEqualTo(DayKind.WORKING);
    }

    @Test
    void shouldNameEachWrongFieldOfADayChange() {
        assertThat(fields(put("demo", "/api/calendar/2036/days/2037-01-05", "{\"kind\": \"NON_WORKING\"}"))).containsExactly("date");
        assertThat(fields(put("demo", "/api/calendar/2036/days/2036-01-05", "{\"kind\": \"HOLIDAY\"}"))).containsExactly("kind");
        assertThat(fields(put("demo", "/api/calendar/2036/days/2036-01-05", "{}"))).containsExactly("kind");
        assertThat(fields(put("demo", "/api/calendar/2036/days/5-jan", "{\"kind\": \"WORKING\"}"))).containsExactly("date");
        assertThat(fields(api.get("demo", "/api/calendar/1812"))).containsExactly("year");
        assertThat(api.getJson("demo", "/api/calendar/2036/history")).isEmpty();
    }
}
