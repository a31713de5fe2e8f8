package ru.mcu.analytics.regional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.regional.ReportDocument.Cell;
import ru.mcu.analytics.regional.ReportDocument.Column;
import ru.mcu.analytics.regional.ReportDocument.Row;
import ru.mcu.analytics.regional.ReportDocument.Table;
import ru.mcu.cases.Channel;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;

/**
 * Builds the reports for the regional ЦУР from the case table: one grouped query per breakdown,
 * each figure counted with the predicate of its {@link Measure} (so the case list behind a
 * figure, {@code /analytics/cases?...&measure=}, finds exactly the cases counted), reading no
 * citizen column.
 */
@Service
@Transactional(readOnly = true)
public class RegionalReports {

    /** How many topics and districts the periodic report names. */
    static final int TOP = 10;
    static final String NO_DEPARTMENT = "Без исполнителя";
    static final String NO_CATEGORY = "Без категории";
    private static final String CASES = "/analytics/cases?";

    /** The figure columns of every breakdown, after its first (name) column, in this order (docs/analytics.md). */
    static final List<Column> FIGURE_COLUMNS = List.of(
            Column.count("Поступило"), Column.count("Дан ответ"), Column.count("Ответ в срок"), Column.share("Доля ответов в срок"),
            Column.count("Ответ с нарушением срока"), Column.count("Просрочено без ответа"), Column.count("Перенаправлено по компетенции"),
            Column.count("Возвращено как «не наше»"), Column.count("Повторное рассмотрение после низкой оценки"),
            Column.count("Оценено заявителями"), Column.decimal("Средняя оценка"), Column.share("Доля низких оценок (1–2)"));

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final Clock clock;

