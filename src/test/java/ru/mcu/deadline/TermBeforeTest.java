package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import ru.mcu.calendar.Decrees;

/**
 * Counting back from a term (the co-executors' sub-term ends a reserve before the answer term),
 * over the real calendar of 2026. Instants in Sakhalin time, +11:00.
 */
class TermBeforeTest {

    private final TermArithmetic terms = new TermArithmetic(Decrees.calendar());

    private static Instant at(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+11:00").toInstant();
    }

    @Test
    void shouldEndFiveWorkingDaysBeforeAFridayTermOnTheFridayBefore() {
        // Fri 18 Dec 2026: 17, 16, 15, 14, 11 Dec
        assertThat(terms.before(at("2026-12-18T23:59:59"), TermSpec.workingDays(5))).isEqualTo(at("2026-12-11T18:00:00"));
    }

    @Test
    void shouldSkipTheHolidaysCountingBackWorkingDays() {
        // Wed 13 May 2026: 12 May, then 8 May (9–11 May are off; 8 May is a shortened day, to 17:00)
        assertThat(terms.before(at("2026-05-13T23:59:59"), TermSpec.workingDays(2))).isEqualTo(at("2026-05-08T17:00:00"));
    }

    @Test
    void shouldEndCalendarDaysBeforeOnTheLastWorkingDayOnOrBefore() {
        // 18 Dec − 6 days = Sat 12 Dec: back to Fri 11 Dec
        assertThat(terms.before(at("2026-12-18T23:59:59"), TermSpec.calendarDays(6))).isEqualTo(at("2026-12-11T18:00:00"));
    }

    @Test
    void shouldCountWorkingHoursBackInsideWorkingPeriods() {
        // Mon 14 Dec 11:00 − 4 working hours: 2 hours on Monday, 2 on Friday 11 Dec to 16:00
        assertThat(terms.before(at("2026-12-14T11:00:00"), TermSpec.workingHours(4))).isEqualTo(at("2026-12-11T16:00:00"));
    }

    @Test
    void shouldGiveTheEndOfAWorkingDayAndNothingForADayOff() {
        assertThat(terms.endOfWorkingDay(LocalDate.of(2026, 11, 20))).contains(at("2026-11-20T18:00:00"));
        assertThat(terms.endOfWorkingDay(LocalDate.of(2026, 11, 21))).isEmpty();
    }
}
