package ru.mcu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.McuApplication;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.dashboard.Dashboard;
import ru.mcu.analytics.dashboard.DashboardQuery;
import ru.mcu.analytics.growth.GrowthFactor;
import ru.mcu.analytics.growth.GrowthFactors;
import ru.mcu.analytics.growth.RepeatedComplaints;
import ru.mcu.analytics.heatmap.HeatMapQuery;
import ru.mcu.analytics.rating.DepartmentRating;
import ru.mcu.analytics.rating.Rating;
import ru.mcu.analytics.rating.RatingQuery;
import ru.mcu.analytics.roadmap.Roadmap;
import ru.mcu.analytics.roadmap.RoadmapEffects;
import ru.mcu.analytics.roadmap.Roadmaps;
import ru.mcu.analytics.weeklynote.WeeklyNote;
import ru.mcu.analytics.weeklynote.WeeklyNoteBuilder;
import ru.mcu.cases.CaseAccess;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.TestDays;
import ru.mcu.support.TimeTravel;

/**
 * The demo year, seeded as the demo profile seeds it (6 000 cases, then the live demo cases) on
 * a database of its own at the suite's day, 18 November 2026, and read only through the
 * application's readers: the rating, the heat map, the growth factors and repeated complaints,
 * the results report and the weekly note find the patterns the year was made with.
 */
class DemoHistoryTest {

    private static ConfigurableApplicationContext context;
    private static JdbcTemplate jdbc;
    private static Instant now;
    private static LocalDate today;

