package ru.mcu.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;
import ru.mcu.workflow.common.CaseVariables;

/**
 * Loads the cases received in a period with the inputs the routing table saw: from
 * {@code routing_record} for cases routed since it exists, else rebuilt from the case (its
 * rubric, topic and district now, which the registrar may have corrected since, and its text)
 * and the department the rules gave from the case's history.
 */
@Component
class PastCases {

    private static final String RULE_PREFIX = "Автоправило определило исполнителя: ";
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final Directory directory;

    PastCases(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /**
     * Hands each case received in the period to {@code each}, one at a time, read in batches
     * (a cursor in a read-only transaction): a long period never holds every text in memory.
     */
    @Transactional(readOnly = true)
    void forEachReceivedBetween(Instant from, Instant to, Consumer<PastCase> each) {
        Map<String, String> codeByName = new HashMap<>();
        for (Department d : directory.departments()) {
            codeByName.put(d.getName(), d.getCode());
        }
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(FETCH_SIZE);
        cursor.query("""
                select c.number, c.text, c.anonymised_at is not null as erased, c.rubric_code, c.district_code, c.department_code,
                       c.reroute_count, c.overdue_since is not null as overdue,
                       r.case_id is not null as recorded, r.topic, r.rubric, r.district, r.department as rule_department,
                       (select e.description from case_event e where e.case_id = c.id and e.type = 'ROUTED_BY_RULE'
                         order by e.occurred_at, e.id limit 1) as rule_event
                  from cases c left join routing_record r on r.case_id = c.id
                 where c.received_at >= ? and c.received_at < ?
                 order by c.received_at, c.id""", rs -> {
            boolean recorded = rs.getBoolean("recorded");
            boolean erased = rs.getBoolean("erased");
            String text = erased || rs.getString("text") == null ? "" : rs.getString("text").toLowerCase(Locale.ROOT);
            String ruleDepartment;
            String rubric;
            String district;
            String topic;
            if (recorded) {
                rubric = rs.getString("rubric");
                district = rs.getString("district");
                topic = rs.getString("topic");
                ruleDepartment = rs.getString("rule_department");
            } else {
                rubric = rs.getString("rubric_code");
                district = rs.getString("district_code");
                topic = CaseVariables.topicOf(rubric);
                String event = rs.getString("rule_event");
                ruleDepartment = event != null && event.startsWith(RULE_PREFIX) ? codeByName.get(event.substring(RULE_PREFIX.length())) : null;
            }
            each.accept(new PastCase(rs.getString("number"), topic, rubric, district, text, recorded, erased, ruleDepartment,
                    rs.getString("department_code"), rs.getInt("reroute_count"), rs.getBoolean("overdue")));
        }, Timestamp.from(from), Timestamp.from(to));
    }
}
