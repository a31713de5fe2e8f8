package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.mcu.cases.Channel.Regime;
import ru.mcu.cases.Importance;

/** The table of each regime's stages names only terms of that regime, and covers every regime. */
class RegimeTermsTest {

    @Test
    void shouldNameEachRegimesOwnStages() {
        for (Regime regime : Regime.values()) {
            RegimeTerms terms = RegimeTerms.of(regime);
            assertThat(terms.firstStage().appliesTo(regime)).as("first stage of %s", regime).isTrue();
            for (Importance importance : Importance.values()) {
                assertThat(terms.secondStage(importance).appliesTo(regime)).as("second stage of %s", regime).isTrue();
            }
        }
    }

    @Test
    void shouldGiveAnImportantIncidentTheShorterInterimTerm() {
        assertThat(RegimeTerms.of(Regime.INCIDENT).firstStage()).isEqualTo(TermKind.TRIAGE);
        assertThat(RegimeTerms.of(Regime.INCIDENT).secondStage(Importance.HIGH)).isEqualTo(TermKind.INTERIM_HIGH);
        assertThat(RegimeTerms.of(Regime.INCIDENT).secondStage(null)).isEqualTo(TermKind.INTERIM);
        assertThat(RegimeTerms.of(Regime.POS).secondStage(Importance.HIGH)).isEqualTo(TermKind.COORDINATION);
        assertThat(RegimeTerms.of(Regime.APPEAL_59FZ).secondStageAfterFirst()).isFalse();
    }
}
