package ru.mcu.analytics.weeklynote;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.Period;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * What the block heads report as done on their themes in a week (Regulation 3.2.1): one text
 * per department and week, written by a head of that department ({@code dept-<code>-heads}),
 * checked by the head of the МЦУ, who may return it for correction with a comment. A returned
 * text stays out of the note until its author writes it again. Once the head of the МЦУ has
 * approved the week's note (and so once it is sent), its texts are kept as they were.
 */
@Service
@Transactional
public class BlockTexts {

    /** The longest text a block head may write. */
    static final int MAX_LENGTH = 4000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final StaffContacts staff;
    private final Clock clock;

    BlockTexts(NamedParameterJdbcTemplate jdbc, Directory directory, StaffContacts staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.directory = directory;
        this.clock = clock;
    }

    /** Where a text stands. */
    public enum Status { SUBMITTED, RETURNED }

    /** A block head's text for a week. */
    public record BlockText(LocalDate weekStart, String department, String departmentName, String body, Status status,
                            String writtenBy, Instant writtenAt, String returnedBy, Instant returnedAt, String returnComment) {

        public boolean returned() {
            return status == Status.RETURNED;
        }
    }

    /**
     * The week whose texts are being written: the week of yesterday, so that on Monday morning,
     * when the note is built, it is the week just ended, and later in the week the current one.
     */
    public LocalDate currentWeek() {
        return Period.weekOf(LocalDate.ofInstant(clock.instant(), ru.mcu.platform.time.LocalZone.ZONE).minusDays(1)).from();
    }

    /** The departments whose texts this user writes: those whose heads' group he is in. */
    public List<String> departmentsOf(Collection<String> groups) {
        return directory.departments().stream().map(d -> d.getCode())
                .filter(code -> groups.contains(DepartmentGroups.headsGroup(code))).toList();
    }

    /** Writes (or rewrites) the department's text for the week; a returned text is submitted again. */
    public void write(LocalDate day, String department, String body, String author, Collection<String> groups) {
        LocalDate monday = Period.weekOf(day).from();
        if (department == null || !groups.contains(DepartmentGroups.headsGroup(department))) {
            throw new AccessDeniedException("Текст блока пишет руководитель блока этого исполнителя");
        }
        if (body == null || body.isBlank()) {
            throw invalid("body", "Напишите, что сделано за неделю");
        }
        if (body.length() > MAX_LENGTH) {
            throw invalid("body", "Не длиннее " + MAX_LENGTH + " знаков");
        }
        requireOpen(monday);
        jdbc.update("""
                insert into weekly_note_block_text (week_start, department_code, body, status, written_by, written_at)
                values (:week, :department, :body, 'SUBMITTED', :author, :now)
                on conflict (week_start, department_code) do update set body = excluded.body, status = 'SUBMITTED',
                       written_by = excluded.written_by, written_at = excluded.written_at
                """, new MapSqlParameterSource("week", Date.valueOf(monday)).addValue("department", department)
                .addValue("body", body.strip()).addValue("author", author).addValue("now", Timestamp.from(clock.instant())));
    }

    /** The head of the МЦУ returns a department's text for correction. */
    public void returnForCorrection(LocalDate day, String department, String comment, String reviewer) {
        LocalDate monday = Period.weekOf(day).from();
        if (comment == null || comment.isBlank()) {
            throw invalid("comment", "Напишите, что исправить");
        }
        requireOpen(monday);
        int updated = jdbc.update("""
                update weekly_note_block_text set status = 'RETURNED', returned_by = :by, returned_at = :now, return_comment = :comment
                 where week_start = :week and department_code = :department
                """, new MapSqlParameterSource("week", Date.valueOf(monday)).addValue("department", department)
                .addValue("by", reviewer).addValue("now", Timestamp.from(clock.instant())).addValue("comment", comment.strip()));
        if (updated == 0) {
            throw invalid("department", "Текста этого исполнителя за неделю нет");
        }
    }

    /** Every text of the week, in the order of the departments. */
    @Transactional(readOnly = true)
    public List<BlockText> of(LocalDate day) {
        LocalDate monday = Period.weekOf(day).from();
        List<BlockText> texts = jdbc.query("select * from weekly_note_block_text where week_start = :week",
                new MapSqlParameterSource("week", Date.valueOf(monday)), (rs, i) -> new BlockText(monday, rs.getString("department_code"),
                        directory.departmentName(rs.getString("department_code")), rs.getString("body"),
                        Status.valueOf(rs.getString("status")), rs.getString("written_by"), rs.getTimestamp("written_at").toInstant(),
                        rs.getString("returned_by"), rs.getTimestamp("returned_at") == null ? null : rs.getTimestamp("returned_at").toInstant(),
                        rs.getString("return_comment")));
        List<String> order = directory.departments().stream().map(d -> d.getCode()).toList();
        return texts.stream().sorted(java.util.Comparator.comparingInt(t -> order.indexOf(t.department()))).toList();
    }

    /** The texts that go into the note: those not returned, each signed with its author's name. */
    @Transactional(readOnly = true)
    public List<WeeklyNote.BlockReport> accepted(LocalDate day) {
        return of(day).stream().filter(t -> !t.returned())
                .map(t -> new WeeklyNote.BlockReport(t.departmentName(), staff.nameOf(t.writtenBy()), t.body())).toList();
    }

    /**
     * Refuses a change once the week's note is approved or sent. The note's row is locked until
     * the change commits, so an approval recorded meanwhile waits for it rather than crossing it.
     */
    private void requireOpen(LocalDate monday) {
        String state = jdbc.query("""
                select case when status = 'SENT' then 'SENT' when reviewed_at is not null then 'REVIEWED' else 'OPEN' end
                  from weekly_note where week_start = :week for update
                """, new MapSqlParameterSource("week", Date.valueOf(monday)), rs -> rs.next() ? rs.getString(1) : "OPEN");
        if ("SENT".equals(state)) {
            throw invalid("week", "Записка за эту неделю уже направлена главе администрации");
        }
        if ("REVIEWED".equals(state)) {
            throw invalid("week", "Записка за эту неделю уже согласована руководителем МЦУ: тексты блоков больше не меняются");
        }
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(field, message);
    }
}
