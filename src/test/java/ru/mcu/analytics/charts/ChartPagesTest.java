package ru.mcu.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.Pages;
import ru.mcu.support.IntegrationTest;

/**
 * The charts on the pages draw the figures of hand-made cases of a test department: the
 * rating's bars, the year's on-time lines, a growth factor's weeks.
 */
class ChartPagesTest extends IntegrationTest {

    private static final String DEPT = "t-chart";
    private static final String NAME = "Тестовый отдел графиков";
    private static final String MINORS = "minors";
    private static final String MINORS_NAME = "Отдел по делам несовершеннолетних и защите их прав";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void department() {
        clean();
        jdbc.update("insert into department (code, name, block_head_name, block_head_email, active) values (?, ?, 'Т', 't@mcu.example', true)",
                DEPT, NAME);
    }

    @AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "CHT-");
        jdbc.update("delete from department where code = ?", DEPT);
    }

    @Test
    void shouldDrawTheRatingAsBarsOfOnTimeShareAndSatisfactionWithTheSample() {
        // November 2023, a department of the directory (the rating names those): three answers on time, one late;
        // two ratings, one of them 4–5
        for (int i = 1; i <= 4; i++) {
            CaseRows.of("CHT-R" + i).department(MINORS).received("2023-11-01 10:00").due("2023-11-20 18:00")
                    .answered(i == 4 ? "2023-11-21 10:00" : "2023-11-10 10:00").insert(jdbc);
        }
        jdbc.update("update cases set rating_score = 5, rated_at = answered_at + interval '1 day' where number = 'CHT-R1'");
        jdbc.update("update cases set rating_score = 2, rated_at = answered_at + interval '1 day' where number = 'CHT-R2'");
        Pages pages = new Pages(port).login("mcu-head");

        String ranked = pages.get("/analytics/rating?from=2023-11-01&to=2023-11-30&minSample=4").body();
        String bar = bar(ranked, MINORS_NAME);
        assertThat(bar).contains("class=\"bar\"", "data-value=\"0.75\"", "75 % · 4 отв.");
        assertThat(ranked).contains("Доля ответов в срок", "Минимальная выборка для места в рейтинге: 4 ответов",
                "Доля удовлетворённых заявителей", "50 % · 2 оц., мало данных",
                "href=\"/analytics/cases?from=2023-11-01&amp;to=2023-11-30&amp;department=minors&amp;measure=on-time\"");

        String small = pages.get("/analytics/rating?from=2023-11-01&to=2023-11-30").body();
        assertThat(bar(small, MINORS_NAME)).as("below the default minimum sample of 10").contains("class=\"bar-low\"", "75 % · 4 отв., мало данных");
    }

    @Test
    void shouldDrawTheOnTimeShareOfTheDepartmentMonthByMonthOverTheYear() {
        CaseRows.of("CHT-Y1").department(DEPT).received("2023-09-01 10:00").due("2023-09-20 18:00").answered("2023-09-10 10:00").insert(jdbc);
        CaseRows.of("CHT-Y2").department(DEPT).received("2023-09-01 10:00").due("2023-09-20 18:00").answered("2023-09-25 10:00").insert(jdbc);
        CaseRows.of("CHT-Y3").department(DEPT).received("2023-11-01 10:00").due("2023-11-20 18:00").answered("2023-11-10 10:00").insert(jdbc);
        String page = new Pages(port).login("curator").get("/analytics/trends?to=2023-11-30").body();
        assertThat(page).contains("Динамика за год", "Поступление по темам, по неделям");
        int at = page.indexOf(">" + NAME + "</title>");
        assertThat(at).as("a chart of the department").isPositive();
        String chart = page.substring(at, page.indexOf("</svg>", at));
        assertThat(chart).contains("за год 67 % из 3 ответов");
        Matcher dots = Pattern.compile("class=\"dot\"[^>]*data-value=\"([0-9.]+)\"").matcher(chart);
        StringBuilder values = new StringBuilder();
        while (dots.find()) {
            values.append(dots.group(1)).append(' ');
        }
        assertThat(values.toString().trim()).as("September half, November all; no point for October without answers").isEqualTo("0.50 1");
        assertThat(chart).contains("department=t-chart&amp;measure=on-time");
    }

    @Test
    void shouldDrawAGrowthFactorWithTheWeekThatTriggeredIt() {
        // the week of 11 March 2024: twelve pothole complaints in Луговое against none the week before
        for (int i = 1; i <= 12; i++) {
            CaseRows.of("CHT-G" + i).rubric("roads.potholes").district("lugovoe").department(DEPT)
                    .received("2024-03-1" + (1 + i % 5) + " 10:00").insert(jdbc);
        }
        String page = new Pages(port).login("mcu-head").get("/analytics/growth?week=2024-03-13").body();
        int at = page.indexOf(">Тема в месте: Дороги — Луговое</title>");
        assertThat(at).isPositive();
        String chart = page.substring(at, page.indexOf("</svg>", at));
        assertThat(chart).contains("class=\"dot marked\"", "data-value=\"12\"",
                "href=\"/analytics/cases?from=2024-03-11&amp;to=2024-03-17&amp;rubric=roads&amp;district=lugovoe\"");
        assertThat(chart.split("class=\"dot").length - 1).as("twelve weeks").isEqualTo(12);
    }

    /** The bar element (with its tooltip) of the first chart row named {@code label}. */
    private static String bar(String page, String label) {
        int at = page.indexOf("<title>" + label + ":");
        assertThat(at).as("a bar of " + label).isPositive();
        int start = page.lastIndexOf("<rect", at);
        return page.substring(start, page.indexOf("</rect>", at));
    }
}
