package ru.mcu.demo;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.cases.Channel;
import ru.mcu.deadline.DeadlinePolicies;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;
import ru.mcu.directory.District;
import ru.mcu.directory.Rubric;
import ru.mcu.directory.StaffContacts;

/**
 * The demo year ({@code mcu.demo.history.*}, on in the demo profile): about 6 000 closed appeals,
 * ПОС messages and incidents over the twelve months before today, so that the rating, the heat
 * map, the growth factors, the results report and the weekly note have a year to show. Played
 * by {@link HistoryGenerator} through the case's own methods and written by {@link HistoryStore}
 * in one transaction, before the live demo cases are filed; a database that has it already is
 * left alone. The closed cases have no process instance: nothing in the engine waits for them.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final String MARK = "demo-history-";

    private final DemoProperties properties;
    private final HistoryStore store;
    private final DemoRoadmaps roadmaps;
    private final TermArithmetic arithmetic;
    private final DeadlinePolicies policies;
    private final Directory directory;
    private final StaffContacts staff;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoHistory(DemoProperties properties, HistoryStore store, DemoRoadmaps roadmaps, TermArithmetic arithmetic,
                DeadlinePolicies policies, Directory directory, StaffContacts staff, JdbcTemplate jdbc,
                PlatformTransactionManager transactions, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.roadmaps = roadmaps;
        this.arithmetic = arithmetic;
        this.policies = policies;
        this.directory = directory;
        this.staff = staff;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one seeding wrote. */
    record Summary(int cases, int events, Map<Channel, Long> byChannel, long millis, long playMillis, long writeMillis) {
    }

    /** After the demo users (their names are in the history), before the live demo cases (numbers in order of receipt). */
    @EventListener(ApplicationStartedEvent.class)
    @Order(28)
    public void onStart() {
        if (properties.history().enabled()) {
            seed();
        }
    }

    /** Seeds the year unless the database has it; null when it had. */
    Summary seed() {
        long started = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Summary summary = transactions.execute(status -> {
            // two nodes starting on one empty database: the second waits and then finds the history
            jdbc.execute("select pg_advisory_xact_lock(hashtext('mcu-demo-history'))");
            if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from cases where external_id like ?)",
                    Boolean.class, MARK + "%"))) {
                return null;
            }
            return write(started);
        });
        if (summary == null) {
            log.info("Demo history present already: not seeded again");
            return null;
        }
        log.info("Seeded the demo history: {} closed cases ({}) with {} history entries and 2 roadmaps in {} ms "
                        + "(generated in {} ms, written in {} ms; {} ms of CPU in this JVM); the application has run {} s since the JVM started",
                summary.cases(), summary.byChannel(), summary.events(), summary.millis(), summary.playMillis(), summary.writeMillis(),
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        return summary;
    }

    private Summary write(long started) {
        Instant now = clock.instant();
        DemoProperties.History settings = properties.history();
        HistoryGenerator generator = new HistoryGenerator(settings.seed(), now, settings.months(), arithmetic,
                policies::termFor, reference(), names());
        List<HistoryGenerator.Plan> plans = generator.plan(settings.cases());
        HistoryStore.Counters numbers = store.counters(plans);
        List<HistoryGenerator.Generated> generated = generator.play(plans, numbers);
        numbers.save();
        long played = System.nanoTime();
        store.write(generated);
        roadmaps.create(generated, now);
        // fresh statistics for the analytics' plans over a table that just grew by thousands of rows
        jdbc.execute("analyze cases");
        jdbc.execute("analyze case_event");
        Map<Channel, Long> byChannel = generated.stream().collect(Collectors.groupingBy(g -> g.record.getChannel(),
                () -> new java.util.EnumMap<>(Channel.class), Collectors.counting()));
        long done = System.nanoTime();
        return new Summary(generated.size(), HistoryStore.eventCount(generated), byChannel, (done - started) / 1_000_000,
                (played - started) / 1_000_000, (done - played) / 1_000_000);
    }

    private HistoryGenerator.Reference reference() {
        return new HistoryGenerator.Reference() {
            @Override
            public String departmentName(String code) {
                return directory.departmentName(code);
            }

            @Override
            public String blockHeadName(String code) {
                return directory.department(code).map(Department::getBlockHeadName).orElse(code);
            }

            @Override
            public String defaultDepartment(String rubric) {
                return directory.rubric(rubric).map(Rubric::getDefaultDepartment).filter(directory::isActiveDepartment).orElse(null);
            }

            @Override
            public String rubricName(String code) {
                return directory.rubricName(code);
            }

            @Override
            public String forwardTo(String rubric) {
                return directory.rubric(rubric).map(Rubric::getForwardTo).orElse(null);
            }

            @Override
            public boolean hasRubric(String code) {
                return directory.rubric(code).filter(Rubric::isActive).isPresent();
            }

            @Override
            public boolean hasDistrict(String code) {
                return directory.district(code).isPresent();
            }

            @Override
            public double[] districtCentre(String code) {
                District d = directory.district(code).orElseThrow();
                return new double[] {d.getLatitude(), d.getLongitude()};
            }

            @Override
            public String districtName(String code) {
                return directory.districtName(code);
            }
        };
    }

    /** The staff's names as the history shows them, each read once from the engine's users. */
    private java.util.function.Function<String, String> names() {
        Map<String, String> cache = new ConcurrentHashMap<>();
        return login -> cache.computeIfAbsent(login, staff::nameOf);
    }
}
