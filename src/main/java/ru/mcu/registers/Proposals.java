package ru.mcu.registers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of digitalisation proposals and best practices (Regulation 1.2.8, 3.2.3.3):
 * creates and changes them after checking every field, reads them. A proposal is marked
 * implemented only with the effect measured.
 */
@Service
@Transactional
public class Proposals {

    static final int MAX_TEXT = 4000;
    static final int MAX_EFFECT = 2000;
    static final int MAX_NAME = 300;

    private final NamedParameterJdbcTemplate jdbc;
    private final RegisterEvents events;
    private final Clock clock;

    Proposals(NamedParameterJdbcTemplate jdbc, RegisterEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a person types, every value as text. */
    public record Form(String title, String description, String kind, String source, String effectExpected, String effectMeasured,
                       String status) {
    }

    private record Checked(String title, String description, Proposal.Kind kind, String source, String expected, String measured,
                           Proposal.Status status) {
    }

    public Proposal create(Form form, String actor) {
        Checked c = check(form, Proposal.Status.PROPOSED);
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.queryForObject("""
                insert into practice_proposal (title, description, kind, source, effect_expected, effect_measured, status,
                                               created_by, created_at, updated_by, updated_at)
                values (:title, :description, :kind, :source, :expected, :measured, :status, :actor, :now, :actor, :now)
                returning id
                """, params(c).addValue("actor", actor).addValue("now", now), Long.class);
        events.created(RegisterEvents.Register.PROPOSAL, id, actor, c.status(), "внесено: «" + c.title() + "» ("
                + c.kind().title() + ", " + c.source() + "), состояние «" + c.status().title() + "»");
        return get(id).orElseThrow();
    }

    public Proposal update(long id, Form form, String actor) {
        Proposal before = jdbc.query("select * from practice_proposal where id = :id for update", new MapSqlParameterSource("id", id),
                this::map).stream().findFirst().orElseThrow(EntryNotFoundException::new);
        Checked c = check(form, before.status());
        jdbc.update("""
                update practice_proposal set title = :title, description = :description, kind = :kind, source = :source,
                       effect_expected = :expected, effect_measured = :measured, status = :status, updated_by = :actor, updated_at = :now
                 where id = :id
                """, params(c).addValue("id", id).addValue("actor", actor).addValue("now", Timestamp.from(clock.instant())));
        Proposal after = get(id).orElseThrow();
        events.updated(RegisterEvents.Register.PROPOSAL, id, actor, before.status(), after.status(), changes(before, after));
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> get(long id) {
        return jdbc.query("select * from practice_proposal where id = :id", new MapSqlParameterSource("id", id), this::map)
                .stream().findFirst();
    }

    /** Every proposal: those in work first, then implemented, then rejected; newest first within each. */
    @Transactional(readOnly = true)
    public List<Proposal> all() {
        return jdbc.query("""
                select * from practice_proposal
                 order by case status when 'IMPLEMENTED' then 1 when 'REJECTED' then 2 else 0 end, updated_at desc, id desc
                """, new MapSqlParameterSource(), this::map);
    }

    @Transactional(readOnly = true)
    List<RegisterEvents.Event> history(long id) {
        return events.history(RegisterEvents.Register.PROPOSAL, id);
    }

    private static Checked check(Form form, Proposal.Status current) {
        Fields f = new Fields();
        String title = f.required("title", form.title(), MAX_NAME);
        String description = f.required("description", form.description(), MAX_TEXT);
        Proposal.Kind kind = f.choice("kind", form.kind(), Proposal.Kind.class, null);
        String source = f.required("source", form.source(), MAX_NAME);
        String expected = f.optional("effectExpected", form.effectExpected(), MAX_EFFECT);
        String measured = f.optional("effectMeasured", form.effectMeasured(), MAX_EFFECT);
        Proposal.Status status = f.choice("status", form.status(), Proposal.Status.class, current);
        if (status == Proposal.Status.IMPLEMENTED && measured == null && !f.has("effectMeasured")) {
            f.add("effectMeasured", "Укажите достигнутый эффект: без него предложение не отмечается внедрённым");
        }
        f.check();
        return new Checked(title, description, kind, source, expected, measured, status);
    }

    private static MapSqlParameterSource params(Checked c) {
        return new MapSqlParameterSource("title", c.title()).addValue("description", c.description()).addValue("kind", c.kind().name())
                .addValue("source", c.source()).addValue("expected", c.expected()).addValue("measured", c.measured())
                .addValue("status", c.status().name());
    }

    private static String changes(Proposal before, Proposal after) {
        List<String> changes = new ArrayList<>();
        if (before.status() != after.status()) {
            changes.add("состояние «" + before.status().title() + "» → «" + after.status().title() + "»");
        }
        if (!Objects.equals(before.effectMeasured(), after.effectMeasured())) {
            changes.add("достигнутый эффект: " + (after.effectMeasured() == null ? "—" : after.effectMeasured()));
        }
        if (!Objects.equals(before.effectExpected(), after.effectExpected())) {
            changes.add("ожидаемый эффект изменён");
        }
        if (!before.title().equals(after.title()) || !before.description().equals(after.description())
                || before.kind() != after.kind() || !before.source().equals(after.source())) {
            changes.add("описание изменено");
        }
        return changes.isEmpty() ? "сохранено без изменений" : String.join("; ", changes);
    }

    private Proposal map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Proposal(rs.getLong("id"), rs.getString("title"), rs.getString("description"), Proposal.Kind.valueOf(rs.getString("kind")),
                rs.getString("source"), rs.getString("effect_expected"), rs.getString("effect_measured"),
                Proposal.Status.valueOf(rs.getString("status")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
