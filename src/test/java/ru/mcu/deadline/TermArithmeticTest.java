package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.mcu.calendar.Decrees;

/**
 * The arithmetic over the real calendars of 2025 and 2026 (the decrees) and 2027 (the rules).
 * Every instant is written in Sakhalin time, +11:00.
 */
class TermArithmeticTest {

    private final TermArithmetic terms = new TermArithmetic(Decrees.calendar());

    private static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+11:00").toInstant();
    }

    // calendar days

    @Test
    void shouldMoveAnAnswerDueOnSaturdayAfterNewYearToMonday() {
        // 25 Dec 2025 + 30 days = Saturday 24 Jan 2026
        assertThat(terms.due(at("2025-12-25T10:00:00"), TermSpec.calendarDays(30))).isEqualTo(at("2026-01-26T23:59:59"));
    }

    @Test
    void shouldMoveARegistrationDueInTheNewYearHolidaysToTheFirstWorkingDay() {
        assertThat(terms.due(at("2025-12-29T12:00:00"), TermSpec.calendarDays(3))).isEqualTo(at("2026-01-12T23:59:59"));
    }

    @Test
    void shouldMoveATermEndingOnFirstMayToTheEndOfTheMayHolidays() {
        // 1–3 May 2026 are non-working
        assertThat(terms.due(at("2026-04-21T10:00:00"), TermSpec.calendarDays(10))).isEqualTo(at("2026-05-04T23:59:59"));
    }

    @Test
    void shouldMoveATermEndingOnAnInternationalWomensDayWeekendPastTheTransferredMonday() {
        // received on Sunday 1 March 2026; 8 March is a Sunday, 9 March the day off moved from it
        assertThat(terms.due(at("2026-03-01T15:00:00"), TermSpec.calendarDays(7))).isEqualTo(at("2026-03-10T23:59:59"));
    }

    @Test
    void shouldCountFromTheReceiptOnAHoliday() {
        assertThat(terms.due(at("2026-01-03T12:00:00"), TermSpec.calendarDays(3))).isEqualTo(at("2026-01-12T23:59:59"));
    }

    @Test
    void shouldCountFromTheLocalDateNotTheUtcDate() {
        // 00:30 on 2 March in Sakhalin is still 1 March in UTC
        assertThat(terms.due(at("2026-03-02T00:30:00"), TermSpec.calendarDays(3))).isEqualTo(at("2026-03-05T23:59:59"));
    }

    @Test
    void shouldEndOnTheWorkingSaturdayFirstNovember2025() {
        assertThat(terms.due(at("2025-10-02T11:00:00"), TermSpec.calendarDays(30))).isEqualTo(at("2025-11-01T23:59:59"));
    }

    // working days

    @Test
    void shouldEndAtFiveOnAShortenedPreHolidayDay() {
        // the 10th working day after Thursday 16 April 2026 is Thursday 30 April, before 1 May
        assertThat(terms.due(at("2026-04-16T10:00:00"), TermSpec.workingDays(10))).isEqualTo(at("2026-04-30T17:00:00"));
    }

    @Test
    void shouldSkipTheMayHolidaysAndTheTransferredDaysOff() {
        // 30 Apr 2025 (1), 5–7 May (2–4), 12–14 May (5–7); 2 and 8 May are days off moved by the decree
        assertThat(terms.due(at("2025-04-29T10:00:00"), TermSpec.workingDays(7))).isEqualTo(at("2025-05-14T18:00:00"));
    }

    @Test
    void shouldCountTheWorkingSaturdayFirstNovember2025AsAShortenedDay() {
        assertThat(terms.due(at("2025-10-31T12:00:00"), TermSpec.workingDays(1))).isEqualTo(at("2025-11-01T17:00:00"));
    }

    @Test
    void shouldNotCountTheDayOfReceiptWhateverTheHour() {
        Instant nextDayEnd = at("2026-03-03T18:00:00");
        assertThat(terms.due(at("2026-03-02T08:00:00"), TermSpec.workingDays(1))).as("before 09:00").isEqualTo(nextDayEnd);
        assertThat(terms.due(at("2026-03-02T17:59:00"), TermSpec.workingDays(1))).as("at 17:59").isEqualTo(nextDayEnd);
        assertThat(terms.due(at("2026-03-02T18:00:00"), TermSpec.workingDays(1))).as("exactly 18:00").isEqualTo(nextDayEnd);
    }

    @Test
    void shouldStartFromTheFirstWorkingDayAfterAHolidayOrASunday() {
        assertThat(terms.due(at("2026-01-05T10:00:00"), TermSpec.workingDays(1))).isEqualTo(at("2026-01-12T18:00:00"));
        assertThat(terms.due(at("2026-03-01T10:00:00"), TermSpec.workingDays(1))).isEqualTo(at("2026-03-02T18:00:00"));
    }

    @Test
    void shouldGiveTheSecondLevelEscalationThreeWorkingDaysAfterTheTerm() {
        assertThat(terms.afterWorkingDays(at("2026-01-26T23:59:59"), 3)).isEqualTo(at("2026-01-29T18:00:00"));
    }

    // working hours

    @Test
    void shouldCarryOverTheRestOfATermReceivedAt1759ToTheNextDay() {
        assertThat(terms.due(at("2026-03-02T17:59:00"), TermSpec.workingHours(9))).isEqualTo(at("2026-03-03T17:59:00"));
    }

    @Test
    void shouldStartCountingNextMorningWhenReceivedExactlyAtSix() {
        assertThat(terms.due(at("2026-03-02T18:00:00"), TermSpec.workingHours(9))).isEqualTo(at("2026-03-03T18:00:00"));
    }

    @Test
    void shouldStartCountingAtNineWhenReceivedEarlier() {
        assertThat(terms.due(at("2026-03-02T07:30:00"), TermSpec.workingHours(9))).isEqualTo(at("2026-03-02T18:00:00"));
    }

    @Test
    void shouldStartCountingOnMondayWhenReceivedOnSunday() {
        assertThat(terms.due(at("2026-03-01T12:00:00"), TermSpec.workingHours(4))).isEqualTo(at("2026-03-02T13:00:00"));
    }

    @Test
    void shouldStartCountingAfterTheNewYearHolidaysWhenReceivedOnChristmas() {
        assertThat(terms.due(at("2026-01-07T10:00:00"), TermSpec.workingHours(4))).isEqualTo(at("2026-01-12T13:00:00"));
    }

    @Test
    void shouldCountAcrossAWeekend() {
        // Friday 13 March 2026 15:00–18:00 is 3 hours; the other 6 on Monday
        assertThat(terms.due(at("2026-03-13T15:00:00"), TermSpec.workingHours(9))).isEqualTo(at("2026-03-16T15:00:00"));
    }

    @Test
    void shouldCountAShortenedDayUntilFiveOnly() {
        // 30 April 2026 ends at 17:00; 1–3 May are off
        assertThat(terms.due(at("2026-04-30T14:00:00"), TermSpec.workingHours(4))).isEqualTo(at("2026-05-04T10:00:00"));
        assertThat(terms.due(at("2026-11-03T09:00:00"), TermSpec.workingHours(9))).isEqualTo(at("2026-11-05T10:00:00"));
    }

    @Test
    void shouldCountTheWorkingSaturdayFirstNovember2025() {
        // 2 hours on Friday 31 October, 7 of the 8 on Saturday 1 November
        assertThat(terms.due(at("2025-10-31T16:00:00"), TermSpec.workingHours(9))).isEqualTo(at("2025-11-01T16:00:00"));
    }

    @Test
    void shouldEndAtTheCloseWhenTheTermUsesUpTheDayExactly() {
        assertThat(terms.due(at("2026-03-02T09:00:00"), TermSpec.workingHours(9))).isEqualTo(at("2026-03-02T18:00:00"));
    }

    // suspension

    @Test
    void shouldExtendCalendarDaysByTheDaysSuspended() {
        Instant start = at("2026-03-02T10:00:00");
        assertThat(terms.due(start, TermSpec.calendarDays(30))).isEqualTo(at("2026-04-01T23:59:59"));

        // 5 March 10:00 to 12 March 15:00: seven midnights
        SuspensionPeriod week = new SuspensionPeriod(at("2026-03-05T10:00:00"), at("2026-03-12T15:00:00"));

        assertThat(terms.due(start, TermSpec.calendarDays(30), List.of(week))).hasValue(at("2026-04-08T23:59:59"));
    }

    @Test
    void shouldNotExtendCalendarDaysForASuspensionWithinOneDay() {
        Instant start = at("2026-03-02T10:00:00");
        SuspensionPeriod hours = new SuspensionPeriod(at("2026-03-05T10:00:00"), at("2026-03-05T16:00:00"));

        assertThat(terms.due(start, TermSpec.calendarDays(30), List.of(hours))).hasValue(at("2026-04-01T23:59:59"));
    }

    @Test
    void shouldExtendWorkingDaysByTheWorkingDaysUpToTheDayOfResumption() {
        Instant start = at("2026-03-02T10:00:00");
        assertThat(terms.due(start, TermSpec.workingDays(10))).isEqualTo(at("2026-03-17T18:00:00"));

        // suspended on Wednesday 4 March, resumed on Friday 6 March: 5 and 6 March do not count
        SuspensionPeriod s = new SuspensionPeriod(at("2026-03-04T10:00:00"), at("2026-03-06T15:00:00"));

        assertThat(terms.due(start, TermSpec.workingDays(10), List.of(s))).hasValue(at("2026-03-19T18:00:00"));
    }

    @Test
    void shouldExtendWorkingHoursByTheWorkingTimeSuspended() {
        Instant start = at("2026-03-02T09:00:00");
        SuspensionPeriod sameDay = new SuspensionPeriod(at("2026-03-02T10:00:00"), at("2026-03-02T12:30:00"));

        assertThat(terms.due(start, TermSpec.workingHours(9), List.of(sameDay))).hasValue(at("2026-03-03T11:30:00"));
    }

    @Test
    void shouldCountOnlyWorkingHoursOfASuspensionOverAWeekend() {
        Instant start = at("2026-03-13T15:00:00");
        // Friday 17:00 to Monday 10:00 covers one working hour on each side of the weekend
        SuspensionPeriod weekend = new SuspensionPeriod(at("2026-03-13T17:00:00"), at("2026-03-16T10:00:00"));

        assertThat(terms.workingTimeBetween(weekend.from(), weekend.to())).isEqualTo(Duration.ofHours(2));
        assertThat(terms.due(start, TermSpec.workingHours(9), List.of(weekend))).hasValue(at("2026-03-16T17:00:00"));
    }

    @Test
    void shouldHaveNoDueMomentWhileAnOpenSuspensionHoldsTheClock() {
        Instant start = at("2026-03-02T10:00:00");

        assertThat(terms.due(start, TermSpec.calendarDays(30), List.of(SuspensionPeriod.open(at("2026-03-10T09:00:00"))))).isEmpty();
    }

    @Test
    void shouldIgnoreASuspensionThatStartsAfterTheTermRanOut() {
        Instant start = at("2026-03-02T10:00:00");
        List<SuspensionPeriod> late = List.of(
                new SuspensionPeriod(at("2026-04-02T09:00:00"), at("2026-04-10T09:00:00")),
                SuspensionPeriod.open(at("2026-04-20T09:00:00")));

        assertThat(terms.due(start, TermSpec.calendarDays(30), late)).hasValue(at("2026-04-01T23:59:59"));
    }

    @Test
    void shouldCountOnlyThePartOfASuspensionAfterTheStart() {
        Instant start = at("2026-03-02T12:00:00");
        SuspensionPeriod before = new SuspensionPeriod(at("2026-02-25T09:00:00"), at("2026-03-02T11:00:00"));
        SuspensionPeriod across = new SuspensionPeriod(at("2026-02-25T09:00:00"), at("2026-03-02T14:00:00"));

        assertThat(terms.due(start, TermSpec.workingHours(9), List.of(before))).hasValue(at("2026-03-03T12:00:00"));
        assertThat(terms.due(start, TermSpec.workingHours(9), List.of(across))).hasValue(at("2026-03-03T14:00:00"));
    }

    @Test
    void shouldCountOverlappingSuspensionsOnce() {
        Instant start = at("2026-03-02T09:00:00");
        List<SuspensionPeriod> overlapping = List.of(
                new SuspensionPeriod(at("2026-03-02T10:00:00"), at("2026-03-02T12:00:00")),
                new SuspensionPeriod(at("2026-03-02T11:00:00"), at("2026-03-02T13:00:00")));

        assertThat(terms.due(start, TermSpec.workingHours(9), overlapping)).hasValue(at("2026-03-03T12:00:00"));
    }

    @Test
    void shouldTellWhatEachSuspensionAddedAndLeaveOutThoseAfterTheTerm() {
        Instant start = at("2026-03-02T10:00:00");
        SuspensionPeriod week = new SuspensionPeriod(at("2026-03-05T10:00:00"), at("2026-03-12T15:00:00"));
        SuspensionPeriod twoDays = new SuspensionPeriod(at("2026-03-20T10:00:00"), at("2026-03-22T10:00:00"));
        SuspensionPeriod late = new SuspensionPeriod(at("2026-05-02T09:00:00"), at("2026-05-10T09:00:00"));

        List<TermArithmetic.AppliedSuspension> applied = terms.applied(start, TermSpec.calendarDays(30), List.of(week, twoDays, late));

        assertThat(applied).extracting(TermArithmetic.AppliedSuspension::days).containsExactly(7L, 2L);
        assertThat(applied).extracting(TermArithmetic.AppliedSuspension::dueAfter)
                .containsExactly(at("2026-04-08T23:59:59"), at("2026-04-10T23:59:59"));
        assertThat(terms.due(start, TermSpec.calendarDays(30), List.of(week, twoDays, late))).hasValue(at("2026-04-10T23:59:59"));
    }

    @Test
    void shouldTellTheWorkingTimeAnHourTermsSuspensionAddedAndAnOpenOneLast() {
        Instant start = at("2026-03-13T15:00:00");
        SuspensionPeriod weekend = new SuspensionPeriod(at("2026-03-13T17:00:00"), at("2026-03-16T10:00:00"));

        List<TermArithmetic.AppliedSuspension> applied = terms.applied(start, TermSpec.workingHours(9),
                List.of(weekend, SuspensionPeriod.open(at("2026-03-16T12:00:00"))));

        assertThat(applied.get(0).workingTime()).isEqualTo(Duration.ofHours(2));
        assertThat(applied.get(0).dueAfter()).isEqualTo(at("2026-03-16T17:00:00"));
        assertThat(applied.get(1).suspension().isOpen()).isTrue();
        assertThat(applied.get(1).dueAfter()).isNull();
    }

    // reminders

    @Test
    void shouldRemindAtNineOnTheLastWorkingDayBeforeTheDueDay() {
        assertThat(terms.reminderBefore(at("2026-01-26T23:59:59"))).isEqualTo(at("2026-01-23T09:00:00"));
    }

    @Test
    void shouldRemindBeforeTheNewYearHolidaysForATermDueRightAfterThem() {
        // 31 December 2025 is a day off, so the last working day before 12 January 2026 is 30 December
        assertThat(terms.reminderBefore(at("2026-01-12T23:59:59"))).isEqualTo(at("2025-12-30T09:00:00"));
    }

    @Test
    void shouldRemindOnTheWorkingSaturday() {
        assertThat(terms.reminderBefore(at("2025-11-05T18:00:00"))).isEqualTo(at("2025-11-01T09:00:00"));
    }

    // provisional years

    @Test
    void shouldCount2027ByTheRulesAndFlagItProvisional() {
        Instant start = at("2026-12-25T10:00:00");

        // 31 Dec 2026 and 1–10 Jan 2027 are off: 28–30 Dec, then 11–15 and 18–19 Jan
        Instant due = terms.due(start, TermSpec.workingDays(10));

        assertThat(due).isEqualTo(at("2027-01-19T18:00:00"));
        assertThat(terms.involvesProvisionalYear(start, due)).isTrue();
    }

    @Test
    void shouldNotFlagATermWithinConfirmedYears() {
        Instant start = at("2025-12-25T10:00:00");

        assertThat(terms.involvesProvisionalYear(start, terms.due(start, TermSpec.calendarDays(30)))).isFalse();
    }

    @Test
    void shouldMoveATermEndingOnSaturdayFirstMay2027ToTuesday() {
        // by the rules 1 May 2027 (Saturday) moves the day off to Monday 3 May
        assertThat(terms.due(at("2027-04-21T10:00:00"), TermSpec.calendarDays(10))).isEqualTo(at("2027-05-04T23:59:59"));
    }
}
