package ru.mcu.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code case_attachment}: metadata and content in one row, the content read only
 * when a file is downloaded (PostgreSQL keeps a large {@code bytea} out of line, so listing the
 * files does not touch it).
 */
@Component
class AttachmentStore {

    private static final String COLUMNS = "id, case_id, kind, file_name, file_type, size_bytes, sha256, uploaded_at, uploaded_by, removed_at, removed_by";

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored file without its content; a removed one keeps its line, with who removed it and when. */
    record Row(long id, long caseId, AttachmentKind kind, String fileName, FileType type, long size, String sha256,
               Instant uploadedAt, String uploadedBy, Instant removedAt, String removedBy) {

        boolean removed() {
            return removedAt != null;
        }
    }

    long insert(long caseId, CheckedFile file, Instant at, String by) {
        Long id = jdbc.queryForObject("""
                insert into case_attachment (case_id, kind, file_name, file_type, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, caseId, file.kind().name(), file.name(), file.type().name(), file.type().mediaType(), file.size(),
                file.sha256(), file.content(), Timestamp.from(at), by);
        return id == null ? 0 : id;
    }

    List<Row> ofCase(long caseId) {
        return jdbc.query("select " + COLUMNS + " from case_attachment where case_id = ? order by uploaded_at, id", AttachmentStore::row, caseId);
    }

    /** A file of the case that has not been removed. */
    Optional<Row> find(long caseId, long id) {
        return jdbc.query("select " + COLUMNS + " from case_attachment where case_id = ? and id = ? and removed_at is null",
                AttachmentStore::row, caseId, id).stream().findFirst();
    }

    /** Drops the content of a file and marks its line removed; false when it was removed already (by a concurrent click). */
    boolean remove(long caseId, long id, Instant at, String by) {
        return jdbc.update("update case_attachment set content = null, removed_at = ?, removed_by = ? "
                + "where case_id = ? and id = ? and removed_at is null", Timestamp.from(at), by, caseId, id) == 1;
    }

    byte[] content(long id) {
        return jdbc.queryForObject("select content from case_attachment where id = ?", byte[].class, id);
    }

    /** Bytes and files the case holds now; the case's row is locked first, so two uploads cannot both pass the limit. */
    Usage usageLocking(long caseId) {
        jdbc.queryForList("select id from cases where id = ? for update", Long.class, caseId);
        return usage(caseId);
    }

    Usage usage(long caseId) {
        return jdbc.queryForObject("select coalesce(sum(size_bytes), 0), count(*) from case_attachment where case_id = ? and removed_at is null",
                (rs, i) -> new Usage(rs.getLong(1), rs.getInt(2)), caseId);
    }

    /** Whether the retention job has erased the case's personal data. */
    boolean anonymised(long caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select anonymised_at is not null from cases where id = ?", Boolean.class, caseId));
    }

    int deleteOfCase(long caseId) {
        return jdbc.update("delete from case_attachment where case_id = ?", caseId);
    }

    /** What a case holds. */
    record Usage(long bytes, int files) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("case_id"), AttachmentKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                FileType.valueOf(rs.getString("file_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                rs.getTimestamp("removed_at") == null ? null : rs.getTimestamp("removed_at").toInstant(), rs.getString("removed_by"));
    }
}
