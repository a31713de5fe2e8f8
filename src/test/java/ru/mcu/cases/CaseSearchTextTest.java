package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the case search reads what staff type: a whole number, a part of one, words. */
class CaseSearchTextTest {

    @Test
    void shouldReadAWholeNumberHoweverTyped() {
        assertThat(CaseSearchText.of("A-2026-000042").exactNumber()).contains("A-2026-000042");
        assertThat(CaseSearchText.of(" a-2026-42 ").exactNumber()).contains("A-2026-000042");
        assertThat(CaseSearchText.of("А-2026-42").exactNumber()).as("Cyrillic А").contains("A-2026-000042");
        assertThat(CaseSearchText.of("р 2026 7").exactNumber()).as("Cyrillic р, spaces").contains("P-2026-000007");
        assertThat(CaseSearchText.of("I2026000123").exactNumber()).contains("I-2026-000123");
        assertThat(CaseSearchText.of("2026-000042").exactNumber()).isEmpty();
        assertThat(CaseSearchText.of("Ленина 120").exactNumber()).isEmpty();
    }

    @Test
    void shouldReadAPartOfANumberOnlyWhenItCanBeOne() {
        assertThat(CaseSearchText.of("2026-0004").numberFragment()).isEqualTo("2026-0004");
        assertThat(CaseSearchText.of("000042").numberFragment()).isEqualTo("000042");
        assertThat(CaseSearchText.of("Ленина 120").numberFragment()).isNull();
        assertThat(CaseSearchText.of("Иванова").numberFragment()).isNull();
    }

    @Test
    void shouldReadWordsInLowerCaseWithYoAsYe() {
        assertThat(CaseSearchText.of("Фёдорова").words()).isEqualTo(List.of("федорова"));
        assertThat(CaseSearchText.of("ул. Ленина, д. 120").words()).isEqualTo(List.of("ул", "ленина", "120"));
        assertThat(CaseSearchText.of("a b c d e f g h i j kk ll mm nn oo pp qq rr ss").words()).hasSize(8);
    }

    @Test
    void shouldTellAnEmptyAShortAndALongText() {
        assertThat(CaseSearchText.of(null).isEmpty()).isTrue();
        assertThat(CaseSearchText.of("   ").isEmpty()).isTrue();
        assertThat(CaseSearchText.of("ab").isTooShort()).isTrue();
        assertThat(CaseSearchText.of("a b").isTooShort()).isTrue();
        assertThat(CaseSearchText.of("abc").isTooShort()).isFalse();
        assertThat(CaseSearchText.of("я".repeat(201)).isTooLong()).isTrue();
    }

    @Test
    void shouldMatchLikeWildcardsLiterally() {
        assertThat(CaseQueries.escapeLike("100%_\\")).isEqualTo("100\\%\\_\\\\");
    }
}
