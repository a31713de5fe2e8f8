package ru.mcu.analytics.weeklynote;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.growth.GrowthFactors;
import ru.mcu.analytics.growth.RepeatedComplaints;
import ru.mcu.analytics.rating.RatingQuery;
import ru.mcu.analytics.roadmap.Roadmap;
import ru.mcu.analytics.roadmap.Roadmaps;
import ru.mcu.cases.Channel;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;

/**
 * Builds the {@link WeeklyNote} of any week (Monday to Sunday, local days) from the case tables.
 * Receipts count by {@code received_at}; overdue cases are those still without an answer whose
 * term fell before the end of the week (as of the build).
 */
@Service
@Transactional(readOnly = true)
public class WeeklyNoteBuilder {

    static final int TOP = 5;
    static final int OVERDUE_LISTED = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final RatingQuery ratings;
    private final GrowthFactors growth;
    private final RepeatedComplaints repeats;
    private final Roadmaps roadmaps;
    private final AnalyticsProperties properties;
    private final Clock clock;
    private final BlockTexts blockTexts;

    WeeklyNoteBuilder(NamedParameterJdbcTemplate jdbc, Directory directory, RatingQuery ratings, GrowthFactors growth,
                      RepeatedComplaints repeats, Roadmaps roadmaps, AnalyticsProperties properties, Clock clock,
                      BlockTexts blockTexts) {
        this.blockTexts = blockTexts;
        this.jdbc = jdbc;
        this.directory = directory;
        this.ratings = ratings;
        this.growth = growth;
        this.repeats = repeats;
        this.roadmaps = roadmaps;
        this.properties = properties;
        this.clock = clock;
    }

    /** The note of the week that contains {@code day}. */
    public WeeklyNote build(LocalDate day) {
        Period week = Period.weekOf(day);
        Instant now = clock.instant();
        MapSqlParameterSource params = CaseSlice.periodParameters(week, now)
                .addValue("pfrom", Timestamp.from(week.previous().start()));
        List<WeeklyNote.Count> byChannel = counts("c.channel", params, 100).stream()
                .map(c -> new WeeklyNote.Count(channelTitle(c.label()), c.count(), c.previous())).toList();
        long total = byChannel.stream().mapToLong(WeeklyNote.Count::count).sum();
        long totalBefore = byChannel.stream().mapToLong(WeeklyNote.Count::previous).sum();
        List<WeeklyNote.Count> byTopic = named(counts("split_part(c.rubric_code, '.', 1)", params, 100));
        List<WeeklyNote.Count> problems = named(counts("c.rubric_code", params, TOP));
        List<WeeklyNote.Count> places = counts("c.district_code", params, TOP).stream()
                .map(c -> new WeeklyNote.Count(c.label() == null ? "Район не указан" : directory.districtName(c.label()), c.count(), c.previous()))
                .toList();

        String overdue = Measure.OPEN_OVERDUE.predicate();
        List<WeeklyNote.Count> overdueByDepartment = jdbc.query("select c.department_code as label, count(*) as n from case_facts c where "
                        + overdue + " group by 1 order by 2 desc, 1", params,
                (rs, i) -> new WeeklyNote.Count(rs.getString("label") == null ? "Исполнитель не определён"
                        : directory.departmentName(rs.getString("label")), rs.getLong("n"), 0));
        long overdueTotal = overdueByDepartment.stream().mapToLong(WeeklyNote.Count::count).sum();
        Instant asOf = week.end().isBefore(now) ? week.end() : now;
        List<WeeklyNote.OverdueCase> overdueCases = jdbc.query("select c.number, c.department_code, c.rubric_code, c.answer_due_at from case_facts c where "
                        + overdue + " order by c.answer_due_at, c.number limit " + OVERDUE_LISTED, params,
                (rs, i) -> {
                    Instant due = rs.getTimestamp("answer_due_at").toInstant();
                    return new WeeklyNote.OverdueCase(rs.getString("number"), directory.departmentName(rs.getString("department_code")),
                            rs.getString("rubric_code") == null ? "" : directory.rubricName(rs.getString("rubric_code")),
                            LocalDate.ofInstant(due, LocalZone.ZONE), Math.max(0, Duration.between(due, asOf).toDays()));
                });

        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        List<WeeklyNote.RoadmapLine> roadmapLines = roadmaps.all().stream()
                .filter(r -> r.status() == Roadmap.Status.ACTIVE || r.status() == Roadmap.Status.PENDING_APPROVAL
                        || r.status() == Roadmap.Status.DRAFT)
                .map(r -> new WeeklyNote.RoadmapLine(r.id(), r.title(), r.ownerName() == null ? "—" : r.ownerName(), r.status().title(),
                        r.done(), r.measures().size(), r.overdueOn(today)))
                .toList();

        return new WeeklyNote(week, now, new WeeklyNote.Count("Всего", total, totalBefore), byChannel, byTopic, problems, places,
                overdueByDepartment, overdueCases, overdueTotal, ratings.rating(CaseSlice.of(week)).rows(), properties.minSample(),
                growth.factors(week, null), repeats.share(week), roadmapLines,
                satisfaction(week), satisfaction(week.previous()),
                blockTexts.accepted(week.from()));
    }

    /** Counts this week and the week before grouped by an expression, largest first. */
    private List<WeeklyNote.Count> counts(String expression, MapSqlParameterSource params, int limit) {
        return jdbc.query("select " + expression + " as label, count(*) filter (where c.received_at >= :from) as n,"
                        + " count(*) filter (where c.received_at < :from) as p from case_facts c"
                        + " where c.received_at >= :pfrom and c.received_at < :to group by 1"
                        + " order by 2 desc, 3 desc, 1 limit " + limit, params,
                (rs, i) -> new WeeklyNote.Count(rs.getString("label"), rs.getLong("n"), rs.getLong("p")));
    }

    private List<WeeklyNote.Count> named(List<WeeklyNote.Count> byCode) {
        return byCode.stream().map(c -> new WeeklyNote.Count(c.label() == null ? "Тема не указана" : directory.rubricName(c.label()),
                c.count(), c.previous())).toList();
    }

    private static String channelTitle(String code) {
        try {
            return Channel.valueOf(code).title();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(code);
        }
    }

    private WeeklyNote.Satisfaction satisfaction(Period period) {
        MapSqlParameterSource params = CaseSlice.periodParameters(period, clock.instant());
        return jdbc.queryForObject("select count(*) as rated, avg(c.rating_score) as average,"
                        + " count(*) filter (where c.rating_score >= 4) as satisfied from case_facts c where " + Measure.RATED.predicate(), params,
                (rs, i) -> {
                    long rated = rs.getLong("rated");
                    double avg = rs.getDouble("average");
                    return new WeeklyNote.Satisfaction(rated, rated == 0 ? null : avg, rated == 0 ? null : (double) rs.getLong("satisfied") / rated);
                });
    }
}
