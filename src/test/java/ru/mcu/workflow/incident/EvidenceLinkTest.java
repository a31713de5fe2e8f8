package ru.mcu.workflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.mcu.cases.InvalidCaseDataException;

/** The evidence link of a resolution on the spot: an absolute http(s) address, or none. */
class EvidenceLinkTest {

    @Test
    void shouldKeepAnHttpLinkStrippedAndAcceptNone() {
        assertThat(EvidenceLink.check("  https://disk.example.ru/photo.jpg ")).isEqualTo("https://disk.example.ru/photo.jpg");
        assertThat(EvidenceLink.check("HTTP://example.org/a?b=c")).isEqualTo("HTTP://example.org/a?b=c");
        assertThat(EvidenceLink.check(null)).isNull();
        assertThat(EvidenceLink.check("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"фото в папке отдела", "disk.example.ru/photo.jpg", "ftp://example.org/photo.jpg",
            "javascript:alert(1)", "https://example org/photo.jpg", "https://localhost"})
    void shouldRefuseWhatIsNotAnHttpLinkNamingTheField(String value) {
        assertThatThrownBy(() -> EvidenceLink.check(value)).isInstanceOf(InvalidCaseDataException.class)
                .hasMessageContaining("https://")
                .satisfies(e -> assertThat(((InvalidCaseDataException) e).field()).isEqualTo("evidenceLink"));
    }
}
