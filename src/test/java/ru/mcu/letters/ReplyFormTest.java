package ru.mcu.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Case;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.Place;

/**
 * The form a citizen is answered in (59-ФЗ ст. 10 ч. 4), channel by channel, and the
 * letterhead a run must set.
 */
class ReplyFormTest {

    private static final Instant NOW = Instant.parse("2026-11-18T00:00:00Z");

    @ParameterizedTest(name = "{0}, e-mail {1}, postal address {2}: post {3}, e-mail {4}")
    @CsvSource({
            "LETTER,    true,  true,  true,  true",
            "LETTER,    false, true,  true,  false",
            "LETTER,    false, false, false, false",
            "RECEPTION, false, true,  true,  false",
            "SITE,      true,  true,  false, true",
            "SITE,      false, true,  true,  false",
            "EPGU,      false, true,  false, false",
            "EPGU,      true,  true,  false, true",
            "POS,       false, true,  false, false",
            "INCIDENT,  false, true,  false, false"})
    void shouldAnswerInTheFormTheCaseCameIn(Channel channel, boolean email, boolean postal, boolean byPost, boolean byEmail) {
        Case c = Case.receive("X-2026-000001", channel, "ext-1", channel.isAppeal() ? AppealKind.COMPLAINT : null,
                new Citizen("Иванова Мария Петровна", postal ? "693000, г. Южно-Сахалинск, ул. Ленина, д. 1" : null,
                        email ? "m@example.ru" : null, null),
                "Текст", new Place(null, null, null, null, null), NOW, NOW);

        assertThat(ReplyForm.byPost(c)).isEqualTo(byPost);
        assertThat(ReplyForm.byEmail(c)).isEqualTo(byEmail);
        assertThat(ReplyForm.viaEpgu(c)).isEqualTo(channel == Channel.EPGU);
    }

    @Test
    void shouldRefuseToStartWithoutTheAdministrationsLetterhead() {
        LetterProperties.Official signatory = new LetterProperties.Official("pos-coordinator", null, "Директор департамента");
        assertThatThrownBy(() -> new LetterProperties(null, null, signatory))
                .hasMessageContaining("mcu.letters.administration.name");
        assertThatThrownBy(() -> new LetterProperties(new LetterProperties.Administration("Администрация", "693020", null), null,
                new LetterProperties.Official(null, null, "Директор")))
                .hasMessageContaining("mcu.letters.notice-signatory");
        assertThat(new LetterProperties(new LetterProperties.Administration("Администрация", "693020", null), " ", signatory)
                .numberPrefix()).isEqualTo("01-12");
    }
}
