package ru.mcu.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A case in the citizen's words: status, term, answer and history, without internal steps or staff. */
class CitizenCaseViewTest {

    private static final Instant NOW = OffsetDateTime.parse("2026-11-18T10:00:00+11:00").toInstant();
    private static final Place PLACE = new Place("roads.potholes", "center", "ул. Ленина, 1", null, null);

    private static Case appeal() {
        return Case.receive("A-2026-000001", Channel.SITE, "ext-1", AppealKind.COMPLAINT,
                new Citizen("Иванова Мария", "693000, ул. Ленина, 1", "m@example.ru", null), "Яма", PLACE, NOW, NOW);
    }

    private static Case message(Channel channel) {
        return Case.receive(channel.numberPrefix() + "-2026-000001", channel, "ext-2", null,
                new Citizen("Ли Анна", null, "lee@example.ru", null), "Яма", PLACE, NOW, NOW);
    }

    private static String history(Case c) {
        return CitizenCaseView.of(c).getSteps().stream().map(s -> s.getTitle() + " / " + s.getDetail()).toList().toString();
    }

    @Test
    void shouldTellTheAppealsStepsWithoutRulesClaimsDraftsOrStaff() {
        Case c = appeal();
        c.routeByRule("roads", "Департамент дорожного хозяйства", NOW);
        assertThat(CitizenCaseView.of(c).getDepartment()).as("the rule's choice is not announced").isNull();

        c.register(AppealKind.COMPLAINT, PLACE, "roads-agency", "МКУ «Управление дорожного хозяйства»", "Пришлите фото", "mcu-registrar", NOW);
        c.assignAnswerTerm(OffsetDateTime.parse("2026-12-18T23:59:59+11:00").toInstant(), "30 календарных дней", NOW);
        c.takenByClerk("roads-agency-clerk", "Пётр Сидоров", NOW);
        c.draftAnswer("Заделаем", "roads-agency-clerk", NOW);
        CitizenCaseView onApproval = CitizenCaseView.of(c);
        assertThat(onApproval.getAnswer()).as("a draft is not an answer").isNull();
        assertThat(onApproval.getStatus()).isEqualTo("Ответ на согласовании");
        assertThat(onApproval.getAnswerTermText()).isEqualTo("до 18.12.2026 включительно");
        assertThat(onApproval.getExplanation()).isEqualTo("Пришлите фото");

        c.approveAnswer("roads-agency-head", NOW);
        c.dispatchAnswer(NOW);
        CitizenCaseView answered = CitizenCaseView.of(c);
        assertThat(answered.getStatus()).isEqualTo("Дан ответ");
        assertThat(answered.getAnswer()).isEqualTo("Заделаем");
        assertThat(answered.isRatingOpen()).isTrue();
        assertThat(answered.getAnswerTermText()).as("no term once answered").isNull();
        assertThat(history(c)).contains("Обращение поступило", "Зарегистрировано",
                        "Направлено исполнителю: МКУ «Управление дорожного хозяйства»", "Срок ответа: до 18.12.2026 включительно",
                        "Дан ответ")
                .doesNotContain("Автоправило", "Сидоров", "Взято", "проект", "согласован", "Регистратор", "Пришлите фото");
    }

    @Test
    void shouldCallAPosMessageAndAnIncidentAMessage() {
        for (Channel channel : new Channel[] {Channel.POS, Channel.INCIDENT}) {
            Case c = message(channel);
            c.assignDepartment("roads", "Департамент дорожного хозяйства", PLACE, "pos-coordinator", NOW);
            CitizenCaseView view = CitizenCaseView.of(c);
            assertThat(view.getHeading()).isEqualTo("Сообщение № " + c.getNumber());
            assertThat(view.getStatus()).isEqualTo("На исполнении");
            assertThat(view.getStatusHint() + history(c)).doesNotContainIgnoringCase("обращени");
        }
    }

