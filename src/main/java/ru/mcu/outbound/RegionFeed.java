package ru.mcu.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;

/**
 * The daily feed for the regional ЦУР's BI (Regulation 1.2.9): for one local day, the counts of
 * cases received, answered, answered within their term and closed, per channel, rubric,
 * district and department — codes and names, never a citizen's data or a case's text. Built
 * once a day (the day before, {@code mcu.outbound.bi.cron}) when the BI endpoint is configured,
 * and sent through the same outbox as the answers, with the key {@code bi:day:<date>}.
 */
@Component
public class RegionFeed {

    private static final Logger log = LoggerFactory.getLogger(RegionFeed.class);

    private final JdbcTemplate jdbc;
    private final DeliveryQueue queue;
    private final Directory directory;
    private final OutboundProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RegionFeed(JdbcTemplate jdbc, DeliveryQueue queue, Directory directory, OutboundProperties properties, ObjectMapper json, Clock clock,
               PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.queue = queue;
        this.directory = directory;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(cron = "${mcu.outbound.bi.cron:0 15 1 * * *}", zone = "Asia/Sakhalin")
    public void scheduledDay() {
        if (!properties.bi().configured()) {
            return;
        }
        try {
            enqueueDay(LocalDate.now(clock.withZone(LocalZone.ZONE)).minusDays(1));
        } catch (RuntimeException e) {
            log.warn("ЦУР feed not built: {}", e.toString());
        }
    }

    /**
     * Enqueues the feed of one local day; returns false when that day's feed exists already or
     * the BI endpoint is not configured (the feed is for a machine; nobody places it by hand).
     */
    public boolean enqueueDay(LocalDate day) {
        if (!properties.bi().configured()) {
            return false;
        }
        // the counts and the row in one transaction (also when called from the schedule, inside this bean)
        return Boolean.TRUE.equals(transactions.execute(status -> build(day)));
    }

    private boolean build(LocalDate day) {
        String key = "bi:day:" + day;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryKey", key);
        body.put("day", day.toString());
        body.put("timeZone", LocalZone.ZONE.getId());
        body.put("generatedAt", clock.instant().toString());
        List<Map<String, Object>> rows = rows(day);
        body.put("rows", rows);
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String measure : List.of("received", "answered", "answeredOnTime", "closed")) {
            totals.put(measure, rows.stream().mapToLong(r -> ((Number) r.get(measure)).longValue()).sum());
        }
        body.put("totals", totals);
        try {
            return queue.enqueue(new DeliveryQueue.NewDelivery(key, Adapter.BI, null,
                    Adapter.BI.kind() + " " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), null,
                    json.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Feed body not written", e);
        }
    }

    private List<Map<String, Object>> rows(LocalDate day) {
        Instant from = day.atStartOfDay(LocalZone.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(LocalZone.ZONE).toInstant();
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("""
                select channel, rubric_code, district_code, department_code,
                       count(*) filter (where received_at >= ? and received_at < ?) as received,
                       count(*) filter (where answered_at >= ? and answered_at < ?) as answered,
                       count(*) filter (where answered_at >= ? and answered_at < ?
                                        and (answer_due_at is null or answered_at <= answer_due_at)) as answered_on_time,
                       count(*) filter (where closed_at >= ? and closed_at < ?) as closed
                from cases
                where (received_at >= ? and received_at < ?) or (answered_at >= ? and answered_at < ?)
                   or (closed_at >= ? and closed_at < ?)
                group by channel, rubric_code, district_code, department_code
                order by channel, rubric_code nulls first, district_code nulls first, department_code nulls first
                """, rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            String rubric = rs.getString("rubric_code");
            String district = rs.getString("district_code");
            String department = rs.getString("department_code");
            row.put("channel", rs.getString("channel"));
            row.put("rubric", rubric);
            row.put("rubricName", rubric == null ? null : directory.rubricName(rubric));
            row.put("district", district);
            row.put("districtName", district == null ? null : directory.districtName(district));
            row.put("department", department);
            row.put("departmentName", department == null ? null : directory.departmentName(department));
            row.put("received", rs.getLong("received"));
            row.put("answered", rs.getLong("answered"));
            row.put("answeredOnTime", rs.getLong("answered_on_time"));
            row.put("closed", rs.getLong("closed"));
            rows.add(row);
        }, f, t, f, t, f, t, f, t, f, t, f, t, f, t);
        return rows;
    }
}
