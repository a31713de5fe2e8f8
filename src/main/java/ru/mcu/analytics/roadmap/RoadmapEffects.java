package ru.mcu.analytics.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.charts.Chart;
import ru.mcu.analytics.charts.LineChart;
import ru.mcu.analytics.charts.Unit;
import ru.mcu.platform.time.LocalZone;

/**
 * Whether a roadmap worked: once its measures are done, the cases received on its topic
 * (rubric, with its sub-rubrics) and place over equal runs of whole weeks before the
 * roadmap was drawn up and after its last measure was done, up to {@value #MAX_WEEKS} weeks
 * each. Below {@code mcu.analytics.roadmap-effect-min-cases} cases in both runs together the
 * page says the data are not enough rather than show a percentage of nothing; the default, 8, is
 * the smallest total whose most lopsided split (8 against 0) is beyond chance at the 1 % level
 * (two-sided binomial test with equal rates: 2 · 0.5⁸ ≈ 0.8 %; for 7 it is 1.6 %). The place is the
 * area of the roadmap's linked cases on the map (their bounding box widened by
 * {@value #AREA_MARGIN_METERS} m on each side) when they have coordinates, else its district.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapEffects {

    /** The longest run compared on each side. */
    static final int MAX_WEEKS = 12;
    /** How far around the linked cases the compared area reaches. */
    static final int AREA_MARGIN_METERS = 300;
    private static final double METERS_PER_DEGREE = 111_320;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int minCases;

    RoadmapEffects(NamedParameterJdbcTemplate jdbc, Clock clock, @Value("${mcu.analytics.roadmap-effect-min-cases:8}") int minCases) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.minCases = minCases;
    }

    /** Why there is, or is not, a comparison. */
    public enum State { MEASURES_OPEN, NO_PLACE, TOO_EARLY, TOO_FEW, SHOWN }

    /**
     * The comparison: {@code before} ends the day before the roadmap was drawn up, {@code after}
     * starts the day after its last measure was done; both {@code weeks} long.
     *
     * @param sentence the result in a plain Russian sentence, or why there is none
     * @param chart    per week, the run before and the run after, each point linked to its cases; null unless shown
     */
    public record Effect(State state, int weeks, Period before, Period after, long beforeCount, long afterCount,
                         String beforeHref, String afterHref, Chart chart, String sentence, String place) {

        public boolean shown() {
            return state == State.SHOWN;
        }

        public boolean counted() {
            return state == State.SHOWN || state == State.TOO_FEW;
        }
    }

    public int minCases() {
        return minCases;
    }

    public Effect of(Roadmap roadmap) {
        if (!roadmap.measuresDone() || roadmap.lastMeasureDoneAt() == null) {
            return new Effect(State.MEASURES_OPEN, 0, null, null, 0, 0, null, null, null,
                    "Сравнение жалоб до и после появится, когда все меры будут выполнены.", null);
        }
        CaseSlice.Bbox area = area(roadmap);
        if (roadmap.rubricCode() == null && roadmap.districtCode() == null && area == null) {
            return new Effect(State.NO_PLACE, 0, null, null, 0, 0, null, null, null,
                    "У карты не указаны ни тема, ни район: сравнивать жалобы не с чем.", null);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        LocalDate start = LocalDate.ofInstant(roadmap.createdAt(), LocalZone.ZONE);
        LocalDate done = LocalDate.ofInstant(roadmap.lastMeasureDoneAt(), LocalZone.ZONE);
        // whole days after the last measure, today not counted as it is not over
        long daysAfter = ChronoUnit.DAYS.between(done, today) - 1;
        int weeks = (int) Math.min(MAX_WEEKS, Math.max(0, daysAfter / 7));
        if (weeks == 0) {
            return new Effect(State.TOO_EARLY, 0, null, null, 0, 0, null, null, null,
                    "Меры выполнены " + DAY.format(done) + ": прошло меньше недели, данных для сравнения пока недостаточно.", null);
        }
        String place = area != null ? "в пределах " + AREA_MARGIN_METERS + " м от адресов связанных обращений и сообщений"
                : roadmap.districtCode() != null ? "в районе карты" : "во всех районах";
        Period before = new Period(start.minusWeeks(weeks), start.minusDays(1));
        Period after = new Period(done.plusDays(1), done.plusWeeks(weeks));
        List<Long> beforeWeeks = weekly(roadmap, area, before, weeks);
        List<Long> afterWeeks = weekly(roadmap, area, after, weeks);
        long b = beforeWeeks.stream().mapToLong(Long::longValue).sum();
        long a = afterWeeks.stream().mapToLong(Long::longValue).sum();
        String beforeHref = href(roadmap, area, before);
        String afterHref = href(roadmap, area, after);
        if (a + b < minCases) {
            return new Effect(State.TOO_FEW, weeks, before, after, b, a, beforeHref, afterHref, null,
                    "Данных недостаточно: " + b + " до начала работ и " + a + " после выполнения мер за " + weeksText(weeks)
                            + ", а для сравнения нужно не меньше " + minCases + " обращений и сообщений.", place);
        }
        return new Effect(State.SHOWN, weeks, before, after, b, a, beforeHref, afterHref,
                chart(roadmap, area, before, after, weeks, beforeWeeks, afterWeeks), sentence(b, a, weeks), place);
    }

    /** «После выполнения мер жалоб стало на 40 % меньше: 12 за 8 недель после против 20 за 8 недель до начала работ.» */
    static String sentence(long before, long after, int weeks) {
        String counts = ": " + after + " за " + weeksText(weeks) + " после против " + before + " за столько же недель до начала работ.";
        if (before == 0) {
            return "До начала работ жалоб на эту тему и место не было, после выполнения мер — " + after + " за " + weeksText(weeks) + ".";
        }
        if (after == before) {
            return "После выполнения мер жалоб столько же" + counts;
        }
        long percent = Math.round(100.0 * Math.abs(after - before) / before);
        return "После выполнения мер жалоб стало на " + percent + " % " + (after < before ? "меньше" : "больше") + counts;
    }

    static String weeksText(int weeks) {
        int mod10 = weeks % 10;
        int mod100 = weeks % 100;
        String noun = mod10 == 1 && mod100 != 11 ? "неделю" : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "недели" : "недель";
        return weeks + " " + noun;
    }

    /** The linked cases' area on the map, widened by the margin; null when none has coordinates. */
    private CaseSlice.Bbox area(Roadmap roadmap) {
        return jdbc.query("""
                select min(c.latitude) as min_lat, max(c.latitude) as max_lat, min(c.longitude) as min_lon, max(c.longitude) as max_lon
                  from roadmap_case rc join case_facts c on c.id = rc.case_id
                 where rc.roadmap_id = :id and c.latitude is not null and c.longitude is not null
                """, new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("id", roadmap.id()), rs -> {
                    if (!rs.next() || rs.getObject("min_lat") == null) {
                        return null;
                    }
                    double dLat = AREA_MARGIN_METERS / METERS_PER_DEGREE;
                    double dLon = AREA_MARGIN_METERS / (METERS_PER_DEGREE * Math.cos(Math.toRadians(rs.getDouble("min_lat"))));
                    return new CaseSlice.Bbox(rs.getDouble("min_lat") - dLat, rs.getDouble("min_lon") - dLon,
                            rs.getDouble("max_lat") + dLat, rs.getDouble("max_lon") + dLon);
                });
    }

    private static CaseSlice slice(Roadmap roadmap, CaseSlice.Bbox area, Period period) {
        CaseSlice slice = CaseSlice.of(period).withRubric(roadmap.rubricCode());
        return area != null ? slice.withBbox(area) : slice.withDistrict(roadmap.districtCode());
    }

    private static String href(Roadmap roadmap, CaseSlice.Bbox area, Period period) {
        return "/analytics/cases?" + slice(roadmap, area, period).query();
    }

    private List<Long> weekly(Roadmap roadmap, CaseSlice.Bbox area, Period period, int weeks) {
        CaseSlice.Where where = slice(roadmap, area, period).where(clock.instant());
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            counts.add(0L);
        }
        // the week of a case: whole local days since the period's first day, divided by seven
        where.params().addValue("fromEpoch", period.start().getEpochSecond());
        jdbc.query("select floor((extract(epoch from c.received_at) - :fromEpoch) / 604800)::int as week, count(*) as n from case_facts c where "
                + where.sql() + " group by 1", where.params(), rs -> {
                    int week = rs.getInt("week");
                    if (week >= 0 && week < weeks) {
                        counts.set(week, rs.getLong("n"));
                    }
                });
        return counts;
    }

    private static Chart chart(Roadmap roadmap, CaseSlice.Bbox area, Period before, Period after, int weeks, List<Long> beforeWeeks,
                               List<Long> afterWeeks) {
        List<String> labels = new ArrayList<>();
        List<String> beforeHrefs = new ArrayList<>();
        List<String> afterHrefs = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            labels.add(String.valueOf(i + 1));
            beforeHrefs.add(href(roadmap, area, new Period(before.from().plusWeeks(i), before.from().plusWeeks(i).plusDays(6))));
            afterHrefs.add(href(roadmap, area, new Period(after.from().plusWeeks(i), after.from().plusWeeks(i).plusDays(6))));
        }
        return LineChart.of("Жалобы по теме и месту по неделям (1, 2, … — неделя от начала периода)", Unit.COUNT, labels).size(640, 160)
                .subtitle("до начала работ (" + before.shortTitle() + ") и после выполнения мер (" + after.shortTitle() + ")")
                .series("До начала работ", beforeWeeks.stream().map(Long::doubleValue).toList(), beforeHrefs, null)
                .series("После выполнения мер", afterWeeks.stream().map(Long::doubleValue).toList(), afterHrefs, null)
                .build();
    }
}
