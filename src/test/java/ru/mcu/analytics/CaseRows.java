package ru.mcu.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.platform.time.LocalZone;

/**
 * Inserts case rows straight into the tables, for analytics tests that must not depend on the
 * appeal process. Times are given as local Sakhalin time {@code 2025-03-05 10:00}.
 */
public final class CaseRows {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private CaseRows(String number) {
        values.put("number", number);
        values.put("channel", "SITE");
        values.put("text", "Текст обращения " + number);
        values.put("status", "CLOSED");
    }

    /** A case with the given number, channel SITE, status CLOSED, until told otherwise. */
    public static CaseRows of(String number) {
        return new CaseRows(number);
    }

    /** Local Sakhalin time {@code yyyy-MM-dd HH:mm} as an instant. */
    public static Instant local(String value) {
        return LocalDateTime.parse(value.replace(' ', 'T')).atZone(LocalZone.ZONE).toInstant();
    }

    public CaseRows set(String column, Object value) {
        values.put(column, value instanceof Instant i ? Timestamp.from(i) : value);
        return this;
    }

    private CaseRows at(String column, String local) {
        return set(column, local == null ? null : local(local));
    }

    public CaseRows channel(String channel) {
        return set("channel", channel);
    }

    public CaseRows rubric(String rubric) {
        return set("rubric_code", rubric);
    }

    public CaseRows district(String district) {
        return set("district_code", district);
    }

    public CaseRows department(String department) {
        return set("department_code", department);
    }

    public CaseRows status(String status) {
        return set("status", status);
    }

    public CaseRows received(String local) {
        return at("received_at", local);
    }

    public CaseRows registered(String local) {
        return at("registered_at", local);
    }

    public CaseRows reacted(String local) {
        return at("first_reaction_at", local);
    }

    /** Answered and closed as answered at that time. */
    public CaseRows answered(String local) {
        at("answered_at", local);
        at("closed_at", local);
        return set("resolution", "ANSWERED").set("status", "CLOSED");
    }

    /** Still open, in the department. */
    public CaseRows open() {
        values.remove("answered_at");
        values.remove("closed_at");
        values.remove("resolution");
        return set("status", "IN_DEPARTMENT");
    }

    public CaseRows due(String local) {
        return at("answer_due_at", local);
    }

    public CaseRows rated(int score, String local) {
        set("rating_score", score);
        return at("rated_at", local);
    }

    public CaseRows place(double latitude, double longitude, String address) {
        return set("latitude", latitude).set("longitude", longitude).set("address", address);
    }

    public CaseRows citizen(String name, String email, String phone, String postalAddress) {
        return set("citizen_full_name", name).set("citizen_email", email).set("citizen_phone", phone)
                .set("citizen_postal_address", postalAddress);
    }

    /** Inserts the row; returns its id. */
    public long insert(JdbcTemplate jdbc) {
        Map<String, Object> row = new LinkedHashMap<>(values);
        Object received = row.getOrDefault("received_at", Timestamp.from(ru.mcu.support.TestDays.TODAY));
        row.putIfAbsent("received_at", received);
        row.putIfAbsent("created_at", received);
        row.putIfAbsent("updated_at", received);
        Map<String, Object> pos = details(row, POS_COLUMNS, "POS");
        Map<String, Object> incident = details(row, INCIDENT_COLUMNS, "INCIDENT");
        long id = insert(jdbc, "cases", row);
        if (pos != null) {
            pos.put("case_id", id);
            insert(jdbc, "case_pos", pos);
        }
        if (incident != null) {
            incident.put("case_id", id);
            insert(jdbc, "case_incident", incident);
        }
        return id;
    }

    private static final java.util.Set<String> POS_COLUMNS = java.util.Set.of("category", "subcategory", "rework_count",
            "planned_for", "planned_answered_at", "planned_answer_due_at");
    private static final java.util.Set<String> INCIDENT_COLUMNS = java.util.Set.of("importance", "source_network", "source_url",
            "interim_due_at", "interim_answered_at", "answer_evidence");

    /** The columns of a channel's own table taken out of the row; null when the case has no row there. */
    private static Map<String, Object> details(Map<String, Object> row, java.util.Set<String> columns, String channel) {
        Map<String, Object> details = new LinkedHashMap<>();
        row.keySet().removeIf(k -> {
            if (columns.contains(k)) {
                details.put(k, row.get(k));
                return true;
            }
            return false;
        });
        return details.isEmpty() && !channel.equals(row.get("channel")) ? null : details;
    }

    private static long insert(JdbcTemplate jdbc, String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        if (!table.equals("cases")) {
            jdbc.update("insert into " + table + " (" + columns + ") values (" + marks + ")", row.values().toArray());
            return 0;
        }
        return jdbc.queryForObject("insert into cases (" + columns + ") values (" + marks + ") returning id", Long.class,
                row.values().toArray());
    }

    /** Deletes the cases whose number starts with the prefix, with everything that refers to them. */
    public static void deleteAll(JdbcTemplate jdbc, String prefix) {
        String ids = "select id from cases where number like '" + prefix.replace("'", "") + "%'";
        jdbc.update("update cases set main_case_id = null where main_case_id in (" + ids + ")");
        jdbc.update("delete from roadmap_case where case_id in (" + ids + ")");
        jdbc.update("delete from case_rating where case_id in (" + ids + ")");
        jdbc.update("delete from case_event where case_id in (" + ids + ")");
        jdbc.update("delete from case_co_execution where case_id in (" + ids + ")");
        jdbc.update("delete from cases where number like ?", prefix + "%");
    }
}
