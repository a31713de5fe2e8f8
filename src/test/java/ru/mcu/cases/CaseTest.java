package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The case aggregate on its own: every transition checks the status and leaves a history entry. */
class CaseTest {

    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

    private static Case appeal() {
        return Case.receive("A-2026-000001", Channel.SITE, "ext-1", AppealKind.COMPLAINT,
                new Citizen("Иванова Мария", "693000, ул. Ленина, 1", "m@example.ru", null), "Яма",
                new Place("roads.potholes", "center", "ул. Ленина, 1", 46.96, 142.73), NOW, NOW);
    }

    private static Case registered() {
        Case c = appeal();
        c.routeByRule("roads", "Департамент дорожного хозяйства", NOW);
        c.register(AppealKind.COMPLAINT, new Place("roads.potholes", "center", "ул. Ленина, 1", null, null), "roads",
                "Департамент дорожного хозяйства", "mcu-registrar", NOW);
        return c;
    }

    @Test
    void shouldGoFromReceiptToAnswerRecordingEveryStep() {
        Case c = registered();
        c.draftAnswer("Заделаем", "roads-clerk", NOW.plusSeconds(60));
        c.approveAnswer("roads-head", NOW.plusSeconds(120));
        c.dispatchAnswer(NOW.plusSeconds(180));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getResolution()).isEqualTo(Resolution.ANSWERED);
        assertThat(c.getFirstReactionAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(c.getEvents()).extracting(CaseEvent::getType).containsExactly(CaseEventType.RECEIVED,
                CaseEventType.ROUTED_BY_RULE, CaseEventType.REGISTERED, CaseEventType.ANSWER_DRAFTED,
                CaseEventType.ANSWER_APPROVED, CaseEventType.ANSWER_DISPATCHED);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "SITE, регистратор МЦУ",
            "POS, координатор ПОС",
            "INCIDENT, координатор «Инцидент Менеджмент»"})
    void shouldNameWhoChoosesTheDepartmentWhenNoRuleMatched(Channel channel, String who) {
        Case c = Case.receive("X-2026-000001", channel, "ext-1", channel.isAppeal() ? AppealKind.COMPLAINT : null,
                new Citizen("Иванова Мария", null, null, null), "Снег во дворе", new Place(null, null, "ул. Ленина, 1", null, null), NOW, NOW);
        c.noRuleMatched(NOW);

        assertThat(c.getEvents().get(c.getEvents().size() - 1).getDescription())
                .isEqualTo("Ни одно автоправило не подошло: исполнителя определит " + who);
    }

    @Test
    void shouldCountTheAnswerTermFromRegistrationReceiptOrTheLatestRework() {
        assertThat(appeal().answerTermStart()).as("an appeal not yet registered").isNull();
        assertThat(registered().answerTermStart()).isEqualTo(NOW);

        Instant received = NOW.minus(Duration.ofDays(20));
        Case message = Case.receive("P-2026-000001", Channel.POS, "pos-1", null, new Citizen("Ли Анна", null, null, null),
                "Яма", new Place(null, null, "ул. Сахалинская, 48", null, null), received, received);
        assertThat(message.answerTermStart()).isEqualTo(received);
        message.acceptAtModeration(null, null, "pos-coordinator", received);
        message.assignDepartment("roads", "Дороги", null, "pos-coordinator", received);
        message.draftAnswer("Заделаем", "roads-clerk", received);
        message.approveAnswer("roads-head", received);
        message.publishAnswer(received);
        message.rate(2, "Не сделали", NOW);
        message.startRework(NOW);
        assertThat(message.answerTermStart()).as("the rework's new term counts from its start").isEqualTo(NOW);
    }

    @Test
    void shouldRefuseToAnswerACaseThatIsNotInTheDepartment() {
        Case c = appeal();

        assertThatThrownBy(() -> c.draftAnswer("Ответ", "roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
        assertThat(c.getEvents()).hasSize(1);
    }

    @Test
    void shouldRecordWhenTheRegistrarOverridesTheRoutingTable() {
        Case c = appeal();
        c.routeByRule("roads", "Дороги", NOW);
        c.register(AppealKind.COMPLAINT, null, "roads-agency", "МКУ", "mcu-registrar", NOW);

        assertThat(c.getDepartmentCode()).isEqualTo("roads-agency");
        assertThat(c.getEvents()).extracting(CaseEvent::getType).contains(CaseEventType.ROUTED_MANUALLY);
    }

    @Test
    void shouldCountReroutesWhenDepartmentsSayNotOurs() {
        Case c = registered();
        c.returnAsNotOurs("Это школа", "roads-clerk", NOW);
        c.rerouteTo("education", "Образование", null, "mcu-registrar", NOW);
        c.returnAsNotOurs("Это двор", "education-clerk", NOW);

        assertThat(c.getRerouteCount()).isEqualTo(2);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.AWAITING_ROUTING);
    }

    @Test
    void shouldNotExtendBeyondTheMaximumInTotal() {
        Case c = registered();
        c.requestExtension(20, "Запрос в МВД", 30, "roads-clerk", NOW);
        c.decideExtension(true, null, "roads-head", NOW);

        assertThat(c.getExtensionDays()).isEqualTo(20);
        assertThatThrownBy(() -> c.requestExtension(11, "Ещё", 30, "roads-clerk", NOW))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("30");
        c.requestExtension(10, "Ещё", 30, "roads-clerk", NOW);
        c.decideExtension(false, "Ответьте в срок", "roads-head", NOW);
        assertThat(c.getExtensionDays()).isEqualTo(20);
    }

    @Test
    void shouldKeepTheSuspensionLog() {
        Case c = registered();
        c.suspend("Ждём документы", "roads-clerk", NOW);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.SUSPENDED);
        assertThat(c.isOverdue(NOW.plus(Duration.ofDays(400)))).as("no term runs while suspended").isFalse();
        c.resume("roads-clerk", NOW.plus(Duration.ofDays(5)));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(c.getSuspensions()).singleElement().satisfies(s -> {
            assertThat(s.getSuspendedAt()).isEqualTo(NOW);
            assertThat(s.getResumedAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
        });
    }

    @Test
    void shouldBeOverdueOnlyAfterItsTermWhileOpen() {
        Case c = registered();
        c.assignAnswerTerm(NOW.plus(Duration.ofDays(30)), "30 календарных дней", NOW);

        assertThat(c.isOverdue(NOW.plus(Duration.ofDays(29)))).isFalse();
        assertThat(c.isOverdue(NOW.plus(Duration.ofDays(31)))).isTrue();
        assertThat(c.markOverdue(NOW.plus(Duration.ofDays(31)))).isTrue();
        assertThat(c.markOverdue(NOW.plus(Duration.ofDays(32)))).as("marked once").isFalse();
    }

    @Test
    void shouldReworkAPosMessageAfterALowRating() {
        Case m = Case.receive("P-2026-000001", Channel.POS, "pos-1", null, null, "Яма",
                new Place("roads.potholes", null, null, null, null), NOW, NOW);
        m.acceptAtModeration(null, null, "pos-coordinator", NOW);
        m.assignDepartment("roads", "Дороги", null, "pos-coordinator", NOW);
        m.draftAnswer("Заделаем", "roads-clerk", NOW);
        m.approveAnswer("roads-head", NOW);
        m.publishAnswer(NOW);

        assertThat(m.rate(2, "Не сделали", NOW)).isEqualTo(1);
        m.startRework(NOW);
        assertThat(m.getReworkCount()).isEqualTo(1);
        assertThat(m.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThatThrownBy(() -> m.rate(5, null, NOW)).as("no rating while reworked").isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldRefuseRatingsOutsideOneToFive() {
        Case c = registered();
        c.draftAnswer("Ответ", "roads-clerk", NOW);
        c.dispatchAnswer(NOW);

        assertThatThrownBy(() -> c.rate(0, null, NOW)).isInstanceOf(InvalidCaseDataException.class);
        assertThat(c.rate(4, null, NOW)).isEqualTo(1);
        assertThatThrownBy(() -> c.rate(5, null, NOW)).as("an appeal is rated once").isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldGiveAnAnonymousAppealAnEmptyCitizen() {
        Case c = Case.receive("A-2026-000002", Channel.LETTER, null, null, null, "Текст", new Place(null, null, null, null, null), NOW, NOW);

        assertThat(c.getCitizen().hasEmail()).isFalse();
        assertThat(c.getCitizen().getFullName()).isNull();
    }
}
