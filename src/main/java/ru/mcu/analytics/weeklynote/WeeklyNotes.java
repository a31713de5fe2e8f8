package ru.mcu.analytics.weeklynote;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.AnalyticsLinks;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.analytics.Period;
import ru.mcu.notification.Mail;
import ru.mcu.notification.MailKind;
import ru.mcu.notification.MailTemplates;
import ru.mcu.notification.Outbox;

/**
 * The archive of weekly notes and the steps of the {@code weekly-note} process: build (or
 * rebuild) the note of a week, record the review of the head of the МЦУ, send it. The e-mail to
 * the head of administration carries the archived PDF as an attachment, with the summary and the
 * links to the note's page and PDF kept in the text; the archive keeps exactly what was sent.
 * A draft is rebuilt whenever a block head's text for its week changes ({@link #refresh}), so
 * that what the head of the МЦУ reads is what will be sent.
 */
@Service
@Transactional
public class WeeklyNotes {

    private final NamedParameterJdbcTemplate jdbc;
    private final WeeklyNoteBuilder builder;
    private final NoteDocuments documents;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final AnalyticsLinks links;
    private final AnalyticsProperties properties;
    private final Clock clock;

    WeeklyNotes(NamedParameterJdbcTemplate jdbc, WeeklyNoteBuilder builder, NoteDocuments documents, MailTemplates templates,
                Outbox outbox, AnalyticsLinks links, AnalyticsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.builder = builder;
        this.documents = documents;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** A note in the archive. */
    public record Archived(long id, LocalDate weekStart, String status, Instant builtAt, String summary, String reviewedBy,
                           Instant reviewedAt, String reviewComment, String sentTo, Instant sentAt) {

        public Period week() {
            return Period.weekOf(weekStart);
        }

        public boolean sent() {
            return "SENT".equals(status);
        }

        /** Approved by the head of the МЦУ (or already sent): its content is final. */
        public boolean reviewed() {
            return reviewedAt != null || sent();
        }
    }

    /** The week the Monday note reports on: the last complete week. */
    public LocalDate lastWeek() {
        return Period.weekBefore(clock.instant()).from();
    }

    /**
     * Builds the note of the week containing {@code day} and archives it as a draft, replacing an
     * earlier draft of that week; a note already sent is kept as it was.
     */
    public Archived build(LocalDate day, String processInstanceId) {
        LocalDate monday = Period.weekOf(day).from();
        Optional<Archived> existing = find(monday);
        if (existing.isPresent() && existing.get().sent()) {
            return existing.get();
        }
        WeeklyNote note = builder.build(monday);
        MapSqlParameterSource p = new MapSqlParameterSource("week", Date.valueOf(monday))
                .addValue("builtAt", Timestamp.from(note.builtAt())).addValue("html", documents.html(note))
                .addValue("pdf", documents.pdf(note)).addValue("summary", documents.summary(note)).addValue("process", processInstanceId);
        jdbc.update("""
                insert into weekly_note (week_start, status, built_at, html, pdf, summary, process_instance_id)
                values (:week, 'DRAFT', :builtAt, :html, :pdf, :summary, :process)
                on conflict (week_start) do update set built_at = excluded.built_at, html = excluded.html, pdf = excluded.pdf,
                       summary = excluded.summary, process_instance_id = excluded.process_instance_id,
                       review_comment = null, reviewed_by = null, reviewed_at = null
                 where weekly_note.status = 'DRAFT'
                """, p);
        return find(monday).orElseThrow();
    }

    /**
     * Rebuilds the draft of the week containing {@code day}, if there is one, after its block
     * texts changed; a note already reviewed by the head of the МЦУ or sent, or a week without a
     * note, is left alone, so that what was approved (with its comment) is what is sent.
     */
    public void refresh(LocalDate day) {
        LocalDate monday = Period.weekOf(day).from();
        Optional<Archived> existing = find(monday);
        if (existing.isPresent() && !existing.get().reviewed()) {
            String process = jdbc.queryForObject("select process_instance_id from weekly_note where id = :id",
                    new MapSqlParameterSource("id", existing.get().id()), String.class);
            build(monday, process);
        }
    }

    /** The head of the МЦУ reviewed the note, with an optional comment for the head of administration. */
    public void review(long id, String reviewer, String comment) {
        jdbc.update("update weekly_note set reviewed_by = :by, reviewed_at = :at, review_comment = :comment where id = :id",
                new MapSqlParameterSource("id", id).addValue("by", reviewer).addValue("at", Timestamp.from(clock.instant()))
                        .addValue("comment", comment == null || comment.isBlank() ? null : comment.trim()));
    }

    /** E-mails the note to the head of administration through the outbox and marks it sent; once per note. */
    public boolean send(long id) {
        Archived note = get(id).orElseThrow(() -> new IllegalStateException("No weekly note " + id));
        String recipient = properties.headOfAdministrationEmail();
        Map<String, Object> values = new HashMap<>();
        values.put("week", note.week().title());
        values.put("summary", note.summary());
        values.put("comment", note.reviewComment());
        values.put("pdfLink", links.to("/analytics/notes/" + id + ".pdf"));
        values.put("htmlLink", links.to("/analytics/notes/" + id));
        MailKind kind = MailKind.WEEKLY_NOTE;
        MailTemplates.Rendered mail = templates.render(kind, values);
        byte[] document = pdf(id).orElseThrow();
        boolean written = outbox.enqueue(new Mail(kind.key(note.weekStart(), recipient), kind.kind(), null,
                recipient, mail.subject(), mail.text(), mail.html(),
                new Mail.Attachment(attachmentName(note.weekStart()), "application/pdf", document)));
        jdbc.update("update weekly_note set status = 'SENT', sent_to = :to, sent_at = coalesce(sent_at, :at) where id = :id",
                new MapSqlParameterSource("id", id).addValue("to", recipient).addValue("at", Timestamp.from(clock.instant())));
        return written;
    }

    /** The file name of the note's PDF: {@code weekly-note-2026-11-09.pdf}. */
    public static String attachmentName(LocalDate monday) {
        return "weekly-note-" + monday + ".pdf";
    }

    @Transactional(readOnly = true)
    public List<Archived> archive() {
        return jdbc.query(SELECT + " order by week_start desc", new MapSqlParameterSource(), this::map);
    }

    @Transactional(readOnly = true)
    public Optional<Archived> get(long id) {
        return jdbc.query(SELECT + " where id = :id", new MapSqlParameterSource("id", id), this::map).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Archived> find(LocalDate monday) {
        return jdbc.query(SELECT + " where week_start = :week", new MapSqlParameterSource("week", Date.valueOf(monday)), this::map)
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long id) {
        return jdbc.query("select pdf from weekly_note where id = :id", new MapSqlParameterSource("id", id), (rs, i) -> rs.getBytes(1))
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<String> html(long id) {
        return jdbc.query("select html from weekly_note where id = :id", new MapSqlParameterSource("id", id), (rs, i) -> rs.getString(1))
                .stream().findFirst();
    }

    private static final String SELECT = """
            select id, week_start, status, built_at, summary, reviewed_by, reviewed_at, review_comment, sent_to, sent_at from weekly_note
            """;

    private Archived map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Archived(rs.getLong("id"), rs.getDate("week_start").toLocalDate(), rs.getString("status"),
                rs.getTimestamp("built_at").toInstant(), rs.getString("summary"), rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("review_comment"), rs.getString("sent_to"), sent == null ? null : sent.toInstant());
    }
}
