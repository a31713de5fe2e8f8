package ru.mcu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.mcu.calendar.Decrees;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.deadline.TermKind;
import ru.mcu.deadline.TermSpec;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.TestDays;

/**
 * The demo year's generator on its own, in seconds: the reference data of the seed migration,
 * the default term policies, the decrees' calendar, the suite's day. Deterministic, closed
 * before now, every case's history in order of time, and the burst of last week where it
 * should be.
 */
class HistoryGeneratorTest {

    private static final Instant NOW = TestDays.TODAY;
    private static final Map<String, String> DEFAULT_DEPARTMENT = new HashMap<>();
    private static final Map<String, String> FORWARD_TO = new HashMap<>();
    private static final Map<String, String> RUBRIC_NAMES = new HashMap<>();
    private static final Map<String, double[]> DISTRICTS = new HashMap<>();
    private static final Map<String, String> DISTRICT_NAMES = new HashMap<>();
    private static final Map<String, String> DEPARTMENTS = new HashMap<>();

    @BeforeAll
    static void readTheSeed() throws IOException {
        String seed;
        try (InputStream in = HistoryGeneratorTest.class.getResourceAsStream("/db/migration/V2__directory_seed.sql")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher rubric = Pattern.compile("\\('([a-z.-]+)',\\s*(null|'[a-z-]+'),\\s*'([^']+)',\\s*(null|'[a-z-]+'),\\s*(null|'[^']+'),\\s*\\d+\\)")
                .matcher(seed);
        while (rubric.find()) {
            RUBRIC_NAMES.put(rubric.group(1), rubric.group(3));
            DEFAULT_DEPARTMENT.put(rubric.group(1), unquote(rubric.group(4)));
            FORWARD_TO.put(rubric.group(1), unquote(rubric.group(5)));
        }
        Matcher district = Pattern.compile("\\('([a-z-]+)',\\s*'([^']+)',\\s*'(CITY_AREA|VILLAGE)',\\s*([\\d.]+),\\s*([\\d.]+),\\s*\\d+\\)")
                .matcher(seed);
        while (district.find()) {
            DISTRICTS.put(district.group(1), new double[] {Double.parseDouble(district.group(4)), Double.parseDouble(district.group(5))});
            DISTRICT_NAMES.put(district.group(1), district.group(2));
        }
        Matcher department = Pattern.compile("\\('([a-z-]+)',\\s*'([^']+)',\\s*'([^']+)',\\s*'[^']+@mcu.example'\\)").matcher(seed);
        while (department.find()) {
            DEPARTMENTS.put(department.group(1), department.group(2) + "|" + department.group(3));
        }
        assertThat(RUBRIC_NAMES).hasSizeGreaterThan(40);
        assertThat(DISTRICTS).hasSize(14);
        assertThat(DEPARTMENTS).hasSize(22);
    }

    private static String unquote(String value) {
        return "null".equals(value) ? null : value.substring(1, value.length() - 1);
    }

    /** The default policies of V13, V23 and V85. */
    static TermSpec policy(Channel channel, String rubric, TermKind kind) {
        return switch (channel.regime()) {
            case APPEAL_59FZ -> switch (kind) {
                case REGISTRATION -> TermSpec.calendarDays(3);
                case FORWARDING -> TermSpec.calendarDays(7);
                case ANSWER, EXTENSION_MAX -> TermSpec.calendarDays(30);
                default -> TermSpec.workingDays(3);
            };
            case POS -> switch (kind) {
                case MODERATION, COORDINATION -> TermSpec.workingDays(1);
                case ANSWER -> TermSpec.workingDays(10);
                case RATING_WINDOW -> TermSpec.workingDays(5);
                default -> TermSpec.workingDays(3);
            };
            case INCIDENT -> switch (kind) {
                case TRIAGE -> TermSpec.workingHours(1);
                case INTERIM -> TermSpec.workingHours(9);
                case INTERIM_HIGH -> TermSpec.workingHours(4);
                case ANSWER -> TermSpec.workingDays(7);
                default -> TermSpec.workingDays(3);
            };
        };
    }

    static HistoryGenerator generator(long seed) {
        HistoryGenerator.Reference reference = new HistoryGenerator.Reference() {
            @Override
            public String departmentName(String code) {
                return DEPARTMENTS.get(code).split("\\|")[0];
            }

            @Override
            public String blockHeadName(String code) {
                return DEPARTMENTS.get(code).split("\\|")[1];
            }

            @Override
            public String defaultDepartment(String rubric) {
                return DEFAULT_DEPARTMENT.get(rubric);
            }

            @Override
            public String rubricName(String code) {
                return RUBRIC_NAMES.get(code);
            }

            @Override
            public String forwardTo(String rubric) {
                return FORWARD_TO.get(rubric);
            }

            @Override
            public boolean hasRubric(String code) {
                return RUBRIC_NAMES.containsKey(code);
            }

            @Override
            public boolean hasDistrict(String code) {
                return DISTRICTS.containsKey(code);
            }

            @Override
            public double[] districtCentre(String code) {
                return DISTRICTS.get(code);
            }

            @Override
            public String districtName(String code) {
                return DISTRICT_NAMES.get(code);
            }
        };
        return new HistoryGenerator(seed, NOW, 12, new TermArithmetic(Decrees.calendar()), HistoryGeneratorTest::policy, reference,
                login -> "Сотрудник " + login);
    }

    @Test
    void shouldPlayTheSameYearFromTheSameSeed() {
        List<HistoryGenerator.Generated> first = play(generator(7), 800);
        List<HistoryGenerator.Generated> second = play(generator(7), 800);
        List<HistoryGenerator.Generated> other = play(generator(8), 800);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(describe(first.get(i))).isEqualTo(describe(second.get(i)));
        }
        assertThat(other.stream().map(HistoryGeneratorTest::describe).toList())
                .isNotEqualTo(first.stream().map(HistoryGeneratorTest::describe).toList());
    }

