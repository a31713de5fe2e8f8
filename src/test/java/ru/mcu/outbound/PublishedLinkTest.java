package ru.mcu.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.mcu.platform.InvalidInput;

/** The link an answer was placed under: a full http(s) address, else 400 naming the field {@code url}. */
class PublishedLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://pos.gosuslugi.ru/landing/messages/991", "http://vk.com/wall-1_2?reply=3",
            "  https://ok.ru/group/1/topic/2  ", "https://госуслуги.рф/ответ/1"})
    void shouldAcceptFullWebAddresses(String link) {
        assertThat(PublishedLink.parse(link)).isEqualTo(link.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "pos.gosuslugi.ru/landing", "ftp://files.example.ru/a", "javascript:alert(1)",
            "https://", "https://vk.com/a b", "https:///path-only", "mailto:mcu@example.ru"})
    void shouldRefuseAnythingElseNamingTheField(String link) {
        assertThatThrownBy(() -> PublishedLink.parse(link)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("url")));
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseALinkTooLongForTheCaseHistory() {
        String link = "https://pos.gosuslugi.ru/" + "a".repeat(PublishedLink.MAX_LENGTH);
        assertThatThrownBy(() -> PublishedLink.parse(link)).isInstanceOf(InvalidInput.class);
    }
}