    /** The suite's clock for this context too: the history is relative to it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SuiteClock {
        @Bean
        @Primary
        TimeTravel demoHistoryClock() {
            return new TimeTravel();
        }
    }

    @BeforeAll
    static void seedTheYear() {
        String database = "history_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        context = new SpringApplicationBuilder(McuApplication.class, SuiteClock.class)
                .profiles("test")
                // an engine of its own, without the webapps (see DemoSeedTest)
                .run("--mcu.embedded-db.database=" + database, "--server.port=0", "--camunda.bpm.process-engine-name=history",
                        "--camunda.bpm.webapp.enabled=false", "--mcu.demo.appeals=true", "--mcu.demo.history.enabled=true");
        jdbc = context.getBean(JdbcTemplate.class);
        now = context.getBean(Clock.class).instant();
        today = LocalDate.ofInstant(now, LocalZone.ZONE);
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void shouldSeedAClosedYearOverEveryChannelDepartmentAndDistrictBeforeTheLiveCases() {
        assertThat(context.getBean(Clock.class)).isInstanceOf(TimeTravel.class);
        assertThat(today).isEqualTo(LocalDate.ofInstant(TestDays.TODAY, LocalZone.ZONE));
        Map<String, Object> year = jdbc.queryForMap("""
                select count(*) as cases, count(*) filter (where status = 'CLOSED' and process_instance_id is null) as closed,
                       count(distinct channel) as channels, count(distinct department_code) as departments,
                       count(distinct district_code) as districts, count(distinct rubric_code) as rubrics,
                       min(received_at) as first, max(coalesce(closed_at, received_at)) as last, max(number) filter (where number like 'A-2026-%') as last_number
                  from cases where external_id like 'demo-history-%'
                """);
        assertThat(((Number) year.get("cases")).intValue()).as("about 6 000 cases").isBetween(5600, 6600);
        assertThat(year.get("closed")).as("every one closed, with no process waiting for it").isEqualTo(year.get("cases"));
        assertThat(((Number) year.get("channels")).intValue()).isEqualTo(6);
        assertThat(((Number) year.get("departments")).intValue()).isEqualTo(context.getBean(Directory.class).departments().size()).isEqualTo(22);
        assertThat(((Number) year.get("districts")).intValue()).isEqualTo(14);
        assertThat(((Number) year.get("rubrics")).intValue()).isGreaterThanOrEqualTo(30);
        assertThat(((java.sql.Timestamp) year.get("first")).toInstant()).isAfterOrEqualTo(
                today.minusMonths(12).atStartOfDay(LocalZone.ZONE).toInstant());
        assertThat(((java.sql.Timestamp) year.get("last")).toInstant()).as("all of it before now").isBefore(now);

        // the live demo cases are filed after it as before: open, in Tasklist, numbered after the history
        Map<String, Object> live = jdbc.queryForMap("""
                select count(*) as cases, count(*) filter (where status <> 'CLOSED' and process_instance_id is not null) as open,
                       min(number) filter (where number like 'A-2026-%') as first_number
                  from cases where external_id like 'demo-%' and external_id not like 'demo-history-%'
                """);
        assertThat(((Number) live.get("cases")).intValue()).isEqualTo(DemoAppealData.APPEALS.size() + DemoAppealData.AGED.size()
                + DemoMessages.MESSAGES.size()
                + DemoMessages.INCIDENTS.size());
        assertThat(((Number) live.get("open")).intValue()).isGreaterThan(20);
        assertThat((String) live.get("first_number")).isGreaterThan((String) year.get("last_number"));
    }

    @Test
    void shouldShowSnowInWinterPotholesInSpringAndWasteInSummerOnTheHeatMap() {
        HeatMapQuery heatMap = context.getBean(HeatMapQuery.class);
        long snowInJanuary = topic(heatMap, month(2026, 1), "snow");
        long snowInJuly = topic(heatMap, month(2026, 7), "snow");
        long potholesInSpring = topic(heatMap, new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31)), "roads");
        long potholesInWinter = topic(heatMap, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)), "roads");
        long wasteInJuly = topic(heatMap, month(2026, 7), "waste");
        long wasteInJanuary = topic(heatMap, month(2026, 1), "waste");

        assertThat(snowInJanuary).as("snow in January").isGreaterThan(100);
        assertThat(snowInJuly).as("snow in July").isZero();
        assertThat(potholesInSpring).as("roads in April–May against January–February").isGreaterThan(2 * potholesInWinter);
        assertThat(wasteInJuly).as("waste in July against January").isGreaterThan(3 * wasteInJanuary);
        // the map has points: cells around the city and the villages
        assertThat(heatMap.heatMap(CaseSlice.of(month(2026, 1))).cells()).hasSizeGreaterThan(50);
    }

    @Test
    void shouldRankTheDepartmentsAndPutTheTwoLateOnesBelowTheOthers() {
        RatingQuery ratings = context.getBean(RatingQuery.class);
        Rating lastMonth = ratings.rating(CaseSlice.of(Period.monthBefore(today)));
        List<DepartmentRating> ranked = lastMonth.rows().stream().filter(DepartmentRating::ranked).toList();

        assertThat(ranked).as("places awarded in October with the minimum sample of %d", lastMonth.minSample()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(ranked.subList(ranked.size() - 3, ranked.size())).extracting(DepartmentRating::department)
                .as("the bottom of October's rating").contains("housing-control", "land");

        // the incidents' interim answers of October, each department's against its own term from the handover
        List<DepartmentRating> withInterim = lastMonth.rows().stream().filter(r -> r.interimOnTimeShare() != null).toList();
        assertThat(withInterim).as("interim column of October").hasSizeGreaterThanOrEqualTo(3);
        long interimOnTime = lastMonth.rows().stream().mapToLong(DepartmentRating::interimOnTime).sum();
        long interimLate = lastMonth.rows().stream().mapToLong(DepartmentRating::interimLate).sum();
        assertThat(interimLate).as("some interim answers late in October").isPositive();
        assertThat((double) interimOnTime / (interimOnTime + interimLate)).as("most interim answers in time").isGreaterThan(0.85);

        Rating wholeYear = ratings.rating(CaseSlice.of(new Period(today.minusMonths(12), today)));
        DepartmentRating housingInterim = row(wholeYear, "housing-control");
        assertThat(housingInterim.interimOnTimeShare()).as("housing-control's interim answers of the year").isLessThan(0.8);
        assertThat(wholeYear.rows().stream().filter(r -> r.interimOnTimeShare() != null && !"housing-control".equals(r.department())
                        && !"land".equals(r.department()))
                .mapToDouble(DepartmentRating::interimOnTimeShare).min().orElseThrow()).as("the others")
                .isGreaterThan(housingInterim.interimOnTimeShare());
        List<String> byOnTime = wholeYear.rows().stream().filter(DepartmentRating::ranked)
                .sorted(java.util.Comparator.comparing(DepartmentRating::onTimeShare)).map(DepartmentRating::department).toList();
        assertThat(byOnTime.subList(0, 2)).as("the two lowest on-time shares of the year").containsExactlyInAnyOrder("housing-control", "land");
        DepartmentRating housingControl = row(wholeYear, "housing-control");
        assertThat(housingControl.onTimeShare()).isLessThan(0.75);
        assertThat(row(wholeYear, "city-economy").onTimeShare()).isGreaterThan(0.9);
        assertThat(housingControl.avgRating()).isLessThan(row(wholeYear, "city-economy").avgRating());
        long reroutes = wholeYear.rows().stream().mapToLong(DepartmentRating::reroutes).sum();
        long reworks = wholeYear.rows().stream().mapToLong(DepartmentRating::reworks).sum();
        assertThat(reroutes).as("«не наше» returns").isGreaterThan(100);
        assertThat(reworks).as("reworks after a low rating").isGreaterThan(30);
        assertThat(jdbc.queryForObject("select count(*) from case_rating where round = 2", Long.class)).as("second answers rated").isPositive();
    }

    @Test
    void shouldShowLastWeeksGrowthAndTheClustersOfRepeatedComplaints() {
        Period lastWeek = Period.weekBefore(now);
        List<GrowthFactor> factors = context.getBean(GrowthFactors.class).factors(lastWeek, null);
        assertThat(factors).as("growth factors of %s", lastWeek.title())
                .anyMatch(f -> "snow".equals(f.topic()) && "sinegorsk".equals(f.district()));

        RepeatedComplaints repeats = context.getBean(RepeatedComplaints.class);
        Period spring = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
        assertThat(repeats.clusters(CaseSlice.of(spring), now)).as("clusters of spring")
                .anyMatch(c -> c.place().equals("пр. Победы, 45") && c.rubric().equals("roads.potholes") && c.count() >= 5);
        assertThat(repeats.share(spring).repeated()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from cases where main_case_id is not null and resolution = 'ANSWERED_VIA_MAIN_CASE'",
                Long.class)).as("duplicates answered through their main case").isPositive();

        List<Roadmap> roadmaps = context.getBean(Roadmaps.class).all();
        assertThat(roadmaps).hasSize(2).allMatch(r -> r.approval().approved() && r.rootCause() != null && !r.caseNumbers().isEmpty());
        Roadmap inProgress = roadmaps.stream().filter(r -> r.status() == Roadmap.Status.ACTIVE).findFirst().orElseThrow();
        assertThat(inProgress.done()).isPositive().isLessThan(inProgress.measures().size());
        Roadmap done = roadmaps.stream().filter(r -> r.status() == Roadmap.Status.DONE).findFirst().orElseThrow();
        assertThat(done.measuresDone()).isTrue();
        RoadmapEffects.Effect effect = context.getBean(RoadmapEffects.class).of(done);
        assertThat(effect.state()).as(effect.sentence()).isEqualTo(RoadmapEffects.State.SHOWN);
        assertThat(effect.sentence()).startsWith("После выполнения мер жалоб стало на");
    }

    @Test
    void shouldFillTheResultsReportAndTheWeeklyNote() throws Exception {
        HttpResponse<String> csv = get("/api/analytics/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).as("the last complete month by default")
                .contains("mcu-results-" + YearMonth.from(today).minusMonths(1) + ".csv");
        String total = csv.body().lines().filter(l -> l.startsWith("Всего;")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(total.split(";")[1])).as("appeals considered in October").isGreaterThan(100);

        WeeklyNote note = context.getBean(WeeklyNoteBuilder.class).build(Period.weekBefore(now).from());
        assertThat(note.total().count()).isGreaterThan(60);
        assertThat(note.ranked()).isNotEmpty();
        assertThat(note.roadmaps()).as("the roadmap still in progress").hasSize(1);
        assertThat(note.satisfaction().rated()).isPositive();
    }

    @Test
    void shouldOpenTheAnalyticsOnPeriodsWithData() throws Exception {
        Period october = Period.monthBefore(today);
        String rating = get("/api/ratings").body();
        assertThat(rating).contains("\"from\":\"" + october.from() + "\"", "\"to\":\"" + october.to() + "\"");
        assertThat(rating.split("\"rank\":\\d+", -1).length - 1).as("ranked departments by default").isGreaterThanOrEqualTo(16);
        String heatMap = get("/api/analytics/heatmap").body();
        assertThat(heatMap).contains("\"from\":\"" + october.from() + "\"");
        assertThat(Integer.parseInt(heatMap.replaceAll("(?s).*\"total\":(\\d+).*", "$1"))).isGreaterThan(300);
        String growth = get("/api/analytics/growth").body();
        assertThat(growth).contains("\"from\":\"" + Period.weekBefore(now).from() + "\"", "\"level\":\"TOPIC_IN_DISTRICT\"");
    }

    @Test
    void shouldWriteTheSameRecordsAsTheProcessesDo() {
        // a demo appeal the demo users answered through the process, and a year's appeal answered the plain way
        List<String> processed = types("""
                select id from cases where external_id like 'demo-%' and external_id not like 'demo-history-%'
                   and channel = 'SITE' and resolution = 'ANSWERED' order by id limit 1
                """);
        List<String> seeded = types("""
                select c.id from case_facts c where c.external_id like 'demo-history-%' and c.channel = 'SITE' and c.resolution = 'ANSWERED'
                   and c.rubric_code is not null and c.reroute_count = 0 and c.extension_days = 0 and c.control_until is null
                   and c.rating_score is null and (select count(*) from case_event e where e.case_id = c.id) = 9
                 order by c.id limit 1
                """);
        assertThat(seeded).isEqualTo(processed).containsExactly("RECEIVED", "TERM_ASSIGNED", "ROUTED_BY_RULE", "REGISTERED",
                "TERM_ASSIGNED", "TAKEN_BY_CLERK", "ANSWER_DRAFTED", "ANSWER_APPROVED", "ANSWER_DISPATCHED");
        List<String> processedMessage = types("""
                select id from cases where external_id like 'demo-pos-%' and rating_score >= 3 and status = 'CLOSED' order by id limit 1
                """);
        List<String> seededMessage = types("""
                select c.id from case_facts c where c.external_id like 'demo-history-%' and c.channel = 'POS' and c.rating_score >= 3
                   and c.rework_count = 0 and c.reroute_count = 0 and (select count(*) from case_event e where e.case_id = c.id) = 12
                   and not exists (select 1 from case_event e where e.case_id = c.id and e.type = 'NO_RULE_MATCHED')
                 order by c.id limit 1
                """);
        assertThat(seededMessage).isEqualTo(processedMessage);
        // an incident the demo's coordinator and department resolved on the spot through incident.bpmn, and a year's one:
        // triage term, answer term, routing, handover with the interim term counted from it, the clerk, the resolution
        List<String> processedIncident = types("""
                select id from cases where external_id like 'demo-im-%' and resolution = 'RESOLVED_ON_SPOT' order by id limit 1
                """);
        List<String> seededIncident = types("""
                select c.id from case_facts c where c.external_id like 'demo-history-%' and c.channel = 'INCIDENT'
                   and c.resolution = 'RESOLVED_ON_SPOT' and c.reroute_count = 0 and (select count(*) from case_event e where e.case_id = c.id) = ?
                   and exists (select 1 from case_event e where e.case_id = c.id and e.type = ?)
                 order by c.id limit 1
                """, processedIncident.size(), processedIncident.get(3));
        assertThat(seededIncident).isEqualTo(processedIncident).containsExactly("RECEIVED", "TERM_ASSIGNED", "TERM_ASSIGNED",
                processedIncident.get(3), "DEPARTMENT_ASSIGNED", "TERM_ASSIGNED", "TAKEN_BY_CLERK", "RESOLVED_ON_SPOT", "ANSWER_PUBLISHED");
        assertThat(termTexts("demo-im-%", "RESOLVED_ON_SPOT")).isEqualTo(termTexts("demo-history-%", "RESOLVED_ON_SPOT"))
                .containsExactly("Срок (разбор координатором)", "Срок ответа", "Срок промежуточного ответа");
        // the demo's incident with its interim answer given (open, waiting for the full answer) begins as a year's answered one
        List<String> interimGiven = types("""
                select id from case_facts where external_id like 'demo-im-%' and interim_answered_at is not null and status <> 'CLOSED'
                 order by id limit 1
                """);
        List<String> seededAnswered = types("""
                select c.id from case_facts c where c.external_id like 'demo-history-%' and c.channel = 'INCIDENT' and c.resolution = 'ANSWERED'
                   and c.reroute_count = 0 and c.overdue_since is null and c.interim_answered_at <= c.interim_due_at
                   and not exists (select 1 from case_event e where e.case_id = c.id and (e.type like 'ESCALATED_%' or e.type = 'REMINDER_SENT'))
                   and exists (select 1 from case_event e where e.case_id = c.id and e.type = ?)
                 order by c.id limit 1
                """, interimGiven.get(3));
        assertThat(seededAnswered.subList(0, interimGiven.size())).isEqualTo(interimGiven);
        assertThat(seededAnswered.subList(interimGiven.size(), seededAnswered.size())).containsExactly("ANSWER_DISPATCHED", "ANSWER_PUBLISHED");
        // a year's incident whose department let the interim term pass: Timer_InterimOverdue's records at that term
        Map<String, Object> lateInterim = jdbc.queryForMap("""
                select c.interim_due_at, (select min(e.occurred_at) from case_event e where e.case_id = c.id and e.type = 'INTERIM_OVERDUE') as marked,
                       (select count(*) from case_event e where e.case_id = c.id and e.type = 'ESCALATED_TO_BLOCK_HEAD'
                           and e.occurred_at = c.interim_due_at and e.description like 'Просрочен промежуточный ответ%') as told
                  from case_facts c where c.external_id like 'demo-history-%' and c.channel = 'INCIDENT' and c.reroute_count = 0
                   and coalesce(c.interim_answered_at, c.answered_at) > c.interim_due_at
                 order by c.id limit 1
                """);
        assertThat(lateInterim.get("marked")).isEqualTo(lateInterim.get("interim_due_at"));
        assertThat(((Number) lateInterim.get("told")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from case_facts c where c.external_id like 'demo-history-%' and c.channel = 'INCIDENT'
                   and c.resolution <> 'DISMISSED' and (c.interim_due_at is null or c.registration_due_at is null)
                """, Long.class)).as("every incident handed over has its triage and interim terms").isZero();
        // whatever the path, an answered case carries every instant the readers look at
        assertThat(jdbc.queryForObject("""
                select count(*) from cases where external_id like 'demo-history-%' and resolution = 'ANSWERED'
                   and (registered_at is null or answer_due_at is null or first_reaction_at is null or answered_at is null
                        or closed_at < answered_at or answered_at < received_at or department_code is null
                        or (channel in ('SITE', 'EPGU', 'LETTER', 'RECEPTION') and result_type is null))
                """, Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from cases c where external_id like 'demo-history-%'
                   and (select count(*) from case_event e where e.case_id = c.id and e.type = 'RECEIVED') <> 1
                """, Long.class)).isZero();
    }

    @Test
    void shouldGiveTheMorningDashboardTermsToWatch() {
        Dashboard board = context.getBean(DashboardQuery.class).build(CaseAccess.Scope.everything(), context.getBean(Clock.class).instant());
        // five appeals registered weeks ago: two overdue, one due today, two tomorrow, three of those without a draft
        assertThat(board.total().overdue().count()).isGreaterThanOrEqualTo(2);
        assertThat(board.total().dueToday().count()).isGreaterThanOrEqualTo(1);
        assertThat(board.total().dueTomorrow().count()).isGreaterThanOrEqualTo(2);
        assertThat(board.total().atRisk().count()).isGreaterThanOrEqualTo(2);
        assertThat(board.atRisk()).extracting(Dashboard.RiskCase::dueAt)
                .allSatisfy(due -> assertThat(LocalDate.ofInstant(due, LocalZone.ZONE)).isBetween(today, board.riskDay()));
        // each filed, registered and given its term on its own day, in the past, as the process does
        List<Map<String, Object>> aged = jdbc.queryForList("""
                select c.external_id, c.received_at, c.registered_at, c.answer_due_at, c.process_instance_id,
                       (select min(t.start_time_) from act_hi_taskinst t where t.proc_inst_id_ = c.process_instance_id) as first_task
                  from cases c where c.external_id like 'demo-aged-%' order by c.external_id
                """);
        assertThat(aged).hasSize(DemoAppealData.AGED.size()).allSatisfy(c -> {
            Instant registered = ((java.sql.Timestamp) c.get("registered_at")).toInstant();
            assertThat(registered).isBefore(today.minusDays(14).atStartOfDay(LocalZone.ZONE).toInstant());
            assertThat(((java.sql.Timestamp) c.get("received_at")).toInstant()).isBefore(registered);
            assertThat(((java.sql.Timestamp) c.get("first_task")).toInstant()).as("the engine's clock was turned back too")
                    .isBefore(registered);
        });
        // and both clocks are back on the day
        assertThat(LocalDate.ofInstant(context.getBean(Clock.class).instant(), LocalZone.ZONE)).isEqualTo(today);
        assertThat(LocalDate.ofInstant(ru.mcu.support.EngineClock.now(), LocalZone.ZONE)).isEqualTo(today);
    }

    @Test
    void shouldNotSeedTheYearTwice() {
        Long cases = jdbc.queryForObject("select count(*) from cases", Long.class);
        Long events = jdbc.queryForObject("select count(*) from case_event", Long.class);
        List<Map<String, Object>> counters = jdbc.queryForList("select * from case_number_counter order by prefix, year");

        assertThat(context.getBean(DemoHistory.class).seed()).isNull();

        assertThat(jdbc.queryForObject("select count(*) from cases", Long.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from case_event", Long.class)).isEqualTo(events);
        assertThat(jdbc.queryForList("select * from case_number_counter order by prefix, year")).isEqualTo(counters);
        assertThat(jdbc.queryForObject("select count(*) from roadmap", Long.class)).isEqualTo(2);
    }

    private static List<String> types(String caseQuery, Object... args) {
        Long id = jdbc.queryForObject(caseQuery, Long.class, args);
        return jdbc.queryForList("select type from case_event where case_id = ? and type not like 'LETTER_%' and type <> 'CONTROL_SET' order by occurred_at, id",
                String.class, id);
    }

    /** What the TERM_ASSIGNED entries of the first incident of the kind name, in order. */
    private static List<String> termTexts(String externalIds, String resolution) {
        Long id = jdbc.queryForObject("select id from cases where external_id like ? and channel = 'INCIDENT' and resolution = ? order by id limit 1",
                Long.class, externalIds, resolution);
        return jdbc.queryForList("select description from case_event where case_id = ? and type = 'TERM_ASSIGNED' order by occurred_at, id",
                String.class, id).stream().map(d -> d.replaceAll(":.*", "")).toList();
    }

    private static long topic(HeatMapQuery heatMap, Period period, String topic) {
        return heatMap.heatMap(CaseSlice.of(period)).counts().getOrDefault(topic, Map.of()).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private static Period month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new Period(m.atDay(1), m.atEndOfMonth());
    }

    private static DepartmentRating row(Rating rating, String department) {
        return rating.rows().stream().filter(r -> r.department().equals(department)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mcu-head:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unused")
    private static String describe(List<DepartmentRating> rows) {
        return rows.stream().map(r -> r.department() + ":" + r.rank() + ":" + r.answered() + ":" + r.onTimeShare())
                .collect(Collectors.joining(", "));
    }
}
