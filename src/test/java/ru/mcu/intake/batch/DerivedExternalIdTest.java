package ru.mcu.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Channel;
import ru.mcu.intake.AppealRequest;

/** The id of an appeal without one: stable for the same content, different for another. */
class DerivedExternalIdTest {

    @Test
    void shouldGiveTheSameIdToTheSameAppealWrittenDifferently() {
        String id = DerivedExternalId.of(appeal("Во дворе не вывозят мусор.", 46.96, "2025-11-20T10:15:00+11:00"));

        assertThat(id).startsWith("import:").hasSize("import:".length() + 64);
        assertThat(DerivedExternalId.of(appeal("  Во дворе\r\nне  вывозят мусор. ", 46.9600, "2025-11-19T23:15:00Z"))).isEqualTo(id);
    }

    @Test
    void shouldGiveAnotherIdToAnotherAppeal() {
        String id = DerivedExternalId.of(appeal("Во дворе не вывозят мусор.", 46.96, "2025-11-20T10:15:00+11:00"));

        assertThat(DerivedExternalId.of(appeal("Во дворе не вывозят мусор!", 46.96, "2025-11-20T10:15:00+11:00"))).isNotEqualTo(id);
        assertThat(DerivedExternalId.of(appeal("Во дворе не вывозят мусор.", 46.97, "2025-11-20T10:15:00+11:00"))).isNotEqualTo(id);
        assertThat(DerivedExternalId.of(appeal("Во дворе не вывозят мусор.", 46.96, "2025-11-20T10:16:00+11:00"))).isNotEqualTo(id);
    }

    private static AppealRequest appeal(String text, double lat, String receivedAt) {
        return new AppealRequest(Channel.LETTER, null, AppealKind.COMPLAINT,
                new AppealRequest.CitizenData("Иванова Мария Петровна", "693000, г. Южно-Сахалинск, ул. Ленина, 1", null, null),
                text, "waste.collection", "center", "ул. Ленина, 1", new AppealRequest.Location(lat, 142.73),
                OffsetDateTime.parse(receivedAt));
    }
}
