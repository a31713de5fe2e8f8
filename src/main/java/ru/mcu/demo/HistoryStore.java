package ru.mcu.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.Extension;
import ru.mcu.cases.IncidentDetails;
import ru.mcu.cases.PosDetails;
import ru.mcu.platform.time.LocalZone;

/**
 * Writes the generated year in a few batched statements: registration numbers taken from the
 * same counters intake advances (one block per prefix and year), then the case rows, their
 * history, extensions and ratings (PostgreSQL's COPY), each row as the application's own code
 * would have stored it. Runs inside the caller's transaction.
 */
@Component
class HistoryStore {

    private static final Logger log = LoggerFactory.getLogger(HistoryStore.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    HistoryStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The registration numbers of the year: the counters of every prefix and year the plans
     * need, locked until the transaction ends (an intake meanwhile waits and then numbers after
     * the history), handed out in order of receipt; {@link Counters#save} stores how far they went.
     */
    Counters counters(List<HistoryGenerator.Plan> plans) {
        Map<String, long[]> last = new HashMap<>();
        for (HistoryGenerator.Plan plan : plans) {
            String key = key(plan);
            if (!last.containsKey(key)) {
                String prefix = key.substring(0, key.indexOf('|'));
                int year = Integer.parseInt(key.substring(key.indexOf('|') + 1));
                jdbc.update("insert into case_number_counter (prefix, year, last_value) values (?, ?, 0) on conflict do nothing",
                        prefix, year);
                last.put(key, new long[] {jdbc.queryForObject(
                        "select last_value from case_number_counter where prefix = ? and year = ? for update", Long.class, prefix, year)});
            }
        }
        return new Counters(last);
    }

    /** The counters while the year is played. */
    final class Counters implements HistoryGenerator.Numbers {

        private final Map<String, long[]> last;

        private Counters(Map<String, long[]> last) {
            this.last = last;
        }

        @Override
        public String next(HistoryGenerator.Plan plan) {
            String key = key(plan);
            return String.format(Locale.ROOT, "%s-%s-%06d", key.substring(0, key.indexOf('|')), key.substring(key.indexOf('|') + 1),
                    last.get(key)[0] + 1);
        }

        @Override
        public void used(HistoryGenerator.Plan plan) {
            last.get(key(plan))[0]++;
        }

        void save() {
            last.forEach((key, value) -> jdbc.update("update case_number_counter set last_value = ? where prefix = ? and year = ?",
                    value[0], key.substring(0, key.indexOf('|')), Integer.parseInt(key.substring(key.indexOf('|') + 1))));
        }
    }

    /** A case is numbered by the year it was received (filed) in. */
    private static String key(HistoryGenerator.Plan plan) {
        return plan.channel().numberPrefix() + "|" + LocalDate.ofInstant(plan.receivedAt(), LocalZone.ZONE).getYear();
    }

    /** Stores the cases with their history, extensions and ratings; returns the id of each. */
    Map<HistoryGenerator.Generated, Long> write(List<HistoryGenerator.Generated> generated) {
        Map<HistoryGenerator.Generated, Long> ids = new IdentityHashMap<>();
        if (generated.isEmpty()) {
            return ids;
        }
        List<Long> reserved = jdbc.queryForList("select nextval(pg_get_serial_sequence('cases', 'id')) from generate_series(1, ?)",
                Long.class, generated.size());
        for (int i = 0; i < generated.size(); i++) {
            ids.put(generated.get(i), reserved.get(i));
        }
        List<Object[]> caseRows = new ArrayList<>();
        for (HistoryGenerator.Generated g : generated) {
            caseRows.add(caseRow(g, ids));
        }
        copy("cases", CASE_COLUMNS, caseRows);
        List<Object[]> posRows = new ArrayList<>();
        List<Object[]> incidentRows = new ArrayList<>();
        for (HistoryGenerator.Generated g : generated) {
            Case c = g.record;
            if (c.getChannel() == Channel.POS) {
                PosDetails pos = c.getPos();
                posRows.add(new Object[] {ids.get(g), pos.getCategory(), pos.getSubcategory(), pos.getReworkCount(),
                        pos.getPlannedFor(), time(pos.getPlannedAnsweredAt()), time(pos.getPlannedAnswerDueAt())});
            } else if (c.getChannel() == Channel.INCIDENT) {
                IncidentDetails incident = c.getIncident();
                incidentRows.add(new Object[] {ids.get(g), name(incident.getImportance()), incident.getSourceNetwork(),
                        incident.getSourceUrl(), time(incident.getInterimDueAt()), time(incident.getInterimAnsweredAt()),
                        incident.getAnswerEvidence()});
            }
        }
        copy("case_pos", "case_id, category, subcategory, rework_count, planned_for, planned_answered_at, planned_answer_due_at",
                posRows);
        copy("case_incident", "case_id, importance, source_network, source_url, interim_due_at, interim_answered_at, answer_evidence",
                incidentRows);
        List<Object[]> events = new ArrayList<>();
        List<Object[]> extensions = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        for (HistoryGenerator.Generated g : generated) {
            long id = ids.get(g);
            List<Object[]> history = new ArrayList<>();
            for (CaseEvent e : g.record.getEvents()) {
                history.add(new Object[] {id, time(e.getOccurredAt()), e.getActor(), e.getType().name(), e.getDescription(), e.getReason()});
            }
            for (HistoryGenerator.Extra e : g.extras) {
                history.add(new Object[] {id, time(e.at()), e.actor(), e.type().name(), e.description(), null});
            }
            // a stable sort: steps of the same instant keep the order the case recorded them in
            history.sort(Comparator.comparing(row -> (OffsetDateTime) row[1]));
            events.addAll(history);
            for (Extension x : g.record.getExtensions()) {
                extensions.add(new Object[] {id, time(x.getRequestedAt()), x.getRequestedBy(), x.getDays(), x.getReason(),
                        time(x.getDecidedAt()), x.getDecidedBy(), x.getApproved(), x.getComment(),
                        x.getGround() == null ? null : x.getGround().name()});
            }
            for (HistoryGenerator.Rating r : g.ratings) {
                ratings.add(new Object[] {id, r.round(), r.score(), r.comment(), time(r.at())});
            }
        }
        copy("case_event", "case_id, occurred_at, actor, type, description, reason", events);
        copy("case_extension", "case_id, requested_at, requested_by, days, reason, decided_at, decided_by, approved, comment, ground",
                extensions);
        copy("case_rating", "case_id, round, score, comment, rated_at", ratings);
        return ids;
    }

    /** How many events were written for the cases (for the log). */
    static int eventCount(List<HistoryGenerator.Generated> generated) {
        return generated.stream().mapToInt(g -> g.record.getEvents().size() + g.extras.size()).sum();
    }

    private static final String CASE_COLUMNS = """
            id, number, channel, external_id, kind, citizen_full_name, citizen_postal_address, citizen_email, citizen_phone, text,
            rubric_code, district_code, address, latitude, longitude, received_at, registered_at, answered_at, closed_at,
            department_code, status, resolution, resolution_note, answer_text, forwarded_to, reroute_count, created_at, updated_at,
            version, registration_due_at, answer_due_at, overdue_since, extension_days, first_reaction_at, rating_score,
            rating_comment, rated_at, main_case_id, result_type, result_type_automatic, control_until,
            control_reminded_for, control_closed_at, control_closed_by, control_closing_note""";

    private static Object[] caseRow(HistoryGenerator.Generated g, Map<HistoryGenerator.Generated, Long> ids) {
        Case c = g.record;
        Citizen citizen = c.getCitizen();
        Instant updated = c.getEvents().stream().map(CaseEvent::getOccurredAt).max(Comparator.naturalOrder()).orElse(c.getUpdatedAt());
        for (HistoryGenerator.Extra e : g.extras) {
            updated = e.at().isAfter(updated) ? e.at() : updated;
        }
        Object[] values = {
                ids.get(g), c.getNumber(), c.getChannel().name(), c.getExternalId(), name(c.getKind()),
                citizen.getFullName(), citizen.getPostalAddress(), citizen.getEmail(), citizen.getPhone(), c.getText(),
                c.getRubricCode(), c.getDistrictCode(), c.getAddress(), c.getLatitude(), c.getLongitude(),
                time(c.getReceivedAt()), time(c.getRegisteredAt()), time(c.getAnsweredAt()), time(c.getClosedAt()),
                c.getDepartmentCode(), c.getStatus().name(), name(c.getResolution()), c.getResolutionNote(), c.getAnswerText(),
                c.getForwardedTo(), c.getRerouteCount(), time(c.getCreatedAt()), time(updated),
                (long) c.getEvents().size() + g.extras.size(), time(c.getRegistrationDueAt()), time(c.getAnswerDueAt()),
                time(c.getOverdueSince()), c.getExtensionDays(),
                time(c.getFirstReactionAt()), c.getRatingScore(), c.getRatingComment(), time(c.getRatedAt()),
                g.main == null ? null : ids.get(g.main), name(c.getResultType()), c.isResultTypeAutomatic(),
                c.getControl().getUntil(), c.getControl().getRemindedFor(), time(c.getControl().getClosedAt()), c.getControl().getClosedBy(),
                c.getControl().getClosingNote()};
        return values;
    }

    /**
     * Rows into a table with PostgreSQL's COPY (CSV), on the connection of the current
     * transaction: tens of thousands of rows in well under a second.
     */
    private void copy(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object v = row[i];
                if (v instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (v != null) {
                    csv.append(v);
                }
            }
            csv.append('\n');
        }
        long started = System.nanoTime();
        String sql = "copy " + table + " (" + columns.replace('\n', ' ') + ") from stdin with (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write the demo history into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        log.debug("Copied {} rows into {} in {} ms", rows.size(), table, (System.nanoTime() - started) / 1_000_000);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