    @Test
    void shouldCloseEveryCaseBeforeNowWithItsHistoryInOrder() {
        long started = System.nanoTime();
        List<HistoryGenerator.Generated> year = play(generator(20_260_810L), 6000);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(year).hasSizeBetween(5600, 6600);
        LocalDate firstDay = LocalDate.ofInstant(NOW, LocalZone.ZONE).minusMonths(12);
        for (HistoryGenerator.Generated g : year) {
            assertThat(g.record.getStatus()).as(g.record.getNumber()).isEqualTo(CaseStatus.CLOSED);
            assertThat(g.end).isBefore(NOW);
            assertThat(LocalDate.ofInstant(g.record.getReceivedAt(), LocalZone.ZONE)).isAfterOrEqualTo(firstDay);
            List<Instant> times = g.record.getEvents().stream().map(CaseEvent::getOccurredAt).toList();
            assertThat(times).as("history of %s", g.record.getNumber()).isSorted();
            assertThat(g.record.getEvents().get(0).getType()).isEqualTo(CaseEventType.RECEIVED);
        }
        // played in a few seconds at most, even on a shared machine (printed for docs/performance.md)
        System.out.printf("[history] %d cases played once in %d ms%n", year.size(), millis);
    }

    @Test
    void shouldPutLastWeeksBurstInItsDistrictAndWeek() {
        List<HistoryGenerator.Generated> year = play(generator(20_260_810L), 6000);
        ru.mcu.analytics.Period lastWeek = ru.mcu.analytics.Period.weekBefore(NOW);
        long burst = year.stream().filter(g -> g.plan.spot() != null && g.plan.spot().month() == 0).count();
        long snowInSinegorsk = snowInSinegorsk(year, lastWeek);
        long weekBefore = snowInSinegorsk(year, lastWeek.previous());
        assertThat(burst).as("the burst's cases kept").isGreaterThanOrEqualTo(10);
        // as GrowthFactors tests it: z = (n − p) / √(n + p) well above 2
        assertThat((snowInSinegorsk - weekBefore) / Math.sqrt(snowInSinegorsk + weekBefore)).as("%d against %d", snowInSinegorsk, weekBefore)
                .isGreaterThan(2.5);
    }

