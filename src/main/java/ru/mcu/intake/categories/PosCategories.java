package ru.mcu.intake.categories;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The table from ПОС categories and subcategories to our rubrics. A message's category and
 * subcategory are looked up as a pair, then the category alone (a row with an empty
 * subcategory); names compare without case and surrounding spaces. A pair found nowhere is
 * recorded with no rubric, so the coordinator sees it as «не сопоставлена» and can map it.
 */
@Service
public class PosCategories {

    static final int MAX_NAME = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final Clock clock;

    PosCategories(NamedParameterJdbcTemplate jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** One row of the table, with the number of ПОС messages that came under it. */
    public record Mapping(long id, String category, String subcategory, String rubricCode, long messages,
                         String updatedBy, java.time.Instant updatedAt) {

        /** Whether messages under it land without a rubric. */
        public boolean unmapped() {
            return rubricCode == null;
        }
    }

    /**
     * The rubric for a message arriving with this category and subcategory, or null; an unknown
     * pair is recorded as unmapped in the caller's transaction.
     */
    @Transactional
    public String rubricFor(String category, String subcategory) {
        String cat = clean(category);
        String sub = clean(subcategory);
        if (cat.isEmpty()) {
            return null;
        }
        Optional<Row> pair = find(cat, sub);
        if (pair.isPresent() && pair.get().rubric() != null) {
            return pair.get().rubric();
        }
        Optional<Row> whole = sub.isEmpty() ? Optional.empty() : find(cat, "");
        if (whole.isPresent() && whole.get().rubric() != null) {
            return whole.get().rubric();
        }
        if (pair.isEmpty()) {
            jdbc.update("insert into pos_category_map (category, subcategory, rubric_code, updated_by, updated_at)"
                    + " values (:category, :subcategory, null, 'system', :now) on conflict do nothing",
                    new MapSqlParameterSource("category", truncate(cat)).addValue("subcategory", truncate(sub))
                            .addValue("now", Timestamp.from(clock.instant())));
        }
        return null;
    }

    /**
     * Every row, the unmapped first, then by category and subcategory. A row counts the ПОС
     * messages of its pair; a category's own row (empty subcategory) also those of its
     * subcategories that have no row of their own, as they were mapped through it.
     */
    @Transactional(readOnly = true)
    public List<Mapping> all() {
        return jdbc.query("""
                select m.id, m.category, m.subcategory, m.rubric_code, m.updated_by, m.updated_at,
                       (select count(*) from case_facts c where c.channel = 'POS' and lower(c.category) = lower(m.category)
                          and (lower(coalesce(c.subcategory, '')) = lower(m.subcategory)
                               or m.subcategory = '' and not exists (select 1 from pos_category_map o
                                   where lower(o.category) = lower(m.category) and lower(o.subcategory) = lower(coalesce(c.subcategory, ''))))
                       ) as messages
                from pos_category_map m
                order by m.rubric_code is not null, lower(m.category), lower(m.subcategory)
                """, new MapSqlParameterSource(), (rs, i) -> new Mapping(rs.getLong("id"), rs.getString("category"),
                rs.getString("subcategory"), rs.getString("rubric_code"), rs.getLong("messages"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant()));
    }

    /**
     * Sets the rubric of a row (blank: none, the pair stays «не сопоставлена»).
     *
     * @throws InvalidInput naming {@code rubric} when it is not one of ours
     * @throws PosCategoryNotFoundException when there is no such row
     */
    @Transactional
    public Mapping assign(long id, String rubricCode, String actor) {
        String rubric = checkRubric(rubricCode);
        int changed = jdbc.update("update pos_category_map set rubric_code = :rubric, updated_by = :actor, updated_at = :now where id = :id",
                new MapSqlParameterSource("rubric", rubric).addValue("actor", actor).addValue("id", id)
                        .addValue("now", Timestamp.from(clock.instant())));
        if (changed == 0) {
            throw new PosCategoryNotFoundException(id);
        }
        return all().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /**
     * Adds a row for a category (subcategory blank: the whole category) or, when the pair is
     * there already, sets its rubric.
     *
     * @throws InvalidInput naming every wrong field
     */
    @Transactional
    public Mapping add(String category, String subcategory, String rubricCode, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String cat = clean(category);
        String sub = clean(subcategory);
        if (cat.isEmpty()) {
            errors.add(new FieldError("category", "Укажите категорию ПОС"));
        } else if (cat.length() > MAX_NAME) {
            errors.add(new FieldError("category", "Не длиннее " + MAX_NAME + " символов"));
        }
        if (sub.length() > MAX_NAME) {
            errors.add(new FieldError("subcategory", "Не длиннее " + MAX_NAME + " символов"));
        }
        String rubric = null;
        try {
            rubric = checkRubric(rubricCode);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        jdbc.update("""
                insert into pos_category_map (category, subcategory, rubric_code, updated_by, updated_at)
                values (:category, :subcategory, :rubric, :actor, :now)
                on conflict (lower(category), lower(subcategory))
                do update set rubric_code = excluded.rubric_code, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, new MapSqlParameterSource("category", cat).addValue("subcategory", sub).addValue("rubric", rubric)
                .addValue("actor", actor).addValue("now", Timestamp.from(clock.instant())));
        long id = find(cat, sub).orElseThrow().id();
        return all().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private String checkRubric(String rubricCode) {
        String rubric = rubricCode == null || rubricCode.isBlank() ? null : rubricCode.strip();
        if (rubric != null && directory.rubric(rubric).isEmpty()) {
            throw new InvalidInput("rubric", "Нет такой рубрики: " + rubric);
        }
        return rubric;
    }

    private record Row(long id, String rubric) {
    }

    private Optional<Row> find(String category, String subcategory) {
        return jdbc.query("select id, rubric_code from pos_category_map where lower(category) = lower(:category)"
                        + " and lower(subcategory) = lower(:subcategory)",
                new MapSqlParameterSource("category", category).addValue("subcategory", subcategory),
                (rs, i) -> new Row(rs.getLong("id"), rs.getString("rubric_code"))).stream().findFirst();
    }

    private static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    private static String truncate(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
