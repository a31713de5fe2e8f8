package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Russian wording of term rules and the limits of a rule. */
class TermUnitTest {

    @Test
    void shouldDescribeAmountsWithRussianPlurals() {
        assertThat(TermSpec.calendarDays(30).describe()).isEqualTo("30 календарных дней");
        assertThat(TermSpec.calendarDays(3).describe()).isEqualTo("3 календарных дня");
        assertThat(TermSpec.workingDays(1).describe()).isEqualTo("1 рабочий день");
        assertThat(TermSpec.workingDays(11).describe()).isEqualTo("11 рабочих дней");
        assertThat(TermSpec.workingDays(21).describe()).isEqualTo("21 рабочий день");
        assertThat(TermSpec.workingHours(4).describe()).isEqualTo("4 рабочих часа");
        assertThat(TermSpec.workingHours(9).describe()).isEqualTo("9 рабочих часов");
        assertThat(TermSpec.workingHours(12).describe()).isEqualTo("12 рабочих часов");
    }

    @Test
    void shouldRefuseATermOfNoUnits() {
        assertThatThrownBy(() -> TermSpec.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
