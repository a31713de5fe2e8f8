package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

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

    // ---- one test per transition: the state it leaves, the step it records, the refusal when guarded ----

    private static final Place PLACE = new Place("roads.potholes", "center", "ул. Ленина, 1", null, null);

    private static CaseEvent last(Case c) {
        return c.getEvents().get(c.getEvents().size() - 1);
    }

    private static Case message(Channel channel) {
        return Case.receive(channel.numberPrefix() + "-2026-000009", channel, "ext-9", null, new Citizen("Ли Анна", null, null, null),
                "Яма во дворе", PLACE, NOW, new NewCase.Source(channel == Channel.POS ? "Дороги" : null, null,
                        channel == Channel.INCIDENT ? Importance.HIGH : null, channel == Channel.INCIDENT ? "vk" : null,
                        channel == Channel.INCIDENT ? "https://vk.example/post/1" : null), NOW);
    }

    private static Case inDepartment(Channel channel) {
        Case c = message(channel);
        c.assignDepartment("roads", "Дороги", null, "pos-coordinator", NOW);
        return c;
    }

    private static Case awaitingRating() {
        Case c = inDepartment(Channel.POS);
        c.draftAnswer("Заделаем", "roads-clerk", NOW);
        c.approveAnswer("roads-head", NOW);
        c.publishAnswer(NOW);
        return c;
    }

    private static Case withId(Case c, long id) {
        ReflectionTestUtils.setField(c, "id", id);
        return c;
    }

    @Test
    void shouldReceiveACaseWithTheDetailsOfItsChannel() {
        Case pos = message(Channel.POS);
        Case incident = message(Channel.INCIDENT);

        assertThat(pos.getStatus()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(pos.getPos().getCategory()).isEqualTo("Дороги");
        assertThat(incident.getIncident().getImportance()).isEqualTo(Importance.HIGH);
        assertThat(incident.getIncident().getSourceUrl()).isEqualTo("https://vk.example/post/1");
        assertThat(last(pos).getType()).isEqualTo(CaseEventType.RECEIVED);
        assertThat(last(pos).getDescription()).isEqualTo("Поступило: Платформа обратной связи");
    }

    @Test
    void shouldAttachTheProcess() {
        Case c = appeal();
        c.attachProcess("pi-1");

        assertThat(c.getProcessInstanceId()).isEqualTo("pi-1");
    }

    @Test
    void shouldRouteByRuleOnlyACaseJustReceived() {
        Case c = appeal();
        c.routeByRule("roads", "Дороги", NOW);

        assertThat(c.getDepartmentCode()).isEqualTo("roads");
        assertThat(last(c).getType()).isEqualTo(CaseEventType.ROUTED_BY_RULE);
        assertThat(last(c).getDescription()).isEqualTo("Автоправило определило исполнителя: Дороги");
        assertThatThrownBy(() -> registered().routeByRule("roads", "Дороги", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldForgetTheRuleDepartmentWhenNoRuleMatched() {
        Case c = appeal();
        c.noRuleMatched(NOW);

        assertThat(c.getDepartmentCode()).isNull();
        assertThat(last(c).getType()).isEqualTo(CaseEventType.NO_RULE_MATCHED);
        assertThatThrownBy(() -> registered().noRuleMatched(NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldRegisterWithTheRegistrarsCommentAsTheReason() {
        Case c = appeal();
        c.register(AppealKind.PROPOSAL, PLACE, "roads", "Дороги", "  Направлено по адресу ямы ", "mcu-registrar", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(c.getKind()).isEqualTo(AppealKind.PROPOSAL);
        assertThat(c.getRegisteredAt()).isEqualTo(NOW);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.REGISTERED);
        assertThat(last(c).getDescription()).isEqualTo("Зарегистрировано, направлено исполнителю: Дороги");
        assertThat(last(c).getReason()).isEqualTo("Направлено по адресу ямы");
        assertThatThrownBy(() -> c.register(AppealKind.PROPOSAL, PLACE, "roads", "Дороги", null, "mcu-registrar", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldSendACopyOfARegisteredAppealOnly() {
        Case c = registered();
        c.sendCopy("Министерство ЖКХ Сахалинской области", "mcu-registrar", NOW);

        assertThat(last(c).getType()).isEqualTo(CaseEventType.COPY_SENT);
        assertThat(last(c).getDescription()).endsWith("(ч. 4 ст. 8 59-ФЗ): Министерство ЖКХ Сахалинской области");
        assertThatThrownBy(() -> appeal().sendCopy("Минздрав", "mcu-registrar", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldForwardAndCloseAnAppealOutsideTheMunicipalCompetence() {
        Case c = appeal();
        c.forward(AppealKind.COMPLAINT, PLACE, "Прокуратура", "Не наш вопрос", "mcu-registrar", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getResolution()).isEqualTo(Resolution.FORWARDED);
        assertThat(c.getForwardedTo()).isEqualTo("Прокуратура");
        assertThat(c.getDepartmentCode()).isNull();
        assertThat(last(c).getDescription()).isEqualTo("Перенаправлено по компетенции: Прокуратура");
        assertThatThrownBy(() -> registered().forward(null, null, "Прокуратура", null, "mcu-registrar", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldCloseWithoutAnswerOnlyForASpecialHandlingOutcome() {
        Case c = appeal();
        assertThatThrownBy(() -> c.closeWithoutAnswer(null, null, Resolution.ANSWERED, null, null, "mcu-registrar", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        c.closeWithoutAnswer(null, null, Resolution.NO_ANSWER_OBSCENE, "Угрозы", null, "mcu-registrar", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.NO_ANSWER_OBSCENE);
        assertThat(c.getResolutionNote()).isEqualTo("Угрозы");
        assertThat(last(c).getType()).isEqualTo(CaseEventType.CLOSED_WITHOUT_ANSWER);
        assertThat(last(c).getDescription()).isEqualTo(Resolution.NO_ANSWER_OBSCENE.title());
    }

    @Test
    void shouldAcceptAMessageAtModerationOnlyWhenJustReceived() {
        Case c = message(Channel.POS);
        c.acceptAtModeration(PLACE, "Рубрика уточнена", "pos-coordinator", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.AWAITING_ROUTING);
        assertThat(c.getRegisteredAt()).isEqualTo(NOW);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.ACCEPTED_AT_MODERATION);
        assertThat(last(c).getReason()).isEqualTo("Рубрика уточнена");
        assertThatThrownBy(() -> c.acceptAtModeration(PLACE, null, "pos-coordinator", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldCloseAMessageRejectedAtModeration() {
        Case c = message(Channel.POS);
        c.rejectAtModeration(Resolution.REJECTED_SPAM, "Реклама", "pos-coordinator", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.REJECTED_SPAM);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.REJECTED_AT_MODERATION);
        assertThat(c.getResultType()).as("messages have no result type").isNull();
        assertThatThrownBy(() -> c.rejectAtModeration(Resolution.REJECTED_SPAM, null, "pos-coordinator", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldRedirectAMessageToTheCompetentOrganisation() {
        Case c = message(Channel.POS);
        c.redirectAtModeration("ПАО «Сахалинэнерго»", null, "pos-coordinator", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.REDIRECTED);
        assertThat(c.getForwardedTo()).isEqualTo("ПАО «Сахалинэнерго»");
        assertThat(last(c).getDescription()).isEqualTo("Перенаправлено в организацию по компетенции: ПАО «Сахалинэнерго»");
        assertThatThrownBy(() -> inDepartment(Channel.POS).redirectAtModeration("ПАО", null, "pos-coordinator", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldAssignADepartmentAndKeepTheRegistrationOfAnAcceptedMessage() {
        Case c = message(Channel.POS);
        c.acceptAtModeration(PLACE, null, "pos-coordinator", NOW);
        c.assignDepartment("roads", "Дороги", new Place("snow.roads", null, null, null, null), "pos-coordinator", NOW.plusSeconds(60));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(c.getRegisteredAt()).isEqualTo(NOW);
        assertThat(c.getRubricCode()).isEqualTo("snow.roads");
        assertThat(last(c).getDescription()).isEqualTo("Назначен исполнитель: Дороги");
        assertThatThrownBy(() -> c.assignDepartment("roads", "Дороги", null, "pos-coordinator", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldDismissAnIncidentNotTakenIntoWork() {
        Case c = message(Channel.INCIDENT);
        c.dismiss("Не касается городского хозяйства", "im-coordinator", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.DISMISSED);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.DISMISSED);
        assertThatThrownBy(() -> inDepartment(Channel.INCIDENT).dismiss(null, "im-coordinator", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldReturnAsNotOursOnlyFromTheDepartment() {
        Case c = registered();
        c.returnAsNotOurs("Это школа", "roads-clerk", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.AWAITING_ROUTING);
        assertThat(c.getFirstReactionAt()).isEqualTo(NOW);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.RETURNED_NOT_OURS);
        assertThat(last(c).getReason()).isEqualTo("Это школа");
        assertThatThrownBy(() -> c.returnAsNotOurs("Ещё раз", "roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldRerouteOnlyAReturnedCase() {
        Case c = registered();
        assertThatThrownBy(() -> c.rerouteTo("education", "Образование", null, "mcu-registrar", NOW))
                .isInstanceOf(CaseTransitionException.class);
        c.returnAsNotOurs("Это школа", "roads-clerk", NOW);
        c.rerouteTo("education", "Образование", "Школа", "mcu-registrar", NOW);

        assertThat(c.getDepartmentCode()).isEqualTo("education");
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(last(c).getDescription()).isEqualTo("Перенаправлено исполнителю: Образование");
    }

    @Test
    void shouldRecordTheClerkWhoTookTheCaseAndNothingOnceClosed() {
        Case c = registered();
        c.takenByClerk("roads-clerk", "Петров П. П.", NOW.plusSeconds(30));

        assertThat(c.getFirstReactionAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(last(c).getDescription()).isEqualTo("Взято в работу: Петров П. П.");
        c.draftAnswer("Ответ", "roads-clerk", NOW.plusSeconds(60));
        c.dispatchAnswer(NOW.plusSeconds(90));
        int steps = c.getEvents().size();
        c.takenByClerk("roads-clerk", "Петров П. П.", NOW.plusSeconds(120));
        assertThat(c.getEvents()).hasSize(steps);
    }

    @Test
    void shouldRecordTheBlockHeadsRefusalOfSpecialHandling() {
        Case c = registered();
        c.proposeSpecialHandling(Resolution.CORRESPONDENCE_ENDED, "Повтор", "roads-clerk", NOW);
        c.refuseSpecialHandling("Есть новые доводы", "roads-head", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.SPECIAL_HANDLING_REFUSED);
        assertThat(last(c).getReason()).isEqualTo("Есть новые доводы");
        assertThatThrownBy(() -> appeal().refuseSpecialHandling(null, "roads-head", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldCloseAfterConsiderationOnlyWithAnOutcomeDecidedThere() {
        Case c = registered();
        assertThatThrownBy(() -> c.closeAfterConsideration(Resolution.ANSWERED, null, "roads-head", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        c.closeAfterConsideration(Resolution.CORRESPONDENCE_ENDED, "Повтор", "roads-head", NOW);

        assertThat(c.isClosed()).isTrue();
        assertThat(last(c).getType()).isEqualTo(CaseEventType.CLOSED_WITHOUT_ANSWER);
    }

    @Test
    void shouldDraftAnAnswerForApproval() {
        Case c = registered();
        c.draftAnswer("Яму заделаем", "roads-clerk", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.ON_APPROVAL);
        assertThat(c.getAnswerText()).isEqualTo("Яму заделаем");
        assertThat(last(c).getDescription()).isEqualTo("Подготовлен проект ответа");
        assertThatThrownBy(() -> c.draftAnswer("Ещё", "roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldReturnTheDraftToTheClerkWithRemarks() {
        Case c = registered();
        assertThatThrownBy(() -> c.returnAnswer("Нет", "roads-head", NOW)).isInstanceOf(CaseTransitionException.class);
        c.draftAnswer("Ответ", "roads-clerk", NOW);
        c.returnAnswer("Укажите сроки", "roads-head", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.ANSWER_RETURNED);
        assertThat(last(c).getReason()).isEqualTo("Укажите сроки");
    }

    @Test
    void shouldApproveADraftOnlyOnApproval() {
        Case c = registered();
        assertThatThrownBy(() -> c.approveAnswer("roads-head", NOW)).isInstanceOf(CaseTransitionException.class);
        c.draftAnswer("Ответ", "roads-clerk", NOW);
        c.approveAnswer("roads-head", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.ON_APPROVAL);
        assertThat(last(c).getDescription()).isEqualTo("Ответ согласован руководителем");
    }

    @Test
    void shouldDispatchTheApprovedAnswerAndSayWhetherByEmail() {
        Case c = registered();
        assertThatThrownBy(() -> c.dispatchAnswer(NOW)).isInstanceOf(CaseTransitionException.class);
        c.draftAnswer("Ответ", "roads-clerk", NOW);
        c.dispatchAnswer(NOW.plusSeconds(60));

        assertThat(c.getResolution()).isEqualTo(Resolution.ANSWERED);
        assertThat(c.getAnsweredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(last(c).getDescription()).isEqualTo("Ответ направлен заявителю, в том числе по электронной почте");
    }

    @Test
    void shouldGiveTheInterimAnswerOfAnIncidentInTheDepartment() {
        Case c = inDepartment(Channel.INCIDENT);
        c.giveInterimAnswer("Выехали на место", "roads-clerk", NOW.plusSeconds(60));

        assertThat(c.getIncident().getInterimAnsweredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.INTERIM_ANSWER_GIVEN);
        assertThat(last(c).getReason()).isEqualTo("Выехали на место");
        assertThatThrownBy(() -> message(Channel.INCIDENT).giveInterimAnswer("Текст", "roads-clerk", NOW))
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldResolveAnIncidentOnTheSpotWithItsEvidence() {
        Case c = inDepartment(Channel.INCIDENT);
        c.resolveOnSpot("Яма засыпана", "https://example.org/photo.jpg", "roads-clerk", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.RESOLVED_ON_SPOT);
        assertThat(c.getIncident().getAnswerEvidence()).isEqualTo("https://example.org/photo.jpg");
        assertThat(c.getAnswerText()).isEqualTo("Яма засыпана");
        assertThat(last(c).getDescription()).isEqualTo("Проблема решена на месте");
        assertThatThrownBy(() -> c.resolveOnSpot("Ещё", null, "roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldCloseAnIncidentWithTheFullAnswerAndThenPublishIt() {
        Case c = inDepartment(Channel.INCIDENT);
        assertThatThrownBy(() -> c.recordResponsePublished(NOW)).isInstanceOf(CaseTransitionException.class);
        c.giveFullAnswer("Яма заделана", "roads-clerk", NOW);

        assertThat(c.getResolution()).isEqualTo(Resolution.ANSWERED);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.ANSWER_DISPATCHED);
        assertThat(last(c).getDescription()).isEqualTo("Дан полный ответ");
        c.recordResponsePublished(NOW.plusSeconds(60));
        assertThat(last(c).getType()).isEqualTo(CaseEventType.ANSWER_PUBLISHED);
    }

    @Test
    void shouldPublishTheAnswerToAPosMessageForRating() {
        Case c = awaitingRating();

        assertThat(c.getStatus()).isEqualTo(CaseStatus.AWAITING_RATING);
        assertThat(c.getAnsweredAt()).isEqualTo(NOW);
        assertThat(last(c).getDescription()).isEqualTo("Ответ опубликован, автору предложено оценить его");
        assertThatThrownBy(() -> c.publishAnswer(NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldPublishAPlannedAnswerAndResumeTheWorksOnTheDate() {
        Case c = inDepartment(Channel.POS);
        c.assignAnswerTerm(NOW.plus(Duration.ofDays(10)), "10 рабочих дней", NOW);
        c.draftAnswer("Работы запланированы", "roads-clerk", NOW);
        assertThatThrownBy(() -> c.resumePlannedWork(NOW)).isInstanceOf(CaseTransitionException.class);
        c.publishPlannedAnswer(LocalDate.of(2027, 5, 15), NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.PLANNED);
        assertThat(c.getPos().getPlannedFor()).isEqualTo(LocalDate.of(2027, 5, 15));
        assertThat(c.getPos().getPlannedAnswerDueAt()).isEqualTo(NOW.plus(Duration.ofDays(10)));
        assertThat(last(c).getDescription()).contains("работы запланированы на 15.05.2027");
        c.resumePlannedWork(NOW.plus(Duration.ofDays(200)));
        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(last(c).getDescription()).startsWith("Наступила запланированная дата (15.05.2027)");
        assertThat(c.answerTermStart()).isEqualTo(NOW.plus(Duration.ofDays(200)));
    }

    @Test
    void shouldKeepTheRatingAndItsRound() {
        Case c = awaitingRating();
        assertThat(c.rate(5, "Спасибо", NOW)).isEqualTo(1);

        assertThat(c.getRatingScore()).isEqualTo(5);
        assertThat(c.getRatingComment()).isEqualTo("Спасибо");
        assertThat(last(c).getDescription()).isEqualTo("Автор оценил ответ: 5 из 5");
        assertThatThrownBy(() -> registered().rate(5, null, NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldStartAReworkOnlyWhileAwaitingTheRating() {
        Case c = awaitingRating();
        c.startRework(NOW.plusSeconds(60));

        assertThat(c.getPos().getReworkCount()).isEqualTo(1);
        assertThat(c.getAnsweredAt()).isNull();
        assertThat(last(c).getType()).isEqualTo(CaseEventType.REWORK_STARTED);
        assertThatThrownBy(() -> c.startRework(NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldCloseAnsweredAfterTheRatingRound() {
        Case c = awaitingRating();
        c.closeAnswered(null, NOW.plusSeconds(60));

        assertThat(c.getResolution()).isEqualTo(Resolution.ANSWERED);
        assertThat(c.getAnsweredAt()).as("answered when published").isEqualTo(NOW);
        assertThat(last(c).getDescription()).isEqualTo("Закрыто");
        assertThatThrownBy(() -> c.closeAnswered("Ещё", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldAssignTheRegistrationTerm() {
        Case c = appeal();
        Instant due = Instant.parse("2026-11-05T07:00:00Z");
        c.assignRegistrationTerm(due, "Регистрация", "3 рабочих дня", NOW);

        assertThat(c.getRegistrationDueAt()).isEqualTo(due);
        assertThat(c.currentTerm()).isEqualTo(due);
        assertThat(last(c).getDescription()).isEqualTo("Срок (регистрация): 3 рабочих дня, до 05.11.2026 18:00");
    }

    @Test
    void shouldAssignTheInterimTermOfAnIncident() {
        Case c = inDepartment(Channel.INCIDENT);
        Instant due = Instant.parse("2026-11-02T03:00:00Z");
        c.assignInterimTerm(due, "2 рабочих часа", NOW);

        assertThat(c.getIncident().getInterimDueAt()).isEqualTo(due);
        assertThat(last(c).getDescription()).isEqualTo("Срок промежуточного ответа: 2 рабочих часа, до 02.11.2026 14:00");
    }

    @Test
    void shouldRecordAChangedAnswerTermAsSuchAndIgnoreTheSameTerm() {
        Case c = registered();
        Instant due = Instant.parse("2026-12-02T07:00:00Z");
        c.assignAnswerTerm(due, "30 календарных дней", NOW);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.TERM_ASSIGNED);
        int steps = c.getEvents().size();
        c.assignAnswerTerm(due, "30 календарных дней", NOW);
        assertThat(c.getEvents()).hasSize(steps);
        c.assignAnswerTerm(due.plus(Duration.ofDays(10)), "продлён", NOW);

        assertThat(c.getAnswerDueAt()).isEqualTo(due.plus(Duration.ofDays(10)));
        assertThat(last(c).getType()).isEqualTo(CaseEventType.TERM_CHANGED);
        assertThat(last(c).getDescription()).startsWith("Новый срок ответа: продлён, до 12.12.2026");
    }

    @Test
    void shouldRequestAndApproveAnExtension() {
        Case c = registered();
        c.requestExtension(10, ExtensionGround.DOCUMENTS_REQUESTED, "Запрос в МВД", 30, "roads-clerk", NOW);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.EXTENSION_REQUESTED);
        assertThatThrownBy(() -> c.requestExtension(5, null, "Ещё", 30, "roads-clerk", NOW))
                .as("one request pending at a time").isInstanceOf(CaseTransitionException.class);
        Extension decided = c.decideExtension(true, "Согласен", "roads-head", NOW);

        assertThat(decided.getDays()).isEqualTo(10);
        assertThat(c.getExtensionDays()).isEqualTo(10);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.EXTENSION_APPROVED);
        assertThatThrownBy(() -> c.decideExtension(true, null, "roads-head", NOW)).as("nothing pending")
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldSuspendAndResumeAMessage() {
        Case c = inDepartment(Channel.POS);
        c.suspend("Ждём подрядчика", "roads-clerk", NOW);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.SUSPENDED);
        assertThat(c.getSuspensions()).singleElement().matches(Suspension::isOpen);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.SUSPENDED);
        assertThatThrownBy(() -> c.suspend("Ещё", "roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
        c.resume("roads-clerk", NOW.plusSeconds(3600));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.IN_DEPARTMENT);
        assertThat(c.getSuspensions()).noneMatch(Suspension::isOpen);
        assertThat(last(c).getType()).isEqualTo(CaseEventType.RESUMED);
        assertThatThrownBy(() -> c.resume("roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldMarkTheInterimTermOverdueOnlyWhileTheDepartmentOwesTheInterimAnswer() {
        Case c = inDepartment(Channel.INCIDENT);
        assertThat(c.markInterimOverdue(NOW)).as("no interim term").isFalse();
        c.assignInterimTerm(Instant.parse("2026-11-02T03:00:00Z"), "2 рабочих часа", NOW);

        assertThat(c.markInterimOverdue(NOW.plus(Duration.ofHours(3)))).isTrue();
        assertThat(last(c).getType()).isEqualTo(CaseEventType.INTERIM_OVERDUE);
        assertThat(last(c).getDescription()).isEqualTo("Срок промежуточного ответа истёк (02.11.2026 14:00): сообщение просрочено исполнителем");
        c.giveInterimAnswer("Выехали", "roads-clerk", NOW.plus(Duration.ofHours(4)));
        assertThat(c.markInterimOverdue(NOW.plus(Duration.ofHours(5)))).as("answered").isFalse();
    }

    @Test
    void shouldRecordOnlyEscalationsAsEscalations() {
        Case c = registered();
        c.recordEscalation(CaseEventType.ESCALATED_TO_BLOCK_HEAD, "Сообщено руководителю блока", NOW);

        assertThat(last(c).getType()).isEqualTo(CaseEventType.ESCALATED_TO_BLOCK_HEAD);
        assertThat(last(c).getActor()).isEqualTo("system");
        assertThatThrownBy(() -> c.recordEscalation(CaseEventType.CLOSED, "Закрыто", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRecordOnlyCoExecutionStepsAsCoExecution() {
        Case c = registered();
        c.recordCoExecution(CaseEventType.CO_EXECUTORS_ASSIGNED, "Соисполнители: Образование", "roads-head", NOW);
        c.recordCoExecution(CaseEventType.CONTRIBUTION_OVERDUE, "Срок соисполнителя истёк", "system", NOW);

        assertThat(c.getEvents()).extracting(CaseEvent::getType)
                .endsWith(CaseEventType.CO_EXECUTORS_ASSIGNED, CaseEventType.CONTRIBUTION_OVERDUE);
        assertThatThrownBy(() -> c.recordCoExecution(CaseEventType.CLOSED, "x", "roads-head", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRecordOnlyLetterStepsAsLetters() {
        Case c = registered();
        c.recordLetter(CaseEventType.LETTER_REGISTERED, "Исходящее № 12-34", "roads-clerk", NOW);

        assertThat(last(c).getDescription()).isEqualTo("Исходящее № 12-34");
        assertThatThrownBy(() -> c.recordLetter(CaseEventType.ANSWER_PLACED, "x", "roads-clerk", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRecordThePlacementWithItsLinkAsTheDetail() {
        Case c = awaitingRating();
        c.recordPlacement("Ответ размещён на ПОС", "https://pos.example/1", "system", NOW);

        assertThat(last(c).getType()).isEqualTo(CaseEventType.ANSWER_PLACED);
        assertThat(last(c).getReason()).isEqualTo("https://pos.example/1");
    }

    @Test
    void shouldLinkToAMainCaseThatIsNotLinkedItselfAndUnlink() {
        Case main = withId(registered(), 1);
        Case other = withId(registered(), 2);
        assertThatThrownBy(() -> main.linkTo(main, "mcu-registrar", NOW)).isInstanceOf(InvalidCaseDataException.class);
        other.linkTo(main, "mcu-registrar", NOW);

        assertThat(other.getMainCaseId()).isEqualTo(1L);
        assertThat(last(other).getDescription()).isEqualTo("Связано с основным номером проблемы A-2026-000001: ответ будет дан по нему");
        assertThatThrownBy(() -> withId(registered(), 3).linkTo(other, "mcu-registrar", NOW))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("само связано с другим");
        other.unlink("mcu-registrar", NOW);
        assertThat(other.getMainCaseId()).isNull();
        assertThat(last(other).getDescription()).isEqualTo("Связь с основным номером проблемы снята");
    }

    @Test
    void shouldAnswerALinkedCaseViaItsMainCase() {
        Case main = withId(registered(), 1);
        main.draftAnswer("Яма заделана", "roads-clerk", NOW);
        main.approveAnswer(ResultType.MEASURES_TAKEN, null, LocalDate.of(2026, 11, 2), "roads-head", NOW);
        main.dispatchAnswer(NOW);
        Case linked = registered();
        linked.answerViaMainCase(main, NOW.plusSeconds(60));

        assertThat(linked.getResolution()).isEqualTo(Resolution.ANSWERED_VIA_MAIN_CASE);
        assertThat(linked.getAnswerText()).isEqualTo("Яма заделана");
        assertThat(linked.getResultType()).isEqualTo(ResultType.MEASURES_TAKEN);
        assertThat(last(linked).getDescription()).isEqualTo("Ответ дан по основному обращению A-2026-000001");
    }

    @Test
    void shouldConvertAMessageIntoAnAppealButNeverAnAppeal() {
        Case m = withId(inDepartment(Channel.POS), 7);
        Case appeal = appeal();
        assertThatThrownBy(() -> appeal.convertedInto("A-2026-000002", "mcu-registrar", NOW)).isInstanceOf(InvalidCaseDataException.class);
        m.convertedInto("A-2026-000002", "mcu-registrar", NOW);
        appeal.convertedFrom(m, "mcu-registrar", NOW);

        assertThat(m.getResolution()).isEqualTo(Resolution.CONVERTED_TO_APPEAL);
        assertThat(last(m).getDescription()).isEqualTo("Переведено в обращение по 59-ФЗ № A-2026-000002");
        assertThat(appeal.getConvertedFromId()).isEqualTo(7L);
        assertThat(last(appeal).getDescription()).isEqualTo("Создано из сообщения ПОС № P-2026-000009");
        assertThatThrownBy(() -> m.convertedInto("A-2026-000003", "mcu-registrar", NOW)).as("closed")
                .isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldDispatchTheAnswerToAnAuthorWithoutData() {
        Case c = Case.receive("A-2026-000002", Channel.LETTER, null, AppealKind.COMPLAINT, null, "Яма",
                new Place("roads.potholes", "center", "ул. Ленина, 1", null, null), NOW, NOW);
        // as JPA loads an author with no data (an anonymous letter, a converted incident)
        ReflectionTestUtils.setField(c, "citizen", null);
        c.routeByRule("roads", "Департамент дорожного хозяйства", NOW);
        c.register(AppealKind.COMPLAINT, new Place("roads.potholes", "center", "ул. Ленина, 1", null, null), "roads",
                "Департамент дорожного хозяйства", null, "mcu-registrar", NOW);
        c.draftAnswer("Заделаем", "roads-clerk", NOW.plusSeconds(60));
        c.approveAnswer("roads-head", NOW.plusSeconds(120));

        c.dispatchAnswer(NOW.plusSeconds(180));

        assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.getEvents().get(c.getEvents().size() - 1).getDescription()).isEqualTo("Ответ направлен заявителю");
    }
}