    @Test
    void shouldPlayIncidentsWithTheTriageTermAndTheInterimTermFromTheHandover() {
        List<HistoryGenerator.Generated> incidents = play(generator(20_260_810L), 6000).stream()
                .filter(g -> g.record.getChannel() == Channel.INCIDENT).toList();
        TermArithmetic arithmetic = new TermArithmetic(Decrees.calendar());
        Map<String, int[]> interim = new HashMap<>();
        long escalated = 0;
        for (HistoryGenerator.Generated g : incidents) {
            List<CaseEvent> events = g.record.getEvents();
            // as AssignStageTerm: the coordinator's triage term from receipt first, then the answer term
            assertThat(events.get(1).getType()).isEqualTo(CaseEventType.TERM_ASSIGNED);
            assertThat(events.get(1).getDescription()).as(g.record.getNumber()).startsWith("Срок (разбор координатором): 1 рабочий час");
            assertThat(events.get(2).getDescription()).startsWith("Срок ответа");
            if (g.record.getResolution() == ru.mcu.cases.Resolution.DISMISSED) {
                assertThat(g.record.getIncident().getInterimDueAt()).isNull();
                continue;
            }
            // as AssignInterimTerm: the interim term counted from the (last) handover, recorded with it
            CaseEvent handover = events.stream().filter(e -> e.getType() == CaseEventType.DEPARTMENT_ASSIGNED)
                    .reduce((a, b) -> b).orElseThrow();
            Instant interimDue = arithmetic.due(handover.getOccurredAt(), policy(Channel.INCIDENT, null,
                    g.record.getIncident().getImportance() == ru.mcu.cases.Importance.HIGH ? TermKind.INTERIM_HIGH : TermKind.INTERIM));
            assertThat(g.record.getIncident().getInterimDueAt()).as(g.record.getNumber()).isEqualTo(interimDue);
            CaseEvent term = events.get(events.indexOf(handover) + 1);
            assertThat(term.getType()).isEqualTo(CaseEventType.TERM_ASSIGNED);
            assertThat(term.getDescription()).startsWith("Срок промежуточного ответа: ").contains("с передачи исполнителю");
            Instant reacted = g.record.getIncident().getInterimAnsweredAt() != null ? g.record.getIncident().getInterimAnsweredAt() : g.record.getAnsweredAt();
            boolean late = reacted.isAfter(interimDue);
            long overdue = events.stream().filter(e -> e.getType() == CaseEventType.INTERIM_OVERDUE
                    && e.getOccurredAt().equals(interimDue)).count();
            // Timer_InterimOverdue fired exactly when the department let the term pass, and told the block head
            assertThat(overdue).as("interim overdue of %s", g.record.getNumber()).isEqualTo(late ? 1 : 0);
            if (late) {
                CaseEvent next = events.get(events.indexOf(events.stream().filter(e -> e.getType() == CaseEventType.INTERIM_OVERDUE
                        && e.getOccurredAt().equals(interimDue)).findFirst().orElseThrow()) + 1);
                assertThat(next.getType()).isEqualTo(CaseEventType.ESCALATED_TO_BLOCK_HEAD);
                assertThat(next.getDescription()).startsWith("Просрочен промежуточный ответ: сообщено руководителю блока");
                escalated++;
            }
            interim.computeIfAbsent(g.record.getDepartmentCode(), d -> new int[2])[late ? 1 : 0]++;
        }
        int[] all = interim.values().stream().reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
        System.out.printf("[history] %d incidents, interim on time %d, late %d; housing-control %s, land %s%n", incidents.size(),
                all[0], all[1], java.util.Arrays.toString(interim.get("housing-control")), java.util.Arrays.toString(interim.get("land")));
        assertThat(escalated).isPositive();
        assertThat(lateShare(all)).as("most interim answers in time").isLessThan(0.15);
        // the habitually late departments (land gets few incidents: its topics are paperwork, not streets)
        int[] lateOnes = {interim.get("housing-control")[0] + interim.get("land")[0], interim.get("housing-control")[1] + interim.get("land")[1]};
        assertThat(lateShare(interim.get("housing-control"))).as("housing-control").isGreaterThan(0.2).isGreaterThan(3 * lateShare(all));
        assertThat(lateShare(lateOnes)).as("housing-control and land").isGreaterThan(0.2);
    }

    private static double lateShare(int[] onTimeAndLate) {
        return (double) onTimeAndLate[1] / (onTimeAndLate[0] + onTimeAndLate[1]);
    }

    private static long snowInSinegorsk(List<HistoryGenerator.Generated> year, ru.mcu.analytics.Period week) {
        return year.stream().filter(g -> "sinegorsk".equals(g.record.getDistrictCode())
                        && g.record.getRubricCode() != null && g.record.getRubricCode().startsWith("snow.")
                        && !g.record.getReceivedAt().isBefore(week.start()) && g.record.getReceivedAt().isBefore(week.end()))
                .count();
    }

    private static List<HistoryGenerator.Generated> play(HistoryGenerator generator, int count) {
        List<HistoryGenerator.Plan> plans = generator.plan(count);
        int[] used = {0};
        return generator.play(plans, new HistoryGenerator.Numbers() {
            @Override
            public String next(HistoryGenerator.Plan plan) {
                return "T-" + (used[0] + 1);
            }

            @Override
            public void used(HistoryGenerator.Plan plan) {
                used[0]++;
            }
        });
    }

    private static String describe(HistoryGenerator.Generated g) {
        return g.record.getNumber() + g.record.getReceivedAt() + g.record.getDepartmentCode() + g.record.getStatus()
                + g.record.getEvents().stream().map(e -> e.getType() + "@" + e.getOccurredAt()).toList();
    }
}
