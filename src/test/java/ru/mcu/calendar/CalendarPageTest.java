package ru.mcu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.mcu.support.IntegrationTest;

/** The administrator's calendar page, driven as a browser drives it (form login, CSRF). */
class CalendarPageTest extends IntegrationTest {

    @Autowired
    private ProductionCalendar calendar;

    private PageSession session(String user) {
        return PageSession.login(rest.getRootUri(), user);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void shouldDrawTwelveMonthsWithTheDecreeDaysMarked() {
        HttpResponse<String> page = session("demo").get("/admin/calendar/2026");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Производственный календарь на <span>2026</span> год", "подтверждён", "1466");
        assertThat(count(page.body(), "<table class=\"month\"")).isEqualTo(12);
        assertThat(page.body()).contains("title=\"09.01.2026: нерабочий — Выходной перенесён с субботы 3 января\"");
        assertThat(page.body()).contains("title=\"30.04.2026: сокращённый — Предпраздничный день, на час короче\"");
        assertThat(page.body()).doesNotContain("Подтвердить календарь на");
    }

    @Test
    void shouldShowAYearWithoutDecreeAsProvisionalByTheRules() {
        HttpResponse<String> page = session("demo").get("/admin/calendar/2027");

        assertThat(page.body()).contains("предварительный", "рассчитан по правилам Трудового кодекса", "Подтвердить календарь на");
    }

    @Test
    void shouldSendTheAdministratorToTheCurrentYear() {
        HttpResponse<String> response = session("demo").get("/admin/calendar");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/calendar/" + LocalDate.ofInstant(time.instant(), ru.mcu.platform.time.LocalZone.ZONE).getYear());
    }

    @Test
    void shouldChangeADayThroughTheFormAndListItInTheHistory() {
        PageSession demo = session("demo");
        demo.get("/admin/calendar/2041");

        HttpResponse<String> response = demo.postForm("/admin/calendar/2041/day",
                Map.of("date", "2041-03-05", "kind", "NON_WORKING", "note", "Региональный праздник", "reason", "Закон области"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(calendar.kindOf(LocalDate.of(2041, 3, 5))).isEqualTo(DayKind.NON_WORKING);
        String page = demo.get("/admin/calendar/2041").body();
        assertThat(page).contains("День 05.03.2041 теперь: нерабочий", "Закон области", "изменение дня");
    }

    @Test
    void shouldShowTheErrorsOfAWrongDayChange() {
        PageSession demo = session("demo");
        demo.get("/admin/calendar/2042");

        demo.postForm("/admin/calendar/2042/day", Map.of("date", "2043-03-05", "kind", "NON_WORKING"));

        assertThat(demo.get("/admin/calendar/2042").body()).contains("не относится к 2042 году");
        assertThat(calendar.kindOf(LocalDate.of(2043, 3, 5))).isEqualTo(DayKind.WORKING);
    }

    @Test
    void shouldLoadAYearFromAnUploadedFileAndConfirmIt() {
        PageSession demo = session("demo");
        demo.get("/admin/calendar/2043");
        byte[] csv = "date;kind;note\n2043-01-09;NON_WORKING;Перенос выходного\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> upload = demo.postFile("/admin/calendar/2043/import", Map.of("source", "Проект постановления"),
                "file", "2043.csv", csv);

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(calendar.kindOf(LocalDate.of(2043, 1, 9))).isEqualTo(DayKind.NON_WORKING);
        assertThat(demo.get("/admin/calendar/2043").body()).contains("Загружено: изменено дней", "Проект постановления");

        demo.postForm("/admin/calendar/2043/confirm", Map.of());

        assertThat(calendar.isProvisional(2043)).isFalse();
        assertThat(demo.get("/admin/calendar/2043").body()).contains("Календарь на 2043 год подтверждён");
    }

    @Test
    void shouldKeepStaffWhoAreNotAdministratorsOut() {
        assertThat(session("roads-clerk").get("/admin/calendar/2026").statusCode()).isEqualTo(403);
    }
}
