package ru.mcu.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GreetingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Петрова Мария Петровна | Уважаемая Мария Петровна!",
            "Иванов Сергей Николаевич | Уважаемый Сергей Николаевич!",
            "Кузнецова Ольга Ильинична | Уважаемая Ольга Ильинична!",
            "Смирнов Пётр Ильич | Уважаемый Пётр Ильич!",
            "Мария Петровна | Уважаемая Мария Петровна!",
            "Алиев Рашид Ильхам оглы | Уважаемый Рашид Ильхам оглы!",
            "Алиева Айгюль Ильхам кызы | Уважаемая Айгюль Ильхам кызы!",
            "  петрова   Мария   Петровна  | Уважаемая Мария Петровна!"})
    void shouldGreetByFirstNameAndPatronymic(String fullName, String expected) {
        assertThat(Greeting.of(fullName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Ли Анна", "Петрова", "Smith John", "Петрова Мария", "   "})
    void shouldGreetTheApplicantWhenThereIsNoPatronymic(String fullName) {
        assertThat(Greeting.of(fullName)).isEqualTo("Уважаемый заявитель!");
    }
}
