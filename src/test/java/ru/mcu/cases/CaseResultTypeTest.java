package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The result type of an appeal (ССТУ.РФ) and the additional control of an answer that promises works. */
class CaseResultTypeTest {

    private static final Instant NOW = OffsetDateTime.parse("2026-11-18T10:00:00+11:00").toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final Place PLACE = new Place("roads.potholes", "center", "ул. Ленина, 1", null, null);

    private static Case received(Channel channel) {
        return Case.receive(channel.numberPrefix() + "-2026-000001", channel, "ext-1", channel.isAppeal() ? AppealKind.COMPLAINT : null,
                new Citizen("Иванова Мария Петровна", "693000, ул. Ленина, 1", "m@example.ru", null), "Яма", PLACE, NOW, NOW);
    }

    private static Case onApproval() {
        Case c = received(Channel.SITE);
        c.register(AppealKind.COMPLAINT, PLACE, "roads", "Департамент дорожного хозяйства и благоустройства", null, "mcu-registrar", NOW);
        c.draftAnswer("Яму заделаем до 30 ноября", "roads-clerk", NOW);
        return c;
    }

    private static String lastHistory(Case c) {
        return c.getEvents().get(c.getEvents().size() - 1).getDescription();
    }

    @Test
    void shouldKeepTheTypeTheBlockHeadChoseAndWriteItIntoTheHistory() {
        Case c = onApproval();

        c.approveAnswer(ResultType.MEASURES_TAKEN, null, TODAY, "roads-head", NOW);

        assertThat(c.getResultType()).isEqualTo(ResultType.MEASURES_TAKEN);
        assertThat(c.isResultTypeAutomatic()).isFalse();
        assertThat(c.isOnControl()).isFalse();
        assertThat(lastHistory(c)).isEqualTo("Ответ согласован руководителем. Результат рассмотрения: поддержано, в т.ч. меры приняты");
    }

