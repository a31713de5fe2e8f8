package ru.mcu.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case module's part of anonymising a case closed long ago (called by
 * {@code ru.mcu.security.retention.Retention}): the citizen's personal data and every text on
 * the case and its records become a marker; what the figures need stays.
 */
@Service
public class CaseAnonymisation {

    private final JdbcTemplate jdbc;

    CaseAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A closed case not yet anonymised. */
    public record Closed(long id, String number, String processInstanceId) {
    }

    /** Up to {@code limit} closed cases not yet anonymised, closed before {@code before}, the oldest first. */
    public List<Closed> closedBefore(Instant before, int limit) {
        return jdbc.query("""
                select id, number, process_instance_id from cases
                where status = 'CLOSED' and closed_at < ? and anonymised_at is null order by closed_at limit ?
                """, (rs, i) -> new Closed(rs.getLong(1), rs.getString(2), rs.getString(3)), Timestamp.from(before), limit);
    }

    /**
     * Anonymises the case and its events, rating, co-execution, suspensions and extensions, in
     * the caller's transaction; false when it was anonymised already (by another node).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean anonymise(long caseId, String marker, Instant at) {
        // "and anonymised_at is null": with several nodes the job runs on each at the same hour;
        // the row lock lets one node take a case, the others find it done and skip it
        int taken = jdbc.update("""
                update cases set citizen_full_name = ?, citizen_postal_address = null, citizen_email = null, citizen_phone = null,
                       text = ?, answer_text = case when answer_text is null then null else ? end,
                       resolution_note = case when resolution_note is null then null else ? end,
                       rating_comment = case when rating_comment is null then null else ? end,
                       address = null, external_id = null,
                       latitude = round(cast(latitude as numeric), 3), longitude = round(cast(longitude as numeric), 3),
                       anonymised_at = ?, version = version + 1
                where id = ? and anonymised_at is null
                """, marker, marker, marker, marker, marker, Timestamp.from(at), caseId);
        if (taken == 0) {
            return false;
        }
        jdbc.update("update case_incident set source_url = null, answer_evidence = case when answer_evidence is null then null else ? end"
                + " where case_id = ?", marker, caseId);
        jdbc.update("update case_event set reason = ? where case_id = ? and reason is not null", marker, caseId);
        jdbc.update("update case_rating set comment = null where case_id = ?", caseId);
        jdbc.update("update case_co_execution set contribution = ? where case_id = ? and contribution is not null", marker, caseId);
        jdbc.update("update case_suspension set reason = ? where case_id = ?", marker, caseId);
        jdbc.update("update case_extension set reason = ?, comment = case when comment is null then null else ? end where case_id = ?",
                marker, marker, caseId);
        return true;
    }
}
