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
                "Департамент дорожного хозяйства", null, "mcu-registrar", NOW);
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
        c.register(AppealKind.COMPLAINT, null, "roads-agency", "МКУ", null, "mcu-registrar", NOW);

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
        c.requestExtension(20, null, "Запрос в МВД", 30, "roads-clerk", NOW);
        c.decideExtension(true, null, "roads-head", NOW);

        assertThat(c.getExtensionDays()).isEqualTo(20);
        assertThatThrownBy(() -> c.requestExtension(11, null, "Ещё", 30, "roads-clerk", NOW))
                .isInstanceOf(InvalidCaseDataException.class)
                .hasMessage("Срок можно продлить не более чем на 30 дней в сумме; уже продлён на 20 дней");
        c.requestExtension(10, null, "Ещё", 30, "roads-clerk", NOW);
        c.decideExtension(false, "Ответьте в срок", "roads-head", NOW);
        assertThat(c.getExtensionDays()).isEqualTo(20);
        // the history declines the days as a letter would («дн.» is a form's abbreviation)
        assertThat(c.getEvents()).extracting(CaseEvent::getDescription)
                .contains("Срок продлён на 20 дней").noneMatch(d -> d.contains("дн."))
                .anyMatch(d -> d.startsWith("Запрошено продление срока на 10 дней"));
    }

    @Test
    void shouldRefuseToSuspendA59FzAppealForTheLawKnowsNoSuspension() {
        Case c = registered();

        assertThatThrownBy(() -> c.suspend("Ждём документы", "roads-clerk", NOW))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("не предусматривает приостановления");
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(c.getSuspensions()).isEmpty();
    }

    @Test
    void shouldRefuseAnExtensionRequestedAfterTheTerm() {
        Case c = registered();
        c.assignAnswerTerm(NOW.plus(Duration.ofDays(30)), "30 календарных дней", NOW);

        assertThatThrownBy(() -> c.requestExtension(10, ExtensionGround.DOCUMENTS_REQUESTED, "Ждём ответ МВД", 30, "roads-clerk",
                NOW.plus(Duration.ofDays(31))))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("продлить истёкший срок нельзя");
        assertThat(c.getExtensions()).isEmpty();
    }

    @Test
    void shouldRefuseAnExtensionApprovedAfterTheTermAndKeepTheCaseLate() {
        Case c = registered();
        Instant due = NOW.plus(Duration.ofDays(30));
        c.assignAnswerTerm(due, "30 календарных дней", NOW);
        c.requestExtension(10, ExtensionGround.DOCUMENTS_REQUESTED, "Запрос в УМВД", 30, "roads-clerk", NOW.plus(Duration.ofDays(20)));
        assertThat(c.getExtensions()).singleElement().extracting(Extension::getGround).isEqualTo(ExtensionGround.DOCUMENTS_REQUESTED);
        Instant late = due.plus(Duration.ofDays(1));

        assertThatThrownBy(() -> c.decideExtension(true, null, "roads-head", late))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("Отказать в продлении");
        c.decideExtension(false, null, "roads-head", late);

        assertThat(c.getExtensionDays()).isZero();
        assertThat(c.getAnswerDueAt()).isEqualTo(due);
        assertThat(c.getExtensions().get(0).getComment()).isEqualTo("Срок рассмотрения истёк до решения о продлении");
        assertThat(c.isOverdue(late)).isTrue();
    }

    @Test
    void shouldForwardAnAnonymousReportOfAnOffenceToTheCompetentBody() {
        Case c = Case.receive("A-2026-000002", Channel.LETTER, null, AppealKind.STATEMENT, null, "Сосед торгует суррогатом",
                new Place("other", "center", null, null, null), NOW, NOW);
        Place place = new Place("other", "center", null, null, null);

        assertThatThrownBy(() -> c.closeWithoutAnswer(AppealKind.STATEMENT, place, Resolution.FORWARDED_OFFENCE_REPORT, null, " ",
                "mcu-registrar", NOW)).isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("государственный орган");
        c.closeWithoutAnswer(AppealKind.STATEMENT, place, Resolution.FORWARDED_OFFENCE_REPORT, null,
                "УМВД России по г. Южно-Сахалинску", "mcu-registrar", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.FORWARDED_OFFENCE_REPORT);
        assertThat(c.getForwardedTo()).isEqualTo("УМВД России по г. Южно-Сахалинску");
        assertThat(c.getEvents()).extracting(CaseEvent::getType).endsWith(CaseEventType.CLOSED_WITHOUT_ANSWER, CaseEventType.FORWARDED);
    }

    @Test
    void shouldAnswerOrallyOnlyAnAppealMadeAtAPersonalReception() {
        Place place = new Place("roads.potholes", "center", "ул. Ленина, 1", null, null);
        Case reception = Case.receive("A-2026-000003", Channel.RECEPTION, null, AppealKind.STATEMENT,
                new Citizen("Иванова Мария", "693000, ул. Ленина, 1", null, null), "Когда отремонтируют двор?", place, NOW, NOW);
        reception.answerOrally(AppealKind.STATEMENT, place, "Ремонт двора включён в план на 2027 год", "mcu-registrar", NOW);

        assertThat(reception.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(reception.getResolution()).isEqualTo(Resolution.ANSWERED_ORALLY);
        assertThat(reception.getAnsweredAt()).isEqualTo(NOW);
        assertThat(reception.getRegisteredAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> appeal().answerOrally(AppealKind.STATEMENT, place, "Ответ", "mcu-registrar", NOW))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("личного приёма");
    }

    @Test
    void shouldLetTheClerkProposeOnlyWhatTheBlockHeadDecidesAtConsideration() {
        Case c = registered();

        assertThatThrownBy(() -> c.proposeSpecialHandling(Resolution.NO_ANSWER_ANONYMOUS, null, "roads-clerk", NOW))
                .isInstanceOf(InvalidCaseDataException.class);
        c.proposeSpecialHandling(Resolution.CORRESPONDENCE_ENDED, "Ответы от 01.09 и 01.10", "roads-clerk", NOW);
        c.closeAfterConsideration(Resolution.CORRESPONDENCE_ENDED, "Ответы от 01.09 и 01.10", "roads-head", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.CORRESPONDENCE_ENDED);
        assertThat(c.getResolution().citizenNotified()).isTrue();
    }

    @Test
    void shouldPutThePublishedAnswersLinkIntoTheNoticeAndRequireTheEarlierAnswersToEndCorrespondence() {
        var none = CaseRegistration.SpecialDetails.NONE;
        assertThatThrownBy(() -> CaseRegistration.noteFor(Resolution.ANSWERED_BY_PUBLISHED_ANSWER, null, none))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("официального сайта");
        assertThat(CaseRegistration.noteFor(Resolution.ANSWERED_BY_PUBLISHED_ANSWER, "Вопрос о тарифах",
                new CaseRegistration.SpecialDetails(null, "https://yuzhno-sakh.ru/answers/42", null)))
                .isEqualTo("Ответ на вопрос, поставленный в обращении, размещён на официальном сайте: https://yuzhno-sakh.ru/answers/42."
                        + " Вопрос о тарифах");
        assertThatThrownBy(() -> CaseRegistration.noteFor(Resolution.CORRESPONDENCE_ENDED, null, none))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("ранее данные");
        assertThat(CaseRegistration.noteFor(Resolution.NO_ANSWER_SECRET, " ", none)).isNull();
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
        assertThat(m.getPos().getReworkCount()).isEqualTo(1);
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