    @Test
    void shouldPutAnAnswerThatPromisesWorksOnControlUntilALaterDay() {
        Case c = onApproval();

        c.approveAnswer(ResultType.SUPPORTED, TODAY.plusDays(12), TODAY, "roads-head", NOW);

        assertThat(c.isOnControl()).isTrue();
        assertThat(c.getControl().getUntil()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(lastHistory(c)).isEqualTo("Поставлено на дополнительный контроль до 30.11.2026: ответ обещает выполнить работы");
        assertThat(c.getEvents().get(c.getEvents().size() - 1).getType()).isEqualTo(CaseEventType.CONTROL_SET);
    }

    @Test
    void shouldRefuseAControlDayThatIsNotInTheFutureWithAReadableError() {
        for (LocalDate day : new LocalDate[] {TODAY, TODAY.minusDays(1)}) {
            Case c = onApproval();
            assertThatThrownBy(() -> c.approveAnswer(ResultType.SUPPORTED, day, TODAY, "roads-head", NOW))
                    .isInstanceOf(InvalidCaseDataException.class)
                    .hasMessage("Дата контроля должна быть позже сегодняшнего дня (18.11.2026)")
                    .satisfies(e -> assertThat(((InvalidCaseDataException) e).field()).isEqualTo("controlDate"));
            assertThat(c.getResultType()).as("nothing half-written").isNull();
            assertThat(c.getControl().getUntil()).isNull();
        }
    }

    @Test
    void shouldNotLetTheBlockHeadChooseATypeThatTheOutcomeGives() {
        Case c = onApproval();
        assertThatThrownBy(() -> c.approveAnswer(ResultType.FORWARDED, null, TODAY, "roads-head", NOW))
                .isInstanceOf(InvalidCaseDataException.class).hasMessageContaining("Направлено по компетенции");
        assertThatThrownBy(() -> c.approveAnswer(null, null, TODAY, "roads-head", NOW))
                .isInstanceOf(InvalidCaseDataException.class).hasMessage("Выберите результат рассмотрения");
    }

    @Test
    void shouldTypeAnAppealLeftWithoutAnswerOrForwardedAutomatically() {
        Case anonymous = received(Channel.LETTER);
        anonymous.closeWithoutAnswer(AppealKind.COMPLAINT, PLACE, Resolution.NO_ANSWER_ANONYMOUS, null, null, "mcu-registrar", NOW);
        assertThat(anonymous.getResultType()).isEqualTo(ResultType.LEFT_WITHOUT_ANSWER);
        assertThat(anonymous.isResultTypeAutomatic()).isTrue();

        Case ended = received(Channel.LETTER);
        ended.closeWithoutAnswer(AppealKind.COMPLAINT, PLACE, Resolution.CORRESPONDENCE_ENDED, "Повторное", null, "mcu-registrar", NOW);
        assertThat(ended.getResultType()).isEqualTo(ResultType.ANSWERED_TO_AUTHOR);

        Case forwarded = received(Channel.EPGU);
        forwarded.forward(AppealKind.COMPLAINT, PLACE, "Министерство здравоохранения Сахалинской области", "Не наша компетенция",
                "mcu-registrar", NOW);
        assertThat(forwarded.getResultType()).isEqualTo(ResultType.FORWARDED);
        assertThat(forwarded.isResultTypeAutomatic()).isTrue();
    }

    @Test
    void shouldTypeEveryOutcomeOfArticle11AndTheOralAnswer() {
        assertThat(ResultType.automaticFor(Resolution.FORWARDED_OFFENCE_REPORT)).isEqualTo(ResultType.FORWARDED);
        for (Resolution left : new Resolution[] {Resolution.NO_ANSWER_UNREADABLE_NOTIFIED, Resolution.NO_ANSWER_ESSENCE_UNCLEAR}) {
            assertThat(ResultType.automaticFor(left)).as(left.name()).isEqualTo(ResultType.LEFT_WITHOUT_ANSWER);
        }
        for (Resolution told : new Resolution[] {Resolution.ANSWERED_BY_PUBLISHED_ANSWER, Resolution.NO_ANSWER_SECRET}) {
            assertThat(ResultType.automaticFor(told)).as(told.name()).isEqualTo(ResultType.ANSWERED_TO_AUTHOR);
        }
        assertThat(ResultType.automaticFor(Resolution.ANSWERED_ORALLY)).isEqualTo(ResultType.EXPLAINED);
        assertThat(ResultType.automaticFor(Resolution.ANSWERED)).as("the block head types an answer").isNull();
    }

    @Test
    void shouldLeaveMessagesUntyped() {
        Case message = received(Channel.POS);
        message.rejectAtModeration(Resolution.REJECTED_NOT_MUNICIPAL, "Не муниципальное", "pos-coordinator", NOW);
        assertThat(message.getResultType()).isNull();
    }

    @Test
    void shouldRemindOnceOnTheControlDayAndCloseWhenTheDepartmentConfirms() {
        Case c = onApproval();
        c.approveAnswer(ResultType.SUPPORTED, TODAY.plusDays(2), TODAY, "roads-head", NOW);
        c.dispatchAnswer(NOW);

        assertThat(c.remindOfControl(TODAY.plusDays(1), "исполнителям департамента", NOW)).as("the day has not come").isFalse();
        assertThat(c.remindOfControl(TODAY.plusDays(2), "исполнителям департамента", NOW)).isTrue();
        assertThat(c.remindOfControl(TODAY.plusDays(3), "исполнителям департамента", NOW)).as("once per control day").isFalse();
        assertThat(c.isOnControl()).as("a reminder does not close the control").isTrue();

        c.closeControl("  Яма заделана 19.11  ", "roads-clerk", NOW);

        assertThat(c.isOnControl()).isFalse();
        assertThat(c.getControl().getClosedBy()).isEqualTo("roads-clerk");
        assertThat(c.getControl().getClosingNote()).isEqualTo("Яма заделана 19.11");
        assertThat(lastHistory(c)).isEqualTo("Снято с дополнительного контроля: работы выполнены");
        assertThatThrownBy(() -> c.closeControl(null, "roads-clerk", NOW)).isInstanceOf(CaseTransitionException.class);
    }

    @Test
    void shouldCallAnOverdueMessageAMessage() {
        Case message = received(Channel.POS);
        message.markOverdue(NOW);
        assertThat(lastHistory(message)).isEqualTo("Срок ответа истёк: сообщение просрочено");
    }

    @Test
    void shouldSayWhereTheIncidentAnswerGoesWithoutPublicationUnderPublication() {
        Case incident = received(Channel.INCIDENT);
        incident.assignDepartment("roads", "Департамент дорожного хозяйства и благоустройства", PLACE, "im-coordinator", NOW);
        incident.giveFullAnswer("Яма заделана", "roads-clerk", NOW);

        incident.recordResponsePublished(NOW);

        assertThat(lastHistory(incident)).isEqualTo("Ответ передан для размещения в комментариях к записи в социальной сети")
                .doesNotContain("под публикацией");
    }
}
