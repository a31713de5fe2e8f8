package ru.mcu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The test copy of the decrees matches the published totals, so the other tests stand on firm ground. */
class DecreesTest {

    @Test
    void shouldHave247WorkingDaysAndFourShortenedIn2025() {
        assertThat(Decrees.year2025().workingDayCount()).isEqualTo(247);
        assertThat(Decrees.year2025().shortenedDayCount()).isEqualTo(4);
    }

    @Test
    void shouldHave247WorkingDaysAndFourShortenedIn2026() {
        assertThat(Decrees.year2026().workingDayCount()).isEqualTo(247);
        assertThat(Decrees.year2026().shortenedDayCount()).isEqualTo(4);
    }

    @Test
    void shouldMakeSaturdayFirstNovember2025AShortenedWorkingDay() {
        assertThat(Decrees.year2025().kindOf(LocalDate.of(2025, 11, 1))).isEqualTo(DayKind.SHORTENED);
        assertThat(Decrees.calendar().workingHours(LocalDate.of(2025, 11, 1)))
                .hasValue(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }
}
