package ru.mcu.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.analytics.CaseRows;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Pages;
import ru.mcu.analytics.SliceParams;
import ru.mcu.analytics.cases.AnalyticsCases;
import ru.mcu.analytics.cases.CaseRow;
import ru.mcu.cases.CaseAccess;
import ru.mcu.support.IntegrationTest;

/**
 * The morning dashboard's figures against hand-made cases of two test departments (no other
 * test's cases can reach them), and every figure's link listing exactly the cases it counts.
 * The test day is Wednesday 18 November 2026, 10:00 Sakhalin time.
 */
class DashboardTest extends IntegrationTest {

    private static final String A = "t-dash-a";
    private static final String B = "t-dash-b";
    private static final CaseAccess.Scope SCOPE = CaseAccess.Scope.ofDepartments(Set.of(A, B));

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DashboardQuery dashboards;
    @Autowired
    private AnalyticsCases cases;

    @BeforeEach
    void departments() {
        clean();
        jdbc.update("insert into department (code, name, block_head_name, block_head_email, active) values (?, ?, 'Т', 't@mcu.example', false)",
                A, "Тестовый департамент А");
        jdbc.update("insert into department (code, name, block_head_name, block_head_email, active) values (?, ?, 'Т', 't@mcu.example', false)",
                B, "Тестовый департамент Б");
    }

    @AfterEach
    void clean() {
        CaseRows.deleteAll(jdbc, "DSH-");
        jdbc.update("delete from department where code in (?, ?)", A, B);
    }

    private void seedTheWeek() {
        // department A: two overdue, two due today (one with a draft), one due tomorrow, one later, one answered
        open("DSH-A1", A, "2026-11-02 10:00", "2026-11-17 18:00").insert(jdbc);
        open("DSH-A2", A, "2026-11-02 10:00", "2026-11-18 09:00").insert(jdbc);
        open("DSH-A3", A, "2026-11-10 10:00", "2026-11-18 23:59").insert(jdbc);
        open("DSH-A4", A, "2026-11-02 10:00", "2026-11-18 18:00").set("answer_text", "Проект ответа").set("status", "ON_APPROVAL").insert(jdbc);
        open("DSH-A5", A, "2026-11-16 09:00", "2026-11-19 18:00").insert(jdbc);
        open("DSH-A6", A, "2026-11-18 08:00", "2026-11-20 18:00").insert(jdbc);
        CaseRows.of("DSH-A7").department(A).received("2026-11-03 10:00").due("2026-11-17 18:00").answered("2026-11-17 12:00")
                .rated(5, "2026-11-17 15:00").insert(jdbc);
        CaseRows.of("DSH-A8").department(A).received("2026-10-01 10:00").due("2026-11-09 18:00").answered("2026-11-10 10:00")
                .rated(2, "2026-11-11 15:00").insert(jdbc);
        CaseRows.of("DSH-A9").department(A).received("2026-10-01 10:00").due("2026-10-30 18:00").answered("2026-10-20 10:00")
                .rated(4, "2026-10-30 15:00").insert(jdbc);
        // department B: one overdue, one new ПОС message with a far term
        open("DSH-B1", B, "2026-10-20 10:00", "2026-11-16 18:00").insert(jdbc);
        open("DSH-B2", B, "2026-11-17 11:00", "2026-11-30 18:00").channel("POS").insert(jdbc);
    }

    private static CaseRows open(String number, String department, String received, String due) {
        return CaseRows.of(number).department(department).received(received).due(due).open();
    }

