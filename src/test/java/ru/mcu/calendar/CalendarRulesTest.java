package ru.mcu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A year without a decree, computed from the Labour Code (ст. 95, 112 ТК РФ). */
class CalendarRulesTest {

    private final YearDays y2027 = YearDays.byRules(2027);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    @Test
    void shouldFlagAYearComputedByTheRulesAsProvisional() {
        assertThat(y2027.isProvisional()).isTrue();
        assertThat(y2027.source()).contains("ТК РФ");
        assertThat(new FixedCalendar(WorkingSchedule.standard(), Decrees.year2026()).isProvisional(2027)).isTrue();
        assertThat(Decrees.calendar().isProvisional(2026)).isFalse();
    }

    @Test
    void shouldKeepTheNewYearHolidaysWithoutMovingTheirWeekendDays() {
        for (int day = 1; day <= 8; day++) {
            assertThat(y2027.kindOf(d(1, day))).as("January %d", day).isEqualTo(DayKind.NON_WORKING);
        }
        // 2 and 3 January 2027 are a weekend; only a decree may move them, the rules do not
        assertThat(y2027.kindOf(d(1, 11))).isEqualTo(DayKind.WORKING);
        assertThat(y2027.kindOf(d(1, 9))).isEqualTo(DayKind.NON_WORKING);
    }

    @Test
    void shouldMoveAWeekendHolidayToTheNextWorkingDay() {
        // 1 May 2027 is a Saturday, 9 May a Sunday, 12 June a Saturday
        assertThat(y2027.kindOf(d(5, 3))).isEqualTo(DayKind.NON_WORKING);
        assertThat(y2027.day(d(5, 3)).note()).contains("1 мая");
        assertThat(y2027.kindOf(d(5, 4))).isEqualTo(DayKind.WORKING);
        assertThat(y2027.kindOf(d(5, 10))).isEqualTo(DayKind.NON_WORKING);
        assertThat(y2027.kindOf(d(6, 14))).isEqualTo(DayKind.NON_WORKING);
        assertThat(y2027.kindOf(d(6, 15))).isEqualTo(DayKind.WORKING);
    }

    @Test
    void shouldMakeWeekdayHolidaysNonWorking() {
        assertThat(y2027.kindOf(d(2, 23))).isEqualTo(DayKind.NON_WORKING);
        assertThat(y2027.day(d(2, 23)).note()).isEqualTo("День защитника Отечества");
        assertThat(y2027.kindOf(d(3, 8))).isEqualTo(DayKind.NON_WORKING);
        assertThat(y2027.kindOf(d(11, 4))).isEqualTo(DayKind.NON_WORKING);
        assertThat(y2027.kindOf(d(3, 9))).isEqualTo(DayKind.WORKING);
    }

    @Test
    void shouldShortenOnlyTheWorkingDayRightBeforeAHoliday() {
        List<LocalDate> shortened = y2027.exceptions().values().stream()
                .filter(day -> day.kind() == DayKind.SHORTENED).map(CalendarDay::date).toList();

        // 30 April is before Saturday 1 May; 5 March (Friday) is before a Sunday, not a holiday
        assertThat(shortened).containsExactly(d(2, 22), d(4, 30), d(6, 11), d(11, 3), d(12, 31));
        assertThat(y2027.kindOf(d(3, 5))).isEqualTo(DayKind.WORKING);
    }

    @Test
    void shouldCountTheWorkingDaysOf2027ByTheRules() {
        // 261 weekdays minus 9 weekday holidays (1, 4–8 Jan, 23 Feb, 8 Mar, 4 Nov) minus 3 moved days off
        assertThat(y2027.workingDayCount()).isEqualTo(249);
    }

    @Test
    void shouldAgreeWithThe2025DecreeOnTheFixedHolidaysThatFallOnWeekdays() {
        YearDays rules2025 = YearDays.byRules(2025);
        YearDays decree = Decrees.year2025();
        for (LocalDate date : List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 9), LocalDate.of(2025, 6, 12),
                LocalDate.of(2025, 11, 4), LocalDate.of(2025, 3, 7), LocalDate.of(2025, 4, 30))) {
            assertThat(rules2025.kindOf(date)).as(date.toString()).isEqualTo(decree.kindOf(date));
        }
    }
}
