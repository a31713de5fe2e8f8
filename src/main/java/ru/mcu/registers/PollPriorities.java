package ru.mcu.registers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.growth.GrowthFactor;
import ru.mcu.analytics.growth.GrowthFactors;
import ru.mcu.analytics.growth.RepeatedComplaints;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;

/**
 * Priorities of questions for citizens' polls and votes (Regulation 1.1.3.6). The candidates of
 * a period are its growth factors (topics, districts, topics in districts whose cases grew
 * against the period of the same length before, {@link GrowthFactors}) and its clusters of
 * repeated complaints on one rubric at one place ({@link RepeatedComplaints}), each with a
 * question proposed for the poll. They are ranked by the cases behind them, then by growth (a
 * cluster counts no growth), then by title; the register keeps the points a person put forward,
 * ranked the same way, with the question as edited.
 */
@Service
@Transactional
public class PollPriorities {

    static final int MAX_QUESTION = 1000;

    /** Ranking: more cases first, then more growth (none for a cluster), then by title. */
    static final Comparator<Candidate> RANKING = Comparator.comparingInt(Candidate::count).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.previous() == null ? 0 : c.count() - c.previous()).reversed())
            .thenComparing(Candidate::title);

    private final NamedParameterJdbcTemplate jdbc;
    private final GrowthFactors growth;
    private final RepeatedComplaints repeats;
    private final Directory directory;
    private final RegisterEvents events;
    private final Clock clock;

    PollPriorities(NamedParameterJdbcTemplate jdbc, GrowthFactors growth, RepeatedComplaints repeats, Directory directory,
                   RegisterEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.growth = growth;
        this.repeats = repeats;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A problem point of a period.
     *
     * @param key      which point: {@code growth:<level>:<topic>:<district>} or {@code cluster:<rubric>:<place>}
     * @param question the question proposed for the poll
     * @param cases    a link to its cases on the analytics pages
     */
    public record Candidate(int rank, String key, PollPriority.Origin origin, String title, String rubric, String district,
                            String place, LocalDate from, LocalDate to, int count, Integer previous, String question,
                            List<String> caseNumbers, String cases, Long registeredId) {

        Candidate withRank(int value, Long id) {
            return new Candidate(value, key, origin, title, rubric, district, place, from, to, count, previous, question, caseNumbers,
                    cases, id);
        }

        public Integer growth() {
            return previous == null ? null : count - previous;
        }
    }

    /** What is put into the register: a candidate's key and period, and the question (the proposed one when blank). */
    public record AddForm(String key, String from, String to, String question) {
    }

    /** What is changed on an entry. */
    public record EditForm(String question, String status) {
    }

    /** The period of the parameters; the last complete month when both are blank. */
    public Period period(String from, String to) {
        Fields f = new Fields();
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        boolean neither = (from == null || from.isBlank()) && (to == null || to.isBlank());
        Period month = Period.monthBefore(today);
        LocalDate start = neither ? month.from() : f.date("from", from, true);
        LocalDate end = neither ? month.to() : f.date("to", to, true);
        if (start != null && end != null && end.isBefore(start)) {
            f.add("to", "Конец периода раньше начала");
        }
        f.check();
        return new Period(start, end);
    }

    /** The problem points of the period, ranked, marked when already in the register. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Period period) {
        List<Candidate> all = new ArrayList<>();
        for (GrowthFactor f : growth.factors(period, null)) {
            all.add(new Candidate(0, "growth:" + f.level().name() + ":" + dash(f.topic()) + ":" + dash(f.district()),
                    PollPriority.Origin.GROWTH, f.title(), f.topic(), f.district(), null, period.from(), period.to(), (int) f.count(),
                    (int) f.previous(), question(f), List.of(), "/analytics/cases?" + f.slice().query(), null));
        }
        for (RepeatedComplaints.Cluster c : repeats.clusters(CaseSlice.of(period), clock.instant())) {
            String place = c.place().length() > 300 ? c.place().substring(0, 300) : c.place();
            all.add(new Candidate(0, "cluster:" + c.rubric() + ":" + place.toLowerCase(Locale.ROOT), PollPriority.Origin.CLUSTER,
                    c.title(), c.rubric(), c.district() == null || c.district().isEmpty() ? null : c.district(), place,
                    period.from(), period.to(), (int) c.count(), null,
                    "Поддерживаете ли вы первоочередное решение проблемы «" + c.rubricName() + "» по адресу: " + place + "?",
                    c.numbers(), "/analytics/cases?" + CaseSlice.of(period).withRubric(c.rubric()).withDistrict(c.district()).query(), null));
        }
        all.sort(RANKING);
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : all) {
            ranked.add(c.withRank(ranked.size() + 1, registered(c.key(), period)));
        }
        return ranked;
    }

    /** Puts a candidate of the period into the register, its figures computed again from the cases. */
    public PollPriority add(AddForm form, String actor) {
        Fields f = new Fields();
        String key = f.required("key", form.key(), 400);
        LocalDate from = f.date("from", form.from(), true);
        LocalDate to = f.date("to", form.to(), true);
        String question = f.optional("question", form.question(), MAX_QUESTION);
        if (from != null && to != null && to.isBefore(from)) {
            f.add("to", "Конец периода раньше начала");
        }
        f.check();
        Period period = new Period(from, to);
        Candidate c = candidates(period).stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> Fields.one("key", "За период " + period.shortTitle() + " такой проблемной точки нет: " + key));
        if (c.registeredId() != null) {
            throw Fields.one("key", "Эта проблемная точка за этот период уже в реестре (№" + c.registeredId() + ")");
        }
        String q = question == null ? c.question() : question;
        Timestamp now = Timestamp.from(clock.instant());
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into poll_priority (point_key, origin, title, rubric_code, district_code, place, period_from, period_to,
                                               case_count, previous_count, question, status, created_by, created_at, updated_by, updated_at)
                    values (:key, :origin, :title, :rubric, :district, :place, :from, :to, :count, :previous, :question, 'PROPOSED',
                            :actor, :now, :actor, :now)
                    returning id
                    """, new MapSqlParameterSource("key", c.key()).addValue("origin", c.origin().name()).addValue("title", c.title())
                    .addValue("rubric", directory.rubric(c.rubric()).isPresent() ? c.rubric() : null)
                    .addValue("district", directory.district(c.district()).isPresent() ? c.district() : null)
                    .addValue("place", c.place()).addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                    .addValue("count", c.count()).addValue("previous", c.previous()).addValue("question", q)
                    .addValue("actor", actor).addValue("now", now), Long.class);
        } catch (DuplicateKeyException e) {
            throw Fields.one("key", "Эта проблемная точка за этот период уже в реестре");
        }
        if (!c.caseNumbers().isEmpty()) {
            jdbc.update("insert into poll_priority_case (poll_priority_id, case_id) select :id, id from cases where number in (:numbers)",
                    new MapSqlParameterSource("id", id).addValue("numbers", c.caseNumbers()));
        }
        events.created(RegisterEvents.Register.POLL_PRIORITY, id, actor, PollPriority.Status.PROPOSED, "внесена точка «" + c.title()
                + "» за " + period.shortTitle() + " (" + c.count() + " обращений и сообщений), вопрос: " + q);
        return get(id).orElseThrow();
    }

    /** Changes the question and the status of an entry. */
    public PollPriority update(long id, EditForm form, String actor) {
        PollPriority before = jdbc.query("select id from poll_priority where id = :id for update", new MapSqlParameterSource("id", id),
                (rs, i) -> rs.getLong(1)).stream().findFirst().flatMap(this::get).orElseThrow(EntryNotFoundException::new);
        Fields f = new Fields();
        String question = f.required("question", form.question(), MAX_QUESTION);
        PollPriority.Status status = f.choice("status", form.status(), PollPriority.Status.class, before.status());
        f.check();
        jdbc.update("update poll_priority set question = :question, status = :status, updated_by = :actor, updated_at = :now where id = :id",
                new MapSqlParameterSource("id", id).addValue("question", question).addValue("status", status.name())
                        .addValue("actor", actor).addValue("now", Timestamp.from(clock.instant())));
        List<String> changes = new ArrayList<>();
        if (status != before.status()) {
            changes.add("состояние «" + before.status().title() + "» → «" + status.title() + "»");
        }
        if (!question.equals(before.question())) {
            changes.add("вопрос: " + question);
        }
        events.updated(RegisterEvents.Register.POLL_PRIORITY, id, actor, before.status(), status,
                changes.isEmpty() ? "сохранена без изменений" : String.join("; ", changes));
        return get(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<PollPriority> get(long id) {
        return ranked().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The register: entries not rejected by rank (cases, then growth, then title), then the rejected ones. */
    @Transactional(readOnly = true)
    public List<PollPriority> ranked() {
        List<PollPriority> rows = jdbc.query("select * from poll_priority", new MapSqlParameterSource(), (rs, i) -> map(rs, null));
        Comparator<PollPriority> order = Comparator.comparing((PollPriority p) -> p.status() == PollPriority.Status.REJECTED)
                .thenComparing(Comparator.comparingInt(PollPriority::count).reversed())
                .thenComparing(Comparator.comparingInt((PollPriority p) -> p.growth() == null ? 0 : p.growth()).reversed())
                .thenComparing(PollPriority::title).thenComparingLong(PollPriority::id);
        List<PollPriority> sorted = rows.stream().sorted(order).toList();
        List<PollPriority> ranked = new ArrayList<>();
        int rank = 0;
        for (PollPriority p : sorted) {
            Integer r = p.status() == PollPriority.Status.REJECTED ? null : ++rank;
            ranked.add(new PollPriority(p.id(), r, p.key(), p.origin(), p.title(), p.rubric(), p.rubricName(), p.district(),
                    p.districtName(), p.place(), p.from(), p.to(), p.count(), p.previous(), p.question(), p.status(), p.caseNumbers(),
                    p.cases(), p.createdBy(), p.createdAt(), p.updatedBy(), p.updatedAt()));
        }
        return ranked;
    }

    @Transactional(readOnly = true)
    List<RegisterEvents.Event> history(long id) {
        return events.history(RegisterEvents.Register.POLL_PRIORITY, id);
    }

    private Long registered(String key, Period period) {
        return jdbc.query("select id from poll_priority where point_key = :key and period_from = :from and period_to = :to",
                new MapSqlParameterSource("key", key).addValue("from", Date.valueOf(period.from())).addValue("to", Date.valueOf(period.to())),
                (rs, i) -> rs.getLong(1)).stream().findFirst().orElse(null);
    }

    private static String question(GrowthFactor f) {
        return switch (f.level()) {
            case TOPIC -> "Какие вопросы по теме «" + f.topicName() + "» городу следует решить в первую очередь?";
            case DISTRICT -> "Какие проблемы района «" + f.districtName() + "» следует решить в первую очередь?";
            case TOPIC_IN_DISTRICT -> "Какие вопросы по теме «" + f.topicName() + "» в районе «" + f.districtName()
                    + "» следует решить в первую очередь?";
        };
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }

    private PollPriority map(java.sql.ResultSet rs, Integer rank) throws java.sql.SQLException {
        long id = rs.getLong("id");
        String rubric = rs.getString("rubric_code");
        String district = rs.getString("district_code");
        LocalDate from = rs.getDate("period_from").toLocalDate();
        LocalDate to = rs.getDate("period_to").toLocalDate();
        int previous = rs.getInt("previous_count");
        Integer prev = rs.wasNull() ? null : previous;
        List<String> numbers = jdbc.queryForList("""
                select c.number from poll_priority_case pc join cases c on c.id = pc.case_id
                 where pc.poll_priority_id = :id order by c.received_at, c.number
                """, new MapSqlParameterSource("id", id), String.class);
        return new PollPriority(id, rank, rs.getString("point_key"), PollPriority.Origin.valueOf(rs.getString("origin")),
                rs.getString("title"), rubric, rubric == null ? null : directory.rubricName(rubric), district,
                district == null ? null : directory.districtName(district), rs.getString("place"), from, to, rs.getInt("case_count"),
                prev, rs.getString("question"), PollPriority.Status.valueOf(rs.getString("status")), numbers,
                "/analytics/cases?" + CaseSlice.of(new Period(from, to)).withRubric(rubric).withDistrict(district).query(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
