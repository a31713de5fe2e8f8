package ru.mcu.analytics.dashboard;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.Period;
import ru.mcu.calendar.WorkingCalendar;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.Channel;
import ru.mcu.platform.time.LocalZone;

/**
 * Computes the {@link Dashboard} in five indexed queries: the open terms (the partial index
 * {@code cases_open_due_idx}), the cases at risk (the same index), receipts
 * ({@code cases_received_at_idx}), answers ({@code cases_answered_at_idx}) and ratings
 * ({@code cases_rated_at_idx}). Every count uses the predicate of the {@link Measure} its link
 * names, over the same period, so the list behind a figure holds exactly the cases counted.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQuery {

    static final String CASES = "/analytics/cases";
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final DashboardProperties properties;

    DashboardQuery(NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, DashboardProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The dashboard of the cases in {@code scope} as of {@code now}. */
    public Dashboard build(CaseAccess.Scope scope, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        LocalDate riskDay = riskDay(today);
        Period todayP = new Period(today, today);
        Period tomorrowP = new Period(today.plusDays(1), today.plusDays(1));
        Period riskP = new Period(today, riskDay);

        // 1. open terms by department; a message answered «запланировано» waits for its date (as Measure.OPEN_OVERDUE)
        MapSqlParameterSource params = scoped(scope)
                .addValue("now", Timestamp.from(now))
                .addValue("todayEnd", Timestamp.from(todayP.end()))
                .addValue("tomorrowStart", Timestamp.from(tomorrowP.start()))
                .addValue("tomorrowEnd", Timestamp.from(tomorrowP.end()))
                .addValue("riskEnd", Timestamp.from(riskP.end()))
                .addValue("limit", Timestamp.from(riskP.end().isAfter(tomorrowP.end()) ? riskP.end() : tomorrowP.end()));
        List<Dashboard.DepartmentLine> departments = new ArrayList<>();
        long[] totals = new long[4];
        jdbc.query("""
                select c.department_code, dep.name,
                       count(*) filter (where c.answer_due_at < :now) as overdue,
                       count(*) filter (where c.answer_due_at >= :now and c.answer_due_at < :todayEnd) as due_today,
                       count(*) filter (where c.answer_due_at >= greatest(cast(:tomorrowStart as timestamptz), cast(:now as timestamptz)) and c.answer_due_at < :tomorrowEnd) as due_tomorrow,
                       count(*) filter (where c.answer_due_at >= :now and c.answer_due_at < :riskEnd and c.answer_text is null) as at_risk
                  from case_facts c left join department dep on dep.code = c.department_code
                 where c.answered_at is null and c.closed_at is null and c.status <> 'PLANNED' and c.answer_due_at < :limit and %s
                 group by c.department_code, dep.name
                 order by overdue desc, due_today desc, due_tomorrow desc, dep.name nulls last
                """.formatted(scope.sql("c")), params, rs -> {
            String code = rs.getString("department_code");
            String filter = code == null ? CaseSlice.NO_DEPARTMENT : code;
            long[] n = {rs.getLong("overdue"), rs.getLong("due_today"), rs.getLong("due_tomorrow"), rs.getLong("at_risk")};
            for (int i = 0; i < 4; i++) {
                totals[i] += n[i];
            }
            departments.add(new Dashboard.DepartmentLine(code, code == null ? "Исполнитель не назначен" : rs.getString("name"),
                    figure(n[0], todayP, Measure.OPEN_OVERDUE, filter, null),
                    figure(n[1], todayP, Measure.DUE_OPEN, filter, null),
                    figure(n[2], tomorrowP, Measure.DUE_OPEN, filter, null),
                    figure(n[3], riskP, Measure.AT_RISK, filter, null)));
        });
        Dashboard.DepartmentLine total = new Dashboard.DepartmentLine(null, "Всего",
                figure(totals[0], todayP, Measure.OPEN_OVERDUE, null, null),
                figure(totals[1], todayP, Measure.DUE_OPEN, null, null),
                figure(totals[2], tomorrowP, Measure.DUE_OPEN, null, null),
                figure(totals[3], riskP, Measure.AT_RISK, null, null));

        // 2. the first cases at risk, by the same predicate as their figure
        CaseSlice.Where risk = CaseSlice.of(riskP).withMeasure(Measure.AT_RISK).where(now);
        MapSqlParameterSource riskParams = risk.params().addValue("scopeDepartments", scope.departments())
                .addValue("size", properties.riskListSize());
        List<Dashboard.RiskCase> atRisk = jdbc.query("""
                select c.number, c.channel, r.name as rubric_name, dep.name as department_name, c.answer_due_at
                  from case_facts c left join rubric r on r.code = c.rubric_code left join department dep on dep.code = c.department_code
                 where %s and %s
                 order by c.answer_due_at, c.id limit :size
                """.formatted(risk.sql(), scope.sql("c")), riskParams, (rs, i) -> new Dashboard.RiskCase(
                rs.getString("number"), CASES + "/" + rs.getString("number"), channel(rs.getString("channel")),
                rs.getString("rubric_name"), rs.getString("department_name"), rs.getTimestamp("answer_due_at").toInstant()));

        // 3. receipts: since yesterday by channel, this week and the same days of the previous one
        Period since = new Period(today.minusDays(1), today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Period week = new Period(monday, today);
        Period previousWeek = new Period(monday.minusWeeks(1), today.minusWeeks(1));
        MapSqlParameterSource receiptParams = scoped(scope)
                .addValue("sinceFrom", Timestamp.from(since.start())).addValue("sinceTo", Timestamp.from(since.end()))
                .addValue("weekFrom", Timestamp.from(week.start())).addValue("weekTo", Timestamp.from(week.end()))
                .addValue("prevFrom", Timestamp.from(previousWeek.start())).addValue("prevTo", Timestamp.from(previousWeek.end()))
                .addValue("from", Timestamp.from(min(previousWeek.start(), since.start())))
                .addValue("to", Timestamp.from(week.end()));
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        long[] received = new long[2];
        jdbc.query("""
                select c.channel,
                       count(*) filter (where c.received_at >= :sinceFrom and c.received_at < :sinceTo) as since,
                       count(*) filter (where c.received_at >= :weekFrom and c.received_at < :weekTo) as week,
                       count(*) filter (where c.received_at >= :prevFrom and c.received_at < :prevTo) as previous
                  from case_facts c
                 where c.received_at >= :from and c.received_at < :to and %s
                 group by c.channel
                """.formatted(scope.sql("c")), receiptParams, rs -> {
            Channel ch = channel(rs.getString("channel"));
            if (ch != null) {
                byChannel.merge(ch, rs.getLong("since"), Long::sum);
            }
            received[0] += rs.getLong("week");
            received[1] += rs.getLong("previous");
        });
        List<Dashboard.ChannelLine> newByChannel = new ArrayList<>();
        long newTotal = 0;
        for (Channel ch : Channel.values()) {
            long n = byChannel.getOrDefault(ch, 0L);
            newTotal += n;
            newByChannel.add(new Dashboard.ChannelLine(ch, figure(n, since, Measure.RECEIVED, null, ch)));
        }

        // 4. answers this week and the same days of the previous one; late as Measure.LATE, with a late «запланировано»
        MapSqlParameterSource answerParams = scoped(scope)
                .addValue("weekFrom", Timestamp.from(week.start())).addValue("weekTo", Timestamp.from(week.end()))
                .addValue("prevFrom", Timestamp.from(previousWeek.start())).addValue("prevTo", Timestamp.from(previousWeek.end()));
        long[] answered = jdbc.query("""
                select count(*) filter (where c.answered_at >= :weekFrom) as answered,
                       count(*) filter (where c.answered_at >= :weekFrom and c.answered_at <= c.answer_due_at) as on_time,
                       count(*) filter (where c.answered_at >= :weekFrom and c.answered_at > c.answer_due_at
                                        or c.planned_answered_at >= :weekFrom and c.planned_answered_at < :weekTo
                                           and c.planned_answered_at > c.planned_answer_due_at) as late,
                       count(*) filter (where c.answered_at < :prevTo) as p_answered,
                       count(*) filter (where c.answered_at < :prevTo and c.answered_at <= c.answer_due_at) as p_on_time,
                       count(*) filter (where c.answered_at < :prevTo and c.answered_at > c.answer_due_at
                                        or c.planned_answered_at >= :prevFrom and c.planned_answered_at < :prevTo
                                           and c.planned_answered_at > c.planned_answer_due_at) as p_late
                  from case_facts c
                 where ((c.answered_at >= :weekFrom and c.answered_at < :weekTo) or (c.answered_at >= :prevFrom and c.answered_at < :prevTo)
                        or (c.planned_answered_at >= :weekFrom and c.planned_answered_at < :weekTo)
                        or (c.planned_answered_at >= :prevFrom and c.planned_answered_at < :prevTo))
                   and %s
                """.formatted(scope.sql("c")), answerParams, rs -> {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)};
        });
        List<Dashboard.WeekLine> weekLines = List.of(
                new Dashboard.WeekLine("Поступило", figure(received[0], week, Measure.RECEIVED, null, null),
                        figure(received[1], previousWeek, Measure.RECEIVED, null, null)),
                new Dashboard.WeekLine("Дан ответ", figure(answered[0], week, Measure.ANSWERED, null, null),
                        figure(answered[3], previousWeek, Measure.ANSWERED, null, null)),
                new Dashboard.WeekLine("Ответ в срок", figure(answered[1], week, Measure.ON_TIME, null, null),
                        figure(answered[4], previousWeek, Measure.ON_TIME, null, null)),
                new Dashboard.WeekLine("Ответ с нарушением срока", figure(answered[2], week, Measure.LATE, null, null),
                        figure(answered[5], previousWeek, Measure.LATE, null, null)));

        // 5. ratings this month
        Period month = Period.monthToDate(today);
        MapSqlParameterSource ratingParams = scoped(scope)
                .addValue("from", Timestamp.from(month.start())).addValue("to", Timestamp.from(month.end()));
        Dashboard.Satisfaction satisfaction = jdbc.query("""
                select count(*) as rated, count(*) filter (where c.rating_score >= 4) as satisfied, avg(c.rating_score) as average
                  from case_facts c where c.rated_at >= :from and c.rated_at < :to and %s
                """.formatted(scope.sql("c")), ratingParams, rs -> {
            rs.next();
            Number average = (Number) rs.getObject("average");
            return new Dashboard.Satisfaction(MONTH.format(today),
                    figure(rs.getLong("rated"), month, Measure.RATED, null, null),
                    figure(rs.getLong("satisfied"), month, Measure.SATISFIED, null, null),
                    average == null ? null : average.doubleValue());
        });

        return new Dashboard(now, today, scopeTitle(scope), riskDay, properties.riskWorkingDays(), departments, total, atRisk,
                newByChannel, figure(newTotal, since, Measure.RECEIVED, null, null),
                "с " + DAY_MONTH.format(since.from()),
                weekLines, SHORT.format(week.from()) + "–" + SHORT.format(week.to()),
                SHORT.format(previousWeek.from()) + "–" + SHORT.format(previousWeek.to()),
                satisfaction);
    }

    /** The last day whose terms are at risk: the Nth working day counting from today. */
    LocalDate riskDay(LocalDate today) {
        LocalDate day = today;
        int found = 0;
        for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day) && ++found == properties.riskWorkingDays()) {
                return day;
            }
        }
        return today.plusDays(properties.riskWorkingDays());
    }

    private String scopeTitle(CaseAccess.Scope scope) {
        if (scope.all()) {
            return "все подразделения";
        }
        if (scope.departments().isEmpty()) {
            return "нет подразделений";
        }
        List<String> names = jdbc.queryForList("select name from department where code in (:codes) order by name",
                new MapSqlParameterSource("codes", scope.departments()), String.class);
        return String.join(", ", names);
    }

    private static MapSqlParameterSource scoped(CaseAccess.Scope scope) {
        return new MapSqlParameterSource("scopeDepartments", scope.departments());
    }

    private static Dashboard.Figure figure(long count, Period period, Measure measure, String department, Channel channel) {
        CaseSlice slice = CaseSlice.of(period).withMeasure(measure).withDepartment(department).withChannel(channel);
        return new Dashboard.Figure(count, CASES + "?" + slice.query());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Channel channel(String value) {
        try {
            return value == null ? null : Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