    @Test
    void shouldCountTermsByDepartmentNewCasesTheWeekAndSatisfaction() {
        seedTheWeek();
        Dashboard d = dashboards.build(SCOPE, time.instant());

        assertThat(d.riskDay()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(d.departments()).extracting(Dashboard.DepartmentLine::code).containsExactly(A, B);
        Dashboard.DepartmentLine a = d.departments().get(0);
        assertThat(counts(a)).containsExactly(2L, 2L, 1L, 2L);
        assertThat(counts(d.departments().get(1))).containsExactly(1L, 0L, 0L, 0L);
        assertThat(counts(d.total())).containsExactly(3L, 2L, 1L, 2L);
        assertThat(d.atRisk()).extracting(Dashboard.RiskCase::number).containsExactly("DSH-A3", "DSH-A5");

        assertThat(d.newByChannel()).filteredOn(l -> l.received().count() > 0)
                .extracting(l -> l.channel().name() + "=" + l.received().count()).containsExactlyInAnyOrder("SITE=1", "POS=1");
        assertThat(d.newTotal().count()).isEqualTo(2);

        assertThat(d.week()).extracting(w -> w.title() + ":" + w.current().count() + "/" + w.previous().count())
                .containsExactly("Поступило:3/1", "Дан ответ:1/1", "Ответ в срок:1/0", "Ответ с нарушением срока:0/1");
        assertThat(d.week().get(0).changePercent()).isEqualTo(200L);

        assertThat(d.satisfaction().rated().count()).isEqualTo(2);
        assertThat(d.satisfaction().satisfied().count()).isEqualTo(1);
        assertThat(d.satisfaction().average()).isEqualTo(3.5);
        assertThat(d.satisfaction().share()).isEqualTo(0.5);
        assertThat(d.empty()).isFalse();
    }

    @Test
    void shouldListExactlyTheCasesOfEveryFigureBehindItsLink() {
        seedTheWeek();
        Dashboard d = dashboards.build(SCOPE, time.instant());
        Map<String, Set<String>> expected = new HashMap<>();
        expected.put("A overdue", Set.of("DSH-A1", "DSH-A2"));
        expected.put("A today", Set.of("DSH-A3", "DSH-A4"));
        expected.put("A tomorrow", Set.of("DSH-A5"));
        expected.put("A risk", Set.of("DSH-A3", "DSH-A5"));
        expected.put("total overdue", Set.of("DSH-A1", "DSH-A2", "DSH-B1"));
        expected.put("new POS", Set.of("DSH-B2"));
        expected.put("new SITE", Set.of("DSH-A6"));
        expected.put("week received", Set.of("DSH-A5", "DSH-A6", "DSH-B2"));
        expected.put("previous week late", Set.of("DSH-A8"));
        expected.put("rated", Set.of("DSH-A7", "DSH-A8"));
        expected.put("satisfied", Set.of("DSH-A7"));

        Map<String, Dashboard.Figure> named = new HashMap<>();
        Dashboard.DepartmentLine a = d.departments().get(0);
        named.put("A overdue", a.overdue());
        named.put("A today", a.dueToday());
        named.put("A tomorrow", a.dueTomorrow());
        named.put("A risk", a.atRisk());
        named.put("total overdue", d.total().overdue());
        d.newByChannel().forEach(l -> named.put("new " + l.channel().name(), l.received()));
        named.put("week received", d.week().get(0).current());
        named.put("previous week late", d.week().get(3).previous());
        named.put("rated", d.satisfaction().rated());
        named.put("satisfied", d.satisfaction().satisfied());

        List<Dashboard.Figure> every = new ArrayList<>(named.values());
        d.departments().forEach(l -> every.addAll(List.of(l.overdue(), l.dueToday(), l.dueTomorrow(), l.atRisk())));
        d.week().forEach(w -> every.addAll(List.of(w.current(), w.previous())));
        every.addAll(List.of(d.total().dueToday(), d.total().dueTomorrow(), d.total().atRisk(), d.newTotal()));
        for (Dashboard.Figure f : every) {
            assertThat(listed(f)).as(f.href()).hasSize((int) f.count());
        }
        expected.forEach((name, numbers) -> assertThat(listed(named.get(name))).as(name).containsExactlyInAnyOrderElementsOf(numbers));
    }

    @Test
    void shouldCountWorkingDaysForTheRiskOverTheWeekend() {
        open("DSH-A1", A, "2026-11-10 10:00", "2026-11-23 18:00").insert(jdbc);
        open("DSH-A2", A, "2026-11-10 10:00", "2026-11-24 18:00").insert(jdbc);
        open("DSH-A3", A, "2026-11-10 10:00", "2026-11-21 23:59").insert(jdbc);

        time.jumpTo(CaseRows.local("2026-11-20 10:00")); // Friday: Friday and Monday are the two working days
        Dashboard friday = dashboards.build(SCOPE, time.instant());
        assertThat(friday.riskDay()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(friday.atRisk()).extracting(Dashboard.RiskCase::number).containsExactly("DSH-A3", "DSH-A1");
        assertThat(friday.total().dueTomorrow().count()).as("Saturday").isEqualTo(1);
        assertThat(listed(friday.total().atRisk())).containsExactlyInAnyOrder("DSH-A3", "DSH-A1");

        time.jumpTo(CaseRows.local("2026-11-21 12:00")); // Saturday: Monday and Tuesday
        Dashboard saturday = dashboards.build(SCOPE, time.instant());
        assertThat(saturday.riskDay()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(saturday.atRisk()).extracting(Dashboard.RiskCase::number).containsExactly("DSH-A3", "DSH-A1", "DSH-A2");
        assertThat(saturday.total().dueToday().count()).isEqualTo(1);
        assertThat(saturday.total().dueTomorrow().count()).as("Sunday").isZero();

        time.jumpTo(CaseRows.local("2026-11-22 09:00")); // Sunday: the Saturday term has passed
        Dashboard sunday = dashboards.build(SCOPE, time.instant());
        assertThat(sunday.total().overdue().count()).isEqualTo(1);
        assertThat(listed(sunday.total().overdue())).containsExactly("DSH-A3");
        assertThat(sunday.total().dueTomorrow().count()).as("Monday").isEqualTo(1);
    }

    @Test
    void shouldNotCountAPlannedMessageAsOverdueOrDue() {
        // «запланировано» answered: its old answer term passed or ends today, it is on control until the planned date
        open("DSH-A1", A, "2026-10-20 10:00", "2026-11-16 18:00").channel("POS").set("status", "PLANNED")
                .set("planned_for", LocalDate.of(2026, 12, 10)).insert(jdbc);
        open("DSH-A2", A, "2026-10-20 10:00", "2026-11-18 18:00").channel("POS").set("status", "PLANNED")
                .set("planned_for", LocalDate.of(2026, 12, 10)).insert(jdbc);
        open("DSH-A3", A, "2026-10-20 10:00", "2026-11-16 18:00").channel("POS").insert(jdbc);

        Dashboard d = dashboards.build(SCOPE, time.instant());
        assertThat(counts(d.total())).containsExactly(1L, 0L, 0L, 0L);
        assertThat(listed(d.total().overdue())).containsExactly("DSH-A3");
        assertThat(d.atRisk()).isEmpty();
    }

    @Test
    void shouldShowAnEmptyDashboardWhenThereAreNoCases() {
        Dashboard d = dashboards.build(SCOPE, time.instant());
        assertThat(d.empty()).isTrue();
        assertThat(d.departments()).isEmpty();
        assertThat(d.satisfaction().share()).isNull();
        assertThat(d.week()).allSatisfy(w -> assertThat(w.changePercent()).isNull());
    }

    @Test
    void shouldShowTheDashboardToTheHeadsTheCuratorAndABlockHeadOnlyWithoutPersonalData() {
        CaseRows.of("DSH-P1").department("roads").received("2026-11-17 10:00").due("2026-11-18 18:00").open()
                .citizen("Персональнов Иван Петрович", "ivan@example.org", "+79990001122", "ул. Тайная, 1").insert(jdbc);

        String curator = new Pages(port).login("curator").get("/").body();
        assertThat(curator).contains("Сводка на утро", "все подразделения", "Сроки по подразделениям", "Разделы", "href=\"/analytics\"")
                .doesNotContain("Персональнов", "ivan@example.org", "+79990001122", "Тайная");
        assertThat(new Pages(port).login("mcu-head").get("/").body()).contains("Сводка на утро", "Департамент дорожного хозяйства");

        String roadsHead = new Pages(port).login("roads-head").get("/").body();
        assertThat(roadsHead).contains("Сводка на утро", "Департамент дорожного хозяйства и благоустройства")
                .doesNotContain("все подразделения", "Тестовый департамент");
        assertThat(new Pages(port).login("roads-clerk").get("/").body()).doesNotContain("Сводка на утро").contains("Задачи");
        assertThat(new Pages(port).get("/").body()).doesNotContain("Сводка на утро").contains("Войти");
    }

    /** The case numbers the case list page's query lists for the figure's link, within the scope. */
    private List<String> listed(Dashboard.Figure figure) {
        URI uri = URI.create(figure.href());
        assertThat(uri.getPath()).isEqualTo("/analytics/cases");
        Map<String, String> q = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        CaseSlice slice = SliceParams.parse(time, q.get("from"), q.get("to"), q.get("channel"), q.get("rubric"), q.get("district"),
                q.get("department"), q.get("status"), q.get("measure"), q.get("bbox"));
        return cases.page(slice, SCOPE, 0, 1000).rows().stream().map(CaseRow::number).toList();
    }

    private static List<Long> counts(Dashboard.DepartmentLine line) {
        return List.of(line.overdue().count(), line.dueToday().count(), line.dueTomorrow().count(), line.atRisk().count());
    }
}
