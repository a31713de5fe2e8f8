package ru.mcu.analytics.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.Pages;
import ru.mcu.support.IntegrationTest;

/**
 * Every figure of the ССТУ-style results report opens the list of exactly the cases it counts,
 * in both groupings, on a data set counted by hand (May 2017, a month no other test writes in):
 *
 * <pre>
 * S1 SITE      roads.potholes   roads         closed 10.05  MEASURES_TAKEN   control to 10.06, open   (citizen's data seeded)
 * S2 EPGU      roads.potholes   roads         closed 12.05  SUPPORTED
 * S3 LETTER    waste.collection city-economy  closed 15.05  EXPLAINED        control to 20.05, confirmed 21.05
 * S4 RECEPTION (no rubric)      roads         closed 16.05  (no type)
 * S5 LETTER    waste.collection (none)        forwarded 18.05 FORWARDED
 * S6 SITE      roads.potholes   roads         closed 20.05  NOT_SUPPORTED
 * S7 SITE      roads.potholes   roads         closed 21.05  LEFT_WITHOUT_ANSWER
 * S8 SITE      waste.collection city-economy  closed 22.05  ANSWERED_TO_AUTHOR
 * S9 SITE      roads.potholes   roads         closed 28.04  MEASURES_TAKEN   control to 01.06, open: on control at the end of May only
 * SJ SITE      roads.potholes   roads         closed 01.06  MEASURES_TAKEN   (June: not counted)
 * SO SITE      roads.potholes   roads         open                            (not counted)
 * P1 POS       roads.potholes   roads         closed 11.05  (no type: not a 59-ФЗ appeal, not counted)
 * I1 INCIDENT  roads.potholes   roads         closed 12.05  (no type: not counted)
 * </pre>
 */
class ResultReportLinksTest extends IntegrationTest {

    static final String NAME = "Светозарова Агриппина Лукинична";
    static final String EMAIL = "agrippina.s@example.ru";
    static final String PHONE = "+7 914 555-31-17";

    private static final Pattern FIGURE = Pattern.compile("<td class=\"num\">(?:<a href=\"([^\"]+)\">)?(\\d+)(?:</a>)?</td>");
    private static final Pattern FOUND = Pattern.compile("найдено: <strong>(\\d+)</strong>");

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    @BeforeEach
    void seed() {
        CaseRows.deleteAll(jdbc, "T-SSTU-");
        closed("T-SSTU-S1", "SITE", "roads.potholes", "roads", "2017-05-10 10:00", "MEASURES_TAKEN")
                .set("control_until", java.sql.Date.valueOf("2017-06-10")).citizen(NAME, EMAIL, PHONE, "693000, ул. Секретная, 7").insert(jdbc);
        closed("T-SSTU-S2", "EPGU", "roads.potholes", "roads", "2017-05-12 10:00", "SUPPORTED").insert(jdbc);
        closed("T-SSTU-S3", "LETTER", "waste.collection", "city-economy", "2017-05-15 10:00", "EXPLAINED")
                .set("control_until", java.sql.Date.valueOf("2017-05-20")).set("control_closed_at", CaseRows.local("2017-05-21 10:00")).insert(jdbc);
        closed("T-SSTU-S4", "RECEPTION", null, "roads", "2017-05-16 10:00", null).insert(jdbc);
        CaseRows.of("T-SSTU-S5").channel("LETTER").rubric("waste.collection").received("2017-05-17 10:00")
                .set("closed_at", CaseRows.local("2017-05-18 10:00")).set("resolution", "FORWARDED").set("forwarded_to", "Министерство ЖКХ")
                .set("result_type", "FORWARDED").insert(jdbc);
        closed("T-SSTU-S6", "SITE", "roads.potholes", "roads", "2017-05-20 10:00", "NOT_SUPPORTED").insert(jdbc);
        closed("T-SSTU-S7", "SITE", "roads.potholes", "roads", "2017-05-21 10:00", "LEFT_WITHOUT_ANSWER").insert(jdbc);
        closed("T-SSTU-S8", "SITE", "waste.collection", "city-economy", "2017-05-22 10:00", "ANSWERED_TO_AUTHOR").insert(jdbc);
        closed("T-SSTU-S9", "SITE", "roads.potholes", "roads", "2017-04-28 10:00", "MEASURES_TAKEN")
                .set("control_until", java.sql.Date.valueOf("2017-06-01")).insert(jdbc);
        closed("T-SSTU-SJ", "SITE", "roads.potholes", "roads", "2017-06-01 10:00", "MEASURES_TAKEN").insert(jdbc);
        CaseRows.of("T-SSTU-SO").rubric("roads.potholes").department("roads").received("2017-05-20 10:00").open().insert(jdbc);
        closed("T-SSTU-P1", "POS", "roads.potholes", "roads", "2017-05-11 10:00", null).insert(jdbc);
        closed("T-SSTU-I1", "INCIDENT", "roads.potholes", "roads", "2017-05-12 10:00", null).insert(jdbc);
    }

    private static CaseRows closed(String number, String channel, String rubric, String department, String closedAt, String resultType) {
        CaseRows row = CaseRows.of(number).channel(channel).rubric(rubric).department(department).received("2017-04-20 10:00")
                .answered(closedAt);
        return resultType == null ? row : row.set("result_type", resultType);
    }

