package ru.mcu.registers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;

/**
 * The register of recommendations (Regulation 1.2.6): creates and changes them after checking
 * every field (a 400 naming each wrong one, nothing written), reads them. The figures of a
 * recommendation are a slice of cases (topic, district, period) whose count is computed from the
 * case tables when it is saved; the cases it cites must exist.
 */
@Service
@Transactional
public class Recommendations {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 300;
    static final int MAX_CASES = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final RegisterEvents events;
    private final Clock clock;

    Recommendations(NamedParameterJdbcTemplate jdbc, Directory directory, RegisterEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a person types: every value as text, checked here. The addressee is a department of
     * the directory ({@code addresseeDepartment}, its code) or an external recipient
     * ({@code addresseeName}), exactly one; the basis is optional, but with a period when given.
     */
    public record Form(String text, String addresseeDepartment, String addresseeName, String dueDate, String status,
                       List<String> caseNumbers, String basisRubric, String basisDistrict, String basisFrom, String basisTo) {
    }

    /** A form checked and ready to be written. */
    private record Checked(String text, String department, String name, LocalDate due, Recommendation.Status status,
                           List<Long> caseIds, String rubric, String district, LocalDate from, LocalDate to, Integer count) {
    }

    public Recommendation create(Form form, String actor) {
        Checked c = check(form, Recommendation.Status.DRAFT);
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.queryForObject("""
                insert into recommendation (text, addressee_department, addressee_name, due_date, status, basis_rubric, basis_district,
                                            basis_from, basis_to, basis_count, created_by, created_at, updated_by, updated_at)
                values (:text, :department, :name, :due, :status, :rubric, :district, :from, :to, :count, :actor, :now, :actor, :now)
                returning id
                """, params(c).addValue("actor", actor).addValue("now", now), Long.class);
        linkCases(id, c.caseIds());
        events.created(RegisterEvents.Register.RECOMMENDATION, id, actor, c.status(), "создана: адресат «" + addressee(c.department(), c.name())
                + "», срок " + DAY.format(c.due()) + ", состояние «" + c.status().title() + "»");
        return get(id).orElseThrow();
    }

    public Recommendation update(long id, Form form, String actor) {
        Recommendation before = jdbc.query("select id from recommendation where id = :id for update", new MapSqlParameterSource("id", id),
                (rs, i) -> rs.getLong(1)).stream().findFirst().flatMap(this::get).orElseThrow(EntryNotFoundException::new);
        Checked c = check(form, before.status());
        int updated = jdbc.update("""
                update recommendation set text = :text, addressee_department = :department, addressee_name = :name, due_date = :due,
                       status = :status, basis_rubric = :rubric, basis_district = :district, basis_from = :from, basis_to = :to,
                       basis_count = :count, updated_by = :actor, updated_at = :now
                 where id = :id
                """, params(c).addValue("id", id).addValue("actor", actor).addValue("now", Timestamp.from(clock.instant())));
        if (updated == 0) {
            throw new EntryNotFoundException();
        }
        jdbc.update("delete from recommendation_case where recommendation_id = :id", new MapSqlParameterSource("id", id));
        linkCases(id, c.caseIds());
        Recommendation after = get(id).orElseThrow();
        events.updated(RegisterEvents.Register.RECOMMENDATION, id, actor, before.status(), after.status(), changes(before, after));
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> get(long id) {
        return jdbc.query("select * from recommendation where id = :id", new MapSqlParameterSource("id", id), this::map)
                .stream().findFirst();
    }

    /** Every recommendation: the open ones first by term, then the others, newest first. */
    @Transactional(readOnly = true)
    public List<Recommendation> all() {
        return jdbc.query("""
                select * from recommendation
                 order by case when status in ('DRAFT', 'SENT', 'IN_PROGRESS') then 0 else 1 end,
                          case when status in ('DRAFT', 'SENT', 'IN_PROGRESS') then due_date end, updated_at desc, id desc
                """, new MapSqlParameterSource(), this::map);
    }

    @Transactional(readOnly = true)
    List<RegisterEvents.Event> history(long id) {
        return events.history(RegisterEvents.Register.RECOMMENDATION, id);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
    }

    private Checked check(Form form, Recommendation.Status current) {
        Fields f = new Fields();
        String text = f.required("text", form.text(), MAX_TEXT);
        String department = f.optional("addresseeDepartment", form.addresseeDepartment(), 40);
        String name = f.optional("addresseeName", form.addresseeName(), MAX_NAME);
        if (department != null && !directory.isActiveDepartment(department)) {
            f.add("addresseeDepartment", "Нет такого подразделения в справочнике: " + department);
        } else if (department != null && name != null) {
            f.add("addresseeName", "Укажите одного адресата: подразделение из справочника или внешнего получателя, не обоих");
        } else if (department == null && name == null && !f.has("addresseeName")) {
            f.add("addresseeDepartment", "Укажите адресата: подразделение из справочника или внешнего получателя");
        }
        LocalDate due = f.date("dueDate", form.dueDate(), true);
        Recommendation.Status status = f.choice("status", form.status(), Recommendation.Status.class, current);
        List<Long> caseIds = caseIds(f, form.caseNumbers());

        String rubric = f.optional("basisRubric", form.basisRubric(), 80);
        String district = f.optional("basisDistrict", form.basisDistrict(), 40);
        LocalDate from = f.date("basisFrom", form.basisFrom(), false);
        LocalDate to = f.date("basisTo", form.basisTo(), false);
        boolean basis = rubric != null || district != null || from != null || to != null
                || notBlank(form.basisFrom()) || notBlank(form.basisTo());
        if (rubric != null && directory.rubric(rubric).isEmpty()) {
            f.add("basisRubric", "Нет такой темы или рубрики: " + rubric);
        }
        if (district != null && directory.district(district).isEmpty()) {
            f.add("basisDistrict", "Нет такого района: " + district);
        }
        if (basis && from == null && !f.has("basisFrom")) {
            f.add("basisFrom", "Укажите начало периода, по которому посчитаны обращения и сообщения");
        }
        if (basis && to == null && !f.has("basisTo")) {
            f.add("basisTo", "Укажите конец периода");
        }
        if (from != null && to != null && to.isBefore(from)) {
            f.add("basisTo", "Конец периода раньше начала");
        }
        f.check();
        Integer count = basis ? count(rubric, district, from, to) : null;
        return new Checked(text, department, name, due, status, caseIds, rubric, district, from, to, count);
    }

    /** The ids of the cited cases; every number must exist. */
    private List<Long> caseIds(Fields f, List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : numbers) {
            if (n != null && !n.isBlank()) {
                wanted.add(n.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (wanted.stream().anyMatch(n -> n.indexOf('\0') >= 0 || n.length() > 20)) {
            f.add("caseNumbers", "Номер обращения или сообщения имеет вид A-2026-000123");
            return List.of();
        }
        if (wanted.size() > MAX_CASES) {
            f.add("caseNumbers", "Не больше " + MAX_CASES + " номеров");
            return List.of();
        }
        List<Object[]> found = jdbc.query("select id, number from cases where number in (:numbers)",
                new MapSqlParameterSource("numbers", wanted), (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
        Set<String> known = new java.util.HashSet<>();
        List<Long> ids = new ArrayList<>();
        found.forEach(r -> {
            ids.add((Long) r[0]);
            known.add((String) r[1]);
        });
        List<String> missing = wanted.stream().filter(n -> !known.contains(n)).toList();
        if (!missing.isEmpty()) {
            f.add("caseNumbers", "Нет обращений или сообщений с номерами: " + String.join(", ", missing));
        }
        return ids;
    }

    /** The cases of the slice, counted by their receipt in the period. */
    private int count(String rubric, String district, LocalDate from, LocalDate to) {
        CaseSlice.Where where = slice(rubric, district, from, to).where(clock.instant());
        Long n = jdbc.queryForObject("select count(*) from case_facts c where " + where.sql(), where.params(), Long.class);
        return n == null ? 0 : n.intValue();
    }

    static CaseSlice slice(String rubric, String district, LocalDate from, LocalDate to) {
        return CaseSlice.of(new Period(from, to)).withRubric(rubric).withDistrict(district);
    }

    private void linkCases(long id, List<Long> caseIds) {
        if (!caseIds.isEmpty()) {
            jdbc.update("insert into recommendation_case (recommendation_id, case_id) select :id, c.id from cases c where c.id in (:ids)",
                    new MapSqlParameterSource("id", id).addValue("ids", caseIds));
        }
    }

    private static MapSqlParameterSource params(Checked c) {
        return new MapSqlParameterSource("text", c.text()).addValue("department", c.department()).addValue("name", c.name())
                .addValue("due", Date.valueOf(c.due())).addValue("status", c.status().name()).addValue("rubric", c.rubric())
                .addValue("district", c.district()).addValue("from", c.from() == null ? null : Date.valueOf(c.from()))
                .addValue("to", c.to() == null ? null : Date.valueOf(c.to())).addValue("count", c.count());
    }

    private String addressee(String department, String name) {
        return department != null ? directory.departmentName(department) : name;
    }

    private static String changes(Recommendation before, Recommendation after) {
        List<String> changes = new ArrayList<>();
        if (before.status() != after.status()) {
            changes.add("состояние «" + before.status().title() + "» → «" + after.status().title() + "»");
        }
        if (!before.dueDate().equals(after.dueDate())) {
            changes.add("срок " + DAY.format(before.dueDate()) + " → " + DAY.format(after.dueDate()));
        }
        if (!before.addressee().equals(after.addressee())) {
            changes.add("адресат «" + before.addressee() + "» → «" + after.addressee() + "»");
        }
        if (!before.text().equals(after.text())) {
            changes.add("текст изменён");
        }
        if (!before.caseNumbers().equals(after.caseNumbers())) {
            changes.add("связанные номера: " + after.caseNumbers().size());
        }
        if (!Objects.equals(before.basis(), after.basis())) {
            changes.add("основание: " + (after.basis() == null ? "нет" : after.basis().title() + ", " + after.basis().count()));
        }
        return changes.isEmpty() ? "сохранена без изменений" : String.join("; ", changes);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private Recommendation map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long id = rs.getLong("id");
        String department = rs.getString("addressee_department");
        String name = rs.getString("addressee_name");
        Recommendation.Basis basis = null;
        if (rs.getDate("basis_from") != null) {
            LocalDate from = rs.getDate("basis_from").toLocalDate();
            LocalDate to = rs.getDate("basis_to").toLocalDate();
            String rubric = rs.getString("basis_rubric");
            String district = rs.getString("basis_district");
            basis = new Recommendation.Basis(rubric, rubric == null ? null : directory.rubricName(rubric), district,
                    district == null ? null : directory.districtName(district), from, to, rs.getInt("basis_count"),
                    "/analytics/cases?" + slice(rubric, district, from, to).query());
        }
        List<String> numbers = jdbc.queryForList("""
                select c.number from recommendation_case rc join cases c on c.id = rc.case_id
                 where rc.recommendation_id = :id order by c.number
                """, new MapSqlParameterSource("id", id), String.class);
        return new Recommendation(id, rs.getString("text"), department, name, department != null ? directory.departmentName(department) : name,
                rs.getDate("due_date").toLocalDate(), Recommendation.Status.valueOf(rs.getString("status")), basis, numbers,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