    RegionalReports(NamedParameterJdbcTemplate jdbc, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** The periodic report (3.2.3.5): by channel, by recipient, the top topics and districts. */
    public ReportDocument periodic(ReportPeriod chosen) {
        Period period = chosen.period();
        CaseSlice all = CaseSlice.of(period);
        Map<String, RegionalFigures> byChannel = figures(period, "c.channel", "true", new MapSqlParameterSource());
        List<Row> channelRows = new ArrayList<>();
        for (Channel ch : Channel.values()) {
            channelRows.add(line(ch.title(), byChannel.getOrDefault(ch.name(), RegionalFigures.ZERO), all.withChannel(ch)));
        }
        RegionalFigures total = sum(byChannel);
        Table channels = new Table("by-channel", "По каналам поступления", columns("Канал"), channelRows, line("Всего", total, all));

        Map<String, RegionalFigures> byDepartment = figures(period, "coalesce(c.department_code, '')", "true", new MapSqlParameterSource());
        Table departments = new Table("by-department", "По ответственным получателям", columns("Ответственный получатель"),
                departmentRows(byDepartment, all), line("Всего", total, all));

        List<Row> topics = new ArrayList<>();
        top("split_part(c.rubric_code, '.', 1)", "c.rubric_code is not null", period).forEach((code, count) ->
                topics.add(new Row(List.of(Cell.of(directory.rubricName(code)),
                        Cell.linked(count, href(all.withRubric(code).withMeasure(Measure.RECEIVED))), Cell.of(share(count, total.received()))))));
        List<Row> districts = new ArrayList<>();
        top("c.district_code", "c.district_code is not null", period).forEach((code, count) ->
                districts.add(new Row(List.of(Cell.of(directory.districtName(code)),
                        Cell.linked(count, href(all.withDistrict(code).withMeasure(Measure.RECEIVED))), Cell.of(share(count, total.received()))))));
        List<Column> topColumns = List.of(Column.count("Поступило"), Column.share("Доля от всех поступивших"));
        Table topTopics = new Table("top-topics", "Главные темы (по числу поступивших)", prepend("Тема", topColumns), topics, null);
        Table topDistricts = new Table("top-districts", "Главные районы (по числу поступивших)", prepend("Район", topColumns), districts, null);
        return new ReportDocument("Отчёт МЦУ для регионального ЦУР", chosen.title(), notes(), List.of(channels, departments, topTopics, topDistricts));
    }

    /** The ПОС report (2.6.4): ПОС messages by category as the platform sent it, and by recipient. */
    public ReportDocument pos(ReportPeriod chosen) {
        Period period = chosen.period();
        CaseSlice pos = CaseSlice.of(period).withChannel(Channel.POS);
        MapSqlParameterSource params = new MapSqlParameterSource("pos", Channel.POS.name());
        Map<String, RegionalFigures> byCategory = figures(period, "coalesce(c.category, '')", "c.channel = :pos", params);
        RegionalFigures total = sum(byCategory);
        List<Row> categories = new ArrayList<>();
        byCategory.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, RegionalFigures> e) -> e.getKey().isEmpty())
                        .thenComparing(e -> -e.getValue().received()).thenComparing(Map.Entry::getKey))
                .forEach(e -> categories.add(line(e.getKey().isEmpty() ? NO_CATEGORY : e.getKey(), e.getValue(),
                        pos.withCategory(e.getKey().isEmpty() ? CaseSlice.NO_CATEGORY : e.getKey()))));
        Table byCat = new Table("by-category", "Сообщения ПОС по категориям", columns("Категория ПОС"), categories, line("Всего", total, pos));
        Map<String, RegionalFigures> byDepartment = figures(period, "coalesce(c.department_code, '')", "c.channel = :pos", params);
        Table byDep = new Table("by-department", "Сообщения ПОС по ответственным получателям", columns("Ответственный получатель"),
                departmentRows(byDepartment, pos), line("Всего", total, pos));
        List<String> notes = new ArrayList<>(notes());
        notes.add("Только сообщения Платформы обратной связи (п. 2.6.4 Положения). Повторное рассмотрение — сообщения, ответ на которые "
                + "после низкой оценки автора (1–2) возвращён исполнителю и дан заново в периоде. Перенаправлено — сообщения вне "
                + "муниципальной компетенции.");
        return new ReportDocument("Отчёт по Платформе обратной связи", chosen.title(), notes, List.of(byCat, byDep));
    }

    private List<Row> departmentRows(Map<String, RegionalFigures> byDepartment, CaseSlice slice) {
        List<Row> rows = new ArrayList<>();
        for (Department d : directory.departments()) {
            RegionalFigures f = byDepartment.get(d.getCode());
            if (f != null && !f.isEmpty()) {
                rows.add(line(d.getName(), f, slice.withDepartment(d.getCode())));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> -((Number) r.cells().get(1).value()).longValue()));
        RegionalFigures none = byDepartment.get("");
        if (none != null && !none.isEmpty()) {
            rows.add(line(NO_DEPARTMENT, none, slice.withDepartment(CaseSlice.NO_DEPARTMENT)));
        }
        return rows;
    }

    private static List<String> notes() {
        return List.of("Поступило — по дате поступления; дан ответ, в срок и с нарушением срока — по дате ответа (обращение или сообщение, поступившее "
                        + "раньше периода и отвеченное в нём, учитывается в периоде ответа); просрочено без ответа — ответа нет на дату "
                        + "формирования, срок истёк до конца периода; оценки — по дате оценки (последняя оценка автора).",
                "Без персональных данных: только числа по каналам, темам, районам и исполнителям.");
    }

    private static List<Column> columns(String first) {
        return prepend(first, FIGURE_COLUMNS);
    }

    private static List<Column> prepend(String first, List<Column> rest) {
        List<Column> all = new ArrayList<>();
        all.add(Column.text(first));
        all.addAll(rest);
        return all;
    }

    /** One line: the name, then every figure linked to its cases; a share to the cases it counts (its numerator). */
    private static Row line(String name, RegionalFigures f, CaseSlice slice) {
        return new Row(List.of(Cell.of(name),
                Cell.linked(f.received(), href(slice.withMeasure(Measure.RECEIVED))),
                Cell.linked(f.answered(), href(slice.withMeasure(Measure.ANSWERED))),
                Cell.linked(f.onTime(), href(slice.withMeasure(Measure.ON_TIME))),
                Cell.linked(f.onTimeShare(), href(slice.withMeasure(Measure.ON_TIME))),
                Cell.linked(f.late(), href(slice.withMeasure(Measure.LATE))),
                Cell.linked(f.openOverdue(), href(slice.withMeasure(Measure.OPEN_OVERDUE))),
                Cell.linked(f.forwarded(), href(slice.withMeasure(Measure.FORWARDED))),
                Cell.linked(f.rerouted(), href(slice.withMeasure(Measure.REROUTED))),
                Cell.linked(f.reworked(), href(slice.withMeasure(Measure.REWORKED))),
                Cell.linked(f.rated(), href(slice.withMeasure(Measure.RATED))),
                Cell.linked(f.averageRating(), href(slice.withMeasure(Measure.RATED))),
                Cell.linked(f.lowShare(), href(slice.withMeasure(Measure.LOW_RATED)))));
    }

    private static String href(CaseSlice slice) {
        return CASES + slice.query();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static RegionalFigures sum(Map<String, RegionalFigures> parts) {
        RegionalFigures total = RegionalFigures.ZERO;
        for (RegionalFigures f : parts.values()) {
            total = total.plus(f);
        }
        return total;
    }

    /** The figures of the period grouped by {@code key} over {@code case_facts c}, among the cases that meet {@code condition}. */
    Map<String, RegionalFigures> figures(Period period, String key, String condition, MapSqlParameterSource extra) {
        MapSqlParameterSource params = CaseSlice.periodParameters(period, clock.instant());
        extra.getValues().forEach(params::addValue);
        String sql = "select " + key + " as k"
                + count(Measure.RECEIVED, "received") + count(Measure.ANSWERED, "answered") + count(Measure.ON_TIME, "on_time")
                + count(Measure.LATE, "late") + count(Measure.OPEN_OVERDUE, "open_overdue") + count(Measure.FORWARDED, "forwarded")
                + count(Measure.REROUTED, "rerouted") + count(Measure.REWORKED, "reworked") + count(Measure.RATED, "rated")
                + count(Measure.LOW_RATED, "low_rated")
                + ", coalesce(sum(c.rating_score) filter (where " + Measure.RATED.predicate() + "), 0) as rating_sum"
                + " from case_facts c where (" + condition + ") and (" + String.join(" or ", Measure.RECEIVED.predicate(),
                        Measure.ANSWERED.predicate(), Measure.RATED.predicate(), Measure.OPEN_OVERDUE.predicate()) + ")"
                + " group by " + key;
        Map<String, RegionalFigures> result = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getString("k"), new RegionalFigures(rs.getLong("received"), rs.getLong("answered"), rs.getLong("on_time"),
                    rs.getLong("late"), rs.getLong("open_overdue"), rs.getLong("forwarded"), rs.getLong("rerouted"), rs.getLong("reworked"),
                    rs.getLong("rated"), rs.getLong("low_rated"), rs.getLong("rating_sum")));
        });
        return result;
    }

    private Map<String, Long> top(String key, String condition, Period period) {
        MapSqlParameterSource params = CaseSlice.periodParameters(period, clock.instant()).addValue("top", TOP);
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.query("select " + key + " as k, count(*) as n from case_facts c where " + Measure.RECEIVED.predicate() + " and " + condition
                + " group by " + key + " order by n desc, k limit :top", params, rs -> {
                    result.put(rs.getString("k"), rs.getLong("n"));
                });
        return result;
    }

    private static String count(Measure measure, String alias) {
        return ", count(*) filter (where " + measure.predicate() + ") as " + alias;
    }
}