    @Test
    void shouldOpenExactlyTheCasesOfEveryFigureByRecipient() {
        Pages pages = new Pages(port).login("mcu-head");
        String page = pages.get("/analytics/results?month=2017-05").body();
        assertThat(page).contains("Тип не указан</th>").doesNotContain(NAME, EMAIL, PHONE);
        // considered, supported (all), measures taken, explained, not supported, to the author, without answer, forwarded,
        // untyped, control set, on control at the end
        assertThat(figures(row(page, "id=\"results-total\""))).isEqualTo(List.of(8L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 2L));
        assertThat(figures(row(page, "data-department=\"roads\""))).isEqualTo(List.of(5L, 2L, 1L, 0L, 1L, 0L, 1L, 0L, 1L, 1L, 2L));
        assertThat(figures(row(page, "data-department=\"city-economy\""))).isEqualTo(List.of(2L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 1L, 0L));

        int links = checkEveryLink(pages, page);
        // three rows (roads, city-economy, «Без исполнителя») and the total, eleven figures each
        assertThat(links).isEqualTo(4 * 11);

        String untyped = pages.get(href(row(page, "data-department=\"roads\""), 8)).body();
        assertThat(untyped).contains("T-SSTU-S4", "обращения по 59-ФЗ (все каналы)", "результат: Тип не указан",
                        "<option value=\"none\" selected=\"selected\">Тип не указан</option>",
                        "<option value=\"APPEAL_59FZ\" selected=\"selected\">")
                .doesNotContain("T-SSTU-P1", "T-SSTU-I1", "T-SSTU-S1").doesNotContain(NAME, EMAIL, PHONE);
        String onControl = pages.get(href(row(page, "id=\"results-total\""), 10)).body();
        assertThat(onControl).contains("T-SSTU-S1", "T-SSTU-S9", "На дополнительном контроле на конец периода").doesNotContain("T-SSTU-S3");
    }

    @Test
    void shouldOpenExactlyTheCasesOfEveryFigureByTopic() {
        Pages pages = new Pages(port).login("mcu-head");
        String page = pages.get("/analytics/results?month=2017-05&by=topic").body();
        assertThat(figures(row(page, "data-department=\"roads\""))).isEqualTo(List.of(4L, 2L, 1L, 0L, 1L, 0L, 1L, 0L, 0L, 1L, 2L));
        assertThat(figures(row(page, "data-department=\"waste\""))).isEqualTo(List.of(3L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 1L, 0L));
        String noTopic = row(page, "Без темы");
        assertThat(figures(noTopic).get(0)).isEqualTo(1L);
        assertThat(href(noTopic, 0)).contains("rubric=none");

        int links = checkEveryLink(pages, page);
        assertThat(links).isEqualTo(4 * 11);
        assertThat(pages.get(href(noTopic, 0)).body()).contains("T-SSTU-S4", "<option value=\"none\" selected=\"selected\">без темы</option>");
    }

    @Test
    void shouldKeepTheFiltersRemovableAndRefuseAWrongOne() {
        Pages pages = new Pages(port).login("mcu-head");
        String base = "/analytics/cases?from=2017-05-01&to=2017-05-31&measure=closed";
        assertThat(found(pages.get(base + "&regime=APPEAL_59FZ&result=SUPPORTED,MEASURES_TAKEN").body())).isEqualTo(2);
        assertThat(pages.get(base + "&regime=APPEAL_59FZ&result=SUPPORTED,MEASURES_TAKEN").body())
                .contains("результат: Поддержано (всего)", "<option value=\"\">все</option>");
        // the same without the result filter, and without the regime filter: more cases each time
        assertThat(found(pages.get(base + "&regime=APPEAL_59FZ").body())).isEqualTo(8);
        assertThat(found(pages.get(base + "&regime=&result=").body())).isEqualTo(10);
        HttpResponse<String> bad = pages.get(base + "&result=SUPPORTED,GOOD&regime=FZ");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("result", "regime");
    }

    /** Follows every figure's link of the results table; each list finds as many cases as the figure says. */
    private static int checkEveryLink(Pages pages, String page) {
        String table = page.substring(page.indexOf("id=\"results-table\""), page.indexOf("</table>"));
        Matcher m = FIGURE.matcher(table);
        int links = 0;
        while (m.find()) {
            assertThat(m.group(1)).as("figure %s is a link", m.group(2)).isNotNull();
            String href = m.group(1).replace("&amp;", "&");
            assertThat(found(pages.get(href).body())).as(href).isEqualTo(Long.parseLong(m.group(2)));
            links++;
        }
        return links;
    }

    private static long found(String body) {
        Matcher m = FOUND.matcher(body);
        assertThat(m.find()).as("the case list's count").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String row(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static List<Long> figures(String row) {
        List<Long> values = new ArrayList<>();
        Matcher m = FIGURE.matcher(row);
        while (m.find()) {
            values.add(Long.parseLong(m.group(2)));
        }
        return values;
    }

    private static String href(String row, int index) {
        Matcher m = FIGURE.matcher(row);
        for (int i = 0; i <= index; i++) {
            assertThat(m.find()).isTrue();
        }
        return m.group(1).replace("&amp;", "&");
    }
}
