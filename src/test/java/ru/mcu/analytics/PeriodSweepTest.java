package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.mcu.calendar.HardDays.HardDay;

/**
 * The calendar sweep of the analytics' periods and the weekly note's week: for each hard day,
 * the default period of every analytics page and export, the week the Monday note reports on,
 * and the limit of "overdue by now" are the local (Sakhalin) days they should be, whatever the
 * UTC date, across month and year boundaries.
 */
class PeriodSweepTest {

    /** The application's clock on that moment, in UTC as the bean is. */
    private static Clock clockAt(HardDay day) {
        return Clock.fixed(day.instant(), ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldDefaultEveryAnalyticsPageToTheLastCompleteLocalMonth(HardDay day) {
        CaseSlice slice = SliceParams.parse(clockAt(day), null, null, null, null, null, null, null, null, null);

        LocalDate firstOfThisMonth = day.date().withDayOfMonth(1);
        assertThat(slice.period()).isEqualTo(new Period(firstOfThisMonth.minusMonths(1), firstOfThisMonth.minusDays(1)));
        assertThat(slice.period().end()).as("the month is over by the moment the page opens").isBeforeOrEqualTo(day.instant());
        assertThat(slice.period().end()).isEqualTo(firstOfThisMonth.atStartOfDay(ru.mcu.platform.time.LocalZone.ZONE).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldKeepTheMonthSoFarAroundADateGivenAlone(HardDay day) {
        LocalDate today = day.date();
        LocalDate from = today.withDayOfMonth(1);

        assertThat(SliceParams.parse(clockAt(day), from.toString(), null, null, null, null, null, null, null, null).period())
                .isEqualTo(new Period(from, today));
        assertThat(SliceParams.parse(clockAt(day), null, today.toString(), null, null, null, null, null, null, null).period())
                .isEqualTo(new Period(from, today));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldReportOnTheLastCompleteLocalWeekInTheWeeklyNote(HardDay day) {
        Period week = Period.weekBefore(day.instant());

        LocalDate thisMonday = day.date().minusDays(day.date().getDayOfWeek().getValue() - 1L);
        assertThat(week.from()).isEqualTo(thisMonday.minusWeeks(1));
        assertThat(week.to()).isEqualTo(thisMonday.minusDays(1));
        assertThat(week.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.days()).isEqualTo(7);
        assertThat(week.end()).as("the week is over by the moment it is reported").isBeforeOrEqualTo(day.instant());
        assertThat(week.previous()).isEqualTo(new Period(week.from().minusWeeks(1), week.to().minusWeeks(1)));
        assertThat(Period.weekOf(day.date()).from()).isEqualTo(thisMonday);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldCountOverdueOnlyUpToNowInsideTheCurrentPeriod(HardDay day) {
        Instant now = day.instant();
        Period current = Period.monthToDate(day.date());
        Period past = Period.weekBefore(now);

        assertThat(CaseSlice.periodParameters(current, now).getValue("dueLimit")).isEqualTo(java.sql.Timestamp.from(now));
        assertThat(CaseSlice.periodParameters(past, now).getValue("dueLimit")).isEqualTo(java.sql.Timestamp.from(past.end()));
    }
}
