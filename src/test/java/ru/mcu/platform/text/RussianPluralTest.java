package ru.mcu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianPluralTest {

    @ParameterizedTest
    @CsvSource({
            "1, 1 рабочий день", "2, 2 рабочих дня", "5, 5 рабочих дней", "11, 11 рабочих дней", "12, 12 рабочих дней",
            "14, 14 рабочих дней", "21, 21 рабочий день", "22, 22 рабочих дня", "25, 25 рабочих дней",
            "111, 111 рабочих дней", "0, 0 рабочих дней", "101, 101 рабочий день", "104, 104 рабочих дня"})
    void shouldDeclineWorkingDaysAfterTheNumber(long amount, String expected) {
        assertThat(RussianPlural.workingDays(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 день", "3, 3 дня", "12, 12 дней", "30, 30 дней", "31, 31 день"})
    void shouldDeclineCalendarDays(long amount, String expected) {
        assertThat(RussianPlural.days(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 рабочий час", "4, 4 рабочих часа", "9, 9 рабочих часов", "13, 13 рабочих часов"})
    void shouldDeclineWorkingHours(long amount, String expected) {
        assertThat(RussianPlural.workingHours(amount)).isEqualTo(expected);
    }
}
