package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.mcu.calendar.Decrees;
import ru.mcu.calendar.HardDays.HardDay;

/**
 * The calendar sweep of the term arithmetic: every term of every channel, with its reminder,
 * second-level escalation, extension and suspension, counted from each of the hard days by
 * {@link TermArithmetic} and by the naive day-by-day count of {@link NaiveTerms}, which must agree.
 */
class TermSweepTest {

    private final TermArithmetic terms = new TermArithmetic(Decrees.calendar());
    private final NaiveTerms naive = new NaiveTerms();

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldCountCalendarDayTermsOf59FzAsTheNaiveCountDoes(HardDay day) {
        Instant start = day.instant();
        for (int days : List.of(3, 7, 30)) {
            Instant due = terms.due(start, TermSpec.calendarDays(days));
            assertThat(due).as("%d calendar days", days).isEqualTo(naive.calendarDays(start, days));
            assertThat(naive.isWorking(NaiveTerms.local(due).toLocalDate())).as("ends on a working day").isTrue();
            assertThat(Duration.between(start, due)).isGreaterThanOrEqualTo(Duration.ofDays(days - 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldCountWorkingDayTermsOfPosAndIncidentsAsTheNaiveCountDoes(HardDay day) {
        Instant start = day.instant();
        for (int days : List.of(1, 3, 5, 7, 10)) {
            Instant due = terms.due(start, TermSpec.workingDays(days));
            assertThat(due).as("%d working days", days).isEqualTo(naive.workingDays(start, days));
            assertThat(NaiveTerms.local(due).toLocalDate()).as("the day of receipt does not count").isAfter(day.date());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldCountWorkingHourTermsOfIncidentsAsTheNaiveCountDoes(HardDay day) {
        Instant start = day.instant();
        for (int hours : List.of(4, 9)) {
            Instant due = terms.due(start, TermSpec.workingHours(hours));
            assertThat(due).as("%d working hours", hours).isEqualTo(naive.workingHours(start, Duration.ofHours(hours)));
            assertThat(naive.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(hours));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldRemindTheWorkingDayBeforeAndEscalateThreeWorkingDaysAfter(HardDay day) {
        for (Instant due : List.of(terms.due(day.instant(), TermSpec.calendarDays(30)), terms.due(day.instant(), TermSpec.workingDays(10)),
                terms.due(day.instant(), TermSpec.workingHours(9)))) {
            Instant remind = terms.reminderBefore(due);
            assertThat(remind).as("reminder before %s", due).isEqualTo(naive.reminderBefore(due)).isBefore(due);
            assertThat(terms.afterWorkingDays(due, 3)).as("second level after %s", due).isEqualTo(naive.workingDays(due, 3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldExtendTheAnswerTermByCalendarDaysFromItsEnd(HardDay day) {
        Instant due = terms.due(day.instant(), TermSpec.calendarDays(30));
        for (int days : List.of(1, 10, 30)) {
            assertThat(terms.afterCalendarDays(due, days)).as("+%d days", days).isEqualTo(naive.calendarDays(due, days));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldMoveEveryKindOfTermByTheTimeSuspended(HardDay day) {
        Instant start = day.instant();
        SuspensionPeriod fiveDays = new SuspensionPeriod(start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(6)));
        LocalDate from = NaiveTerms.local(fiveDays.from()).toLocalDate();
        LocalDate to = NaiveTerms.local(fiveDays.to()).toLocalDate();

        assertThat(terms.due(start, TermSpec.calendarDays(30), List.of(fiveDays))).as("calendar days")
                .contains(naive.calendarDays(start, 30 + 5));
        assertThat(terms.due(start, TermSpec.workingDays(10), List.of(fiveDays))).as("working days")
                .contains(naive.workingDays(start, 10 + naive.workingDaysAfterUpTo(from, to)));
        SuspensionPeriod twoHours = new SuspensionPeriod(start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(150)));
        Instant hours = naive.workingHours(start, Duration.ofHours(9).plus(naive.workingTimeBetween(twoHours.from(), twoHours.to())));
        assertThat(terms.due(start, TermSpec.workingHours(9), List.of(twoHours))).as("working hours").contains(hours);
        assertThat(terms.due(start, TermSpec.calendarDays(30), List.of(SuspensionPeriod.open(fiveDays.from())))).as("while suspended").isEmpty();
    }
}
