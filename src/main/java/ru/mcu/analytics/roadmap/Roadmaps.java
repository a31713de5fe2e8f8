package ru.mcu.analytics.roadmap;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.web.ApiError;
import ru.mcu.platform.web.BadRequestException;

/** Creates, changes and reads roadmaps and their measures. */
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
                        String ownerDepartment, List<String> caseNumbers) {
    }

    public long create(Draft draft, String actor) {
        requireText("title", draft.title());
        requireText("problem", draft.problem());
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into roadmap (title, problem, status, source, rubric_code, district_code, owner_department, created_by, created_at, updated_at)
                values (:title, :problem, 'ACTIVE', :source, :rubric, :district, :owner, :actor, :now, :now)
                """, new MapSqlParameterSource().addValue("title", draft.title().trim()).addValue("problem", draft.problem().trim())
                .addValue("source", blank(draft.source())).addValue("rubric", known(draft.rubricCode(), directory.rubric(draft.rubricCode()).isPresent()))
                .addValue("district", known(draft.districtCode(), directory.district(draft.districtCode()).isPresent()))
                .addValue("owner", known(draft.ownerDepartment(), directory.isActiveDepartment(draft.ownerDepartment())))
                .addValue("actor", actor).addValue("now", now), key, new String[]{"id"});
        long id = key.getKey().longValue();
        if (!draft.caseNumbers().isEmpty()) {
            jdbc.update("insert into roadmap_case (roadmap_id, case_id) select :id, id from cases where number in (:numbers) on conflict do nothing",
                    new MapSqlParameterSource("id", id).addValue("numbers", draft.caseNumbers()));
        }
        return id;
    }

    public void update(long id, String title, String problem, Roadmap.Status status, String ownerDepartment) {
        requireText("title", title);
        requireText("problem", problem);
        int updated = jdbc.update("""
                update roadmap set title = :title, problem = :problem, status = :status, owner_department = :owner, updated_at = :now
                 where id = :id
                """, new MapSqlParameterSource("id", id).addValue("title", title.trim()).addValue("problem", problem.trim())
                .addValue("status", status.name()).addValue("now", Timestamp.from(clock.instant()))
                .addValue("owner", known(ownerDepartment, directory.isActiveDepartment(ownerDepartment))));
        requireFound(updated);
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

    /** Every roadmap, the active first, newest first. */
    @Transactional(readOnly = true)
    public List<Roadmap> all() {
        return jdbc.queryForList("select id from roadmap order by case status when 'ACTIVE' then 0 when 'DRAFT' then 1 else 2 end, id desc",
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
                select c.number from roadmap_case rc join cases c on c.id = rc.case_id where rc.roadmap_id = :id order by c.received_at, c.id
                """, p, String.class);
        return jdbc.queryForObject("select * from roadmap where id = :id", p, (rs, i) -> new Roadmap(
                rs.getLong("id"), rs.getString("title"), rs.getString("problem"), Roadmap.Status.valueOf(rs.getString("status")),
                rs.getString("source"), rs.getString("rubric_code"), rs.getString("district_code"), rs.getString("owner_department"),
                rs.getString("owner_department") == null ? null : directory.departmentName(rs.getString("owner_department")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), measures, numbers));
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

    private static BadRequestException invalid(String field, String message) {
        return new BadRequestException(List.of(new ApiError.FieldError(field, message)));
    }
}
