package ru.mcu.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Resolution;

/** Every step of a history and every kind of letter reads in Russian on the case page, never as its code. */
class TitlesTest {

    @Test
    void shouldNameEveryStepOfTheHistoryInRussian() {
        for (CaseEventType type : CaseEventType.values()) {
            assertThat(Titles.step(type)).as(type.name()).isNotEqualTo("Событие").matches("[А-ЯЁ].*");
        }
    }

    @Test
    void shouldNameEveryLetterToTheCitizenInRussian() {
        for (Resolution r : Resolution.values()) {
            assertThat(Titles.mail("CITIZEN_" + r.name())).startsWith("Заявителю: ").doesNotContain(r.name());
        }
        for (CaseEventType t : CaseEventType.values()) {
            assertThat(Titles.mail("CITIZEN_" + t.name())).startsWith("Заявителю: ").doesNotContain(t.name());
        }
        assertThat(Titles.mail("CITIZEN_REGISTERED")).isEqualTo("Заявителю: обращение зарегистрировано");
        assertThat(Titles.mail("ESCALATION_BLOCK_HEAD")).isEqualTo("Эскалация руководителю блока");
        assertThat(Titles.mail("SOMETHING_NEW")).isEqualTo("Служебное письмо");
        assertThat(Titles.mail("CITIZEN_SOMETHING_NEW")).isEqualTo("Письмо заявителю");
    }

    @Test
    void shouldCallAMessageNeverAnAppeal() {
        assertThat(Titles.noun(Channel.EPGU)).isEqualTo("Обращение");
        assertThat(Titles.noun(Channel.POS)).startsWith("Сообщение");
        assertThat(Titles.noun(Channel.INCIDENT)).startsWith("Сообщение");
    }

    @Test
    void shouldNameTheHistorysTechnicalActors() {
        assertThat(Titles.technicalActor("system")).isEqualTo("Система");
        assertThat(Titles.technicalActor("rule")).isEqualTo("Автоправило");
        assertThat(Titles.technicalActor("citizen")).isEqualTo("Заявитель");
        assertThat(Titles.technicalActor("roads-clerk")).isNull();
    }
}
