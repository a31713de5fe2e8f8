package ru.mcu.analytics.roadmap;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/**
 * Creates, changes and reads roadmaps and their measures, and carries their approval: a new
 * roadmap waits «на утверждении» for the block head of its responsible department, who approves
 * it (then it is in progress) or returns it with a comment (back to a draft, sent again by the
 * head of the МЦУ).
 */
@Service
@Transactional
public class Roadmaps {

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final Clock clock;

    Roadmaps(NamedParameterJdbcTemplate jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** What a new roadmap is made of; case numbers that do not exist are ignored. */
    public record Draft(String title, String problem, String source, String rubricCode, String districtCode,
                        String ownerDepartment, RootCause rootCause, String rootCauseText, List<String> caseNumbers) {
    }

    /** Creates the roadmap and sends it for approval to the block head of its responsible department. */
    public long create(Draft draft, String actor) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "title", draft.title() == null || draft.title().isBlank(), "Обязательное поле");
        check(errors, "problem", draft.problem() == null || draft.problem().isBlank(), "Обязательное поле");
        check(errors, "owner", !directory.isActiveDepartment(draft.ownerDepartment()),
                "Выберите ответственного исполнителя: карту утверждает руководитель его блока");
        check(errors, "rootCause", draft.rootCause() == null, "Выберите первопричину из списка");
        check(errors, "rootCauseText", draft.rootCause() == RootCause.OTHER && blank(draft.rootCauseText()) == null,
                "Опишите первопричину: выбрано «Иное»");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into roadmap (title, problem, status, source, rubric_code, district_code, owner_department, root_cause, root_cause_text,
                                     created_by, created_at, updated_at, submitted_at)
                values (:title, :problem, 'PENDING_APPROVAL', :source, :rubric, :district, :owner, :cause, :causeText,
                        :actor, :now, :now, :now)
                """, new MapSqlParameterSource().addValue("title", draft.title().trim()).addValue("problem", draft.problem().trim())
                .addValue("source", blank(draft.source())).addValue("rubric", known(draft.rubricCode(), directory.rubric(draft.rubricCode()).isPresent()))
                .addValue("district", known(draft.districtCode(), directory.district(draft.districtCode()).isPresent()))
                .addValue("owner", draft.ownerDepartment()).addValue("cause", draft.rootCause().name())
                .addValue("causeText", blank(draft.rootCauseText()))
                .addValue("actor", actor).addValue("now", now), key, new String[]{"id"});
        long id = key.getKey().longValue();
        if (!draft.caseNumbers().isEmpty()) {
            jdbc.update("insert into roadmap_case (roadmap_id, case_id) select :id, id from cases where number in (:numbers) on conflict do nothing",
                    new MapSqlParameterSource("id", id).addValue("numbers", draft.caseNumbers()));
        }
        return id;
    }

    /** What the head of the МЦУ changes on a roadmap's page. */
    public record Change(String title, String problem, Roadmap.Status status, String ownerDepartment, RootCause rootCause,
                         String rootCauseText) {
    }

    /**
     * Changes the roadmap. A draft (or a returned one) is sent for approval again by setting
     * «на утверждении»; «выполняется» and «выполнена» need the block head's approval, and an
     * approved roadmap does not go back to a draft.
     */
    public void update(long id, Change change) {
        Roadmap current = get(id).orElseThrow(RoadmapNotFoundException::new);
        List<FieldError> errors = new ArrayList<>();
        check(errors, "title", change.title() == null || change.title().isBlank(), "Обязательное поле");
        check(errors, "problem", change.problem() == null || change.problem().isBlank(), "Обязательное поле");
        String owner = blank(change.ownerDepartment());
        boolean ownerChanged = !Objects.equals(owner, current.ownerDepartment());
        Roadmap.Status status = change.status() == null ? current.status() : change.status();
        boolean approved = current.approval().approved();
        // the owner's block head approves the roadmap: an owner given anew, or one the roadmap goes
        // for approval with, must be an active department; an approved roadmap keeps the owner it has
        check(errors, "owner", (ownerChanged && !approved || status == Roadmap.Status.PENDING_APPROVAL)
                        && !directory.isActiveDepartment(owner),
                "Выберите ответственного исполнителя: карту утверждает руководитель его блока");
        check(errors, "rootCause", change.rootCause() == null, "Выберите первопричину из списка");
        check(errors, "rootCauseText", change.rootCause() == RootCause.OTHER && blank(change.rootCauseText()) == null,
                "Опишите первопричину: выбрано «Иное»");
        check(errors, "status", !approved && (status == Roadmap.Status.ACTIVE || status == Roadmap.Status.DONE),
                "Карта ещё не утверждена руководителем блока ответственного исполнителя");
        check(errors, "status", approved && (status == Roadmap.Status.DRAFT || status == Roadmap.Status.PENDING_APPROVAL),
                "Утверждённую карту нельзя вернуть в черновик или на утверждение");
        check(errors, "owner", approved && ownerChanged,
                "Ответственного исполнителя утверждённой карты не меняют: составьте новую карту");
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        boolean submitted = status == Roadmap.Status.PENDING_APPROVAL && current.status() != Roadmap.Status.PENDING_APPROVAL;
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                update roadmap set title = :title, problem = :problem, status = :status, owner_department = :owner,
                       root_cause = :cause, root_cause_text = :causeText, updated_at = :now,
                       submitted_at = case when :submitted then :now else submitted_at end
                 where id = :id
                """, new MapSqlParameterSource("id", id).addValue("title", change.title().trim()).addValue("problem", change.problem().trim())
                .addValue("status", status.name()).addValue("now", now).addValue("owner", owner)
                .addValue("cause", change.rootCause().name()).addValue("causeText", blank(change.rootCauseText()))
                .addValue("submitted", submitted));
    }

    /** May this user (with these engine groups) approve or return the roadmap: the block head of its responsible department. */
    public static boolean approver(Roadmap roadmap, java.util.Collection<String> groups) {
        return roadmap.ownerDepartment() != null && groups.contains(DepartmentGroups.headsGroup(roadmap.ownerDepartment()));
    }

    /** The block head approves the roadmap waiting for approval: from now on it is in progress. */
    public void approve(long id, String actor, java.util.Collection<String> groups) {
        Roadmap roadmap = pendingFor(id, groups);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                update roadmap set status = 'ACTIVE', approved_by = :actor, approved_at = :now, updated_at = :now
                 where id = :id and status = 'PENDING_APPROVAL'
                """, new MapSqlParameterSource("id", roadmap.id()).addValue("actor", actor).addValue("now", now));
    }

    /** The block head returns the roadmap to the head of the МЦУ with what to change. */
    public void returnForRework(long id, String actor, java.util.Collection<String> groups, String comment) {
        if (blank(comment) == null) {
            throw invalid("comment", "Напишите, что исправить в дорожной карте");
        }
        Roadmap roadmap = pendingFor(id, groups);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                update roadmap set status = 'DRAFT', returned_by = :actor, returned_at = :now, return_comment = :comment, updated_at = :now
                 where id = :id and status = 'PENDING_APPROVAL'
                """, new MapSqlParameterSource("id", roadmap.id()).addValue("actor", actor).addValue("now", now)
                .addValue("comment", comment.trim()));
    }

    private Roadmap pendingFor(long id, java.util.Collection<String> groups) {
        Roadmap roadmap = get(id).orElseThrow(RoadmapNotFoundException::new);
        if (!approver(roadmap, groups)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Утверждает руководитель блока ответственного исполнителя");
        }
        if (roadmap.status() != Roadmap.Status.PENDING_APPROVAL) {
            throw invalid("status", "Карта не на утверждении: " + roadmap.status().title().toLowerCase());
        }
        return roadmap;
    }

    public long addMeasure(long roadmapId, String title, String department, LocalDate dueDate) {
        requireText("title", title);
        if (!directory.isActiveDepartment(department)) {
            throw invalid("department", "Выберите ответственного исполнителя");
        }
        if (dueDate == null) {
            throw invalid("dueDate", "Укажите срок");
        }
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into roadmap_measure (roadmap_id, title, department_code, due_date, status, created_at, updated_at)
                values (:roadmap, :title, :department, :due, 'PLANNED', :now, :now)
                """, new MapSqlParameterSource("roadmap", roadmapId).addValue("title", title.trim()).addValue("department", department)
                .addValue("due", Date.valueOf(dueDate)).addValue("now", now), key, new String[]{"id"});
        return key.getKey().longValue();
    }

    /** Changes a measure's status and term; a new term may be escalated again when it passes. */
    public void updateMeasure(long roadmapId, long measureId, Roadmap.MeasureStatus status, LocalDate dueDate) {
        if (dueDate == null) {
            throw invalid("dueDate", "Укажите срок");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("""
                update roadmap_measure set status = :status, due_date = :due, updated_at = :now,
                       done_at = case when :status = 'DONE' then coalesce(done_at, :now) else null end
                 where id = :id and roadmap_id = :roadmap
                """, new MapSqlParameterSource("id", measureId).addValue("roadmap", roadmapId).addValue("status", status.name())
                .addValue("due", Date.valueOf(dueDate)).addValue("now", now));
        requireFound(updated);
    }

    @Transactional(readOnly = true)
    public Optional<Roadmap> get(long id) {
        return jdbc.query("select * from roadmap where id = :id", new MapSqlParameterSource("id", id), (rs, i) -> rs.getLong("id"))
                .stream().findFirst().map(this::load);
    }

    /** Every roadmap, those waiting for approval first, then the active, newest first. */
    @Transactional(readOnly = true)
    public List<Roadmap> all() {
        return jdbc.queryForList("""
                select id from roadmap
                 order by case status when 'PENDING_APPROVAL' then 0 when 'ACTIVE' then 1 when 'DRAFT' then 2 else 3 end, id desc
                """,
                new MapSqlParameterSource(), Long.class).stream().map(this::load).toList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
    }

    private Roadmap load(long id) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id);
        List<Roadmap.Measure> measures = jdbc.query("select * from roadmap_measure where roadmap_id = :id order by due_date, id", p,
                (rs, i) -> new Roadmap.Measure(rs.getLong("id"), rs.getString("title"), rs.getString("department_code"),
                        directory.departmentName(rs.getString("department_code")), rs.getDate("due_date").toLocalDate(),
                        Roadmap.MeasureStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant()));
        List<String> numbers = jdbc.queryForList("""
                select c.number from roadmap_case rc join case_facts c on c.id = rc.case_id where rc.roadmap_id = :id order by c.received_at, c.id
                """, p, String.class);
        return jdbc.queryForObject("select * from roadmap where id = :id", p, (rs, i) -> new Roadmap(
                rs.getLong("id"), rs.getString("title"), rs.getString("problem"), Roadmap.Status.valueOf(rs.getString("status")),
                rs.getString("source"), rs.getString("rubric_code"), rs.getString("district_code"), rs.getString("owner_department"),
                rs.getString("owner_department") == null ? null : directory.departmentName(rs.getString("owner_department")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("root_cause") == null ? null : RootCause.valueOf(rs.getString("root_cause")), rs.getString("root_cause_text"),
                new Roadmap.Approval(instant(rs.getTimestamp("submitted_at")), rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")),
                        rs.getString("returned_by"), instant(rs.getTimestamp("returned_at")), rs.getString("return_comment")),
                measures, numbers));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static void check(List<FieldError> errors, String field, boolean wrong, String message) {
        if (wrong && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, message));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String known(String code, boolean exists) {
        return code == null || code.isBlank() || !exists ? null : code;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "Обязательное поле");
        }
    }

    private static void requireFound(int updated) {
        if (updated == 0) {
            throw new RoadmapNotFoundException();
        }
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(field, message);
    }
}