    @Test
    void shouldShowTheReworkAfterALowRatingAndTheNewTerm() {
        Case c = message(Channel.POS);
        c.acceptAtModeration(PLACE, null, "pos-coordinator", NOW);
        c.assignDepartment("roads", "Департамент дорожного хозяйства", PLACE, "pos-coordinator", NOW);
        c.assignAnswerTerm(OffsetDateTime.parse("2026-12-02T18:00:00+11:00").toInstant(), "10 рабочих дней", NOW);
        c.draftAnswer("Заделаем", "roads-clerk", NOW);
        c.approveAnswer("roads-head", NOW);
        c.publishAnswer(NOW);
        assertThat(CitizenCaseView.of(c).getStatus()).isEqualTo("Дан ответ — оцените его");
        c.rate(2, "Яма на месте", NOW);
        c.startRework(NOW);
        c.assignAnswerTerm(OffsetDateTime.parse("2026-12-03T18:00:00+11:00").toInstant(), "10 рабочих дней (повторное рассмотрение)", NOW);

        CitizenCaseView rework = CitizenCaseView.of(c);
        assertThat(rework.getStatus()).isEqualTo("Рассматривается повторно");
        assertThat(rework.isRatingOpen()).isFalse();
        assertThat(rework.getAnswer()).isNull();
        assertThat(rework.getAnswerTermText()).isEqualTo("до 03.12.2026 18:00");
        assertThat(history(c)).contains("Получена ваша оценка ответа: 2 из 5 / Ваш комментарий: Яма на месте",
                "Сообщение рассматривается повторно", "Новый срок ответа: до 03.12.2026 18:00");
    }

    @Test
    void shouldTellTheExtendedTerm() {
        Case c = appeal();
        c.register(AppealKind.COMPLAINT, PLACE, "roads", "Департамент дорожного хозяйства", null, "mcu-registrar", NOW);
        c.assignAnswerTerm(OffsetDateTime.parse("2026-12-18T23:59:59+11:00").toInstant(), "30 календарных дней", NOW);
        c.requestExtension(20, null, "Обследование", 30, "roads-clerk", NOW);
        c.decideExtension(true, "Согласен", "roads-head", NOW);
        c.assignAnswerTerm(OffsetDateTime.parse("2027-01-11T23:59:59+11:00").toInstant(), "30 календарных дней, продлён на 20 дн.", NOW);

        assertThat(history(c)).contains("Срок ответа продлён: до 11.01.2027 включительно").doesNotContain("Согласен", "Запрошено");
        assertThat(CitizenCaseView.of(c).getAnswerTermText()).isEqualTo("до 11.01.2027 включительно");
    }

    @Test
    void shouldShowThePlannedDateAndNeitherTheOldTermNorOverdueForAPlannedMessage() {
        Case c = message(Channel.POS);
        c.acceptAtModeration(PLACE, null, "pos-coordinator", NOW);
        c.assignDepartment("roads", "Департамент дорожного хозяйства", PLACE, "pos-coordinator", NOW);
        c.assignAnswerTerm(OffsetDateTime.parse("2026-11-20T18:00:00+11:00").toInstant(), "2 рабочих дня", NOW);
        c.draftAnswer("Запланировано", "roads-clerk", NOW);
        c.approveAnswer("roads-head", NOW);
        Instant late = OffsetDateTime.parse("2026-11-23T10:00:00+11:00").toInstant();
        c.markOverdue(OffsetDateTime.parse("2026-11-20T18:00:01+11:00").toInstant());
        c.publishPlannedAnswer(java.time.LocalDate.of(2027, 5, 15), late);
        assertThat(c.getOverdueSince()).as("a late planned answer keeps its lateness").isNotNull();
        assertThat(c.getPos().getPlannedAnswerDueAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T18:00:00+11:00").toInstant());

        CitizenCaseView view = CitizenCaseView.of(c);
        Instant afterOldTerm = OffsetDateTime.parse("2026-11-25T10:00:00+11:00").toInstant();
        assertThat(view.getStatus()).isEqualTo("Запланировано");
        assertThat(view.getAnswerTermText()).as("the old term is not the citizen's concern").isNull();
        assertThat(view.isOverdue(afterOldTerm)).isFalse();
        assertThat(view.getStatusHint()).contains("15.05.2027");
    }

    @Test
    void shouldNameTheStateARatingNeedsWhenItIsNotOpen() {
        Case c = message(Channel.POS);
        c.assignDepartment("roads", "Департамент дорожного хозяйства", PLACE, "pos-coordinator", NOW);

        assertThat(CaseRatings.whyNotOpen(c))
                .isEqualTo("Оценить можно только ответ, ожидающий оценки; сообщение P-2026-000001 сейчас «На исполнении»");
        assertThat(CaseRatings.whyNotOpen(appeal()))
                .isEqualTo("Оценить можно только ответ, который уже дан и ещё не оценён; обращение A-2026-000001 сейчас «Поступило, ожидает регистрации»");
    }
}
