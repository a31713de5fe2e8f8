package ru.mcu.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import ru.mcu.platform.text.RussianPlural;

/**
 * The words of a case's history and of its refusals, as people read them: what {@link Case}'s
 * transitions record. Dates and terms are written by {@link TermText}.
 */
final class CaseEventText {

    static final String ROUTING_CHANGED_BY_REGISTRAR = "Регистратор изменил исполнителя, определённого автоправилом";
    static final String SPECIAL_HANDLING_REFUSED = "Руководитель не согласился с рассмотрением в особом порядке";
    static final String RETURNED_NOT_OURS = "Возвращено исполнителем как «не наше»";
    static final String ANSWER_DRAFTED = "Подготовлен проект ответа";
    static final String ANSWER_RETURNED = "Проект ответа возвращён на доработку";
    static final String ANSWER_APPROVED = "Ответ согласован руководителем";
    static final String EXTENSION_REJECTED = "В продлении срока отказано";
    static final String LATE_EXTENSION_REJECTED = "Срок рассмотрения истёк до решения о продлении";
    static final String SUSPENDED = "Рассмотрение приостановлено";
    static final String RESUMED = "Рассмотрение возобновлено";
    static final String ACCEPTED_AT_MODERATION = "Сообщение принято модератором";
    static final String DISMISSED = "Инцидент не взят в работу";
    static final String INTERIM_ANSWER_GIVEN = "Дан промежуточный ответ";
    static final String RESOLVED_ON_SPOT = "Проблема решена на месте";
    static final String FULL_ANSWER_GIVEN = "Дан полный ответ";
    static final String RESPONSE_PUBLISHED = "Ответ передан для размещения в комментариях к записи в социальной сети";
    static final String ANSWER_PUBLISHED = "Ответ опубликован, автору предложено оценить его";
    static final String REWORK_STARTED = "Возвращено на повторное рассмотрение после низкой оценки";
    static final String CLOSED = "Закрыто";
    static final String UNLINKED = "Связь с основным номером проблемы снята";
    static final String CONTROL_CLOSED = "Снято с дополнительного контроля: работы выполнены";

    private CaseEventText() {
    }

    static String received(Channel channel) {
        return "Поступило: " + channel.title();
    }

    static String routedByRule(String departmentName) {
        return "Автоправило определило исполнителя: " + departmentName;
    }

    static String noRuleMatched(Channel.Regime regime) {
        String who = switch (regime) {
            case APPEAL_59FZ -> "регистратор МЦУ";
            case POS -> "координатор ПОС";
            case INCIDENT -> "координатор «Инцидент Менеджмент»";
        };
        return "Ни одно автоправило не подошло: исполнителя определит " + who;
    }

    static String registered(String departmentName) {
        return "Зарегистрировано, направлено исполнителю: " + departmentName;
    }

    static String copySent(String body) {
        return "Копия обращения направлена по компетенции (ч. 4 ст. 8 59-ФЗ): " + body;
    }

    static String forwarded(String body) {
        return "Перенаправлено по компетенции: " + body;
    }

    static String offenceReportForwarded(String body) {
        return "Направлено в государственный орган в соответствии с его компетенцией: " + body;
    }

    static String redirected(String organisation) {
        return "Перенаправлено в организацию по компетенции: " + organisation;
    }

    static String proposed(Resolution resolution) {
        return "Предложено: " + resolution.title();
    }

    static String reroutedTo(String departmentName) {
        return "Перенаправлено исполнителю: " + departmentName;
    }

    static String departmentAssigned(String departmentName) {
        return "Назначен исполнитель: " + departmentName;
    }

    static String takenByClerk(String clerkName) {
        return "Взято в работу: " + clerkName;
    }

    static String answerDispatched(boolean byEmail) {
        return byEmail ? "Ответ направлен заявителю, в том числе по электронной почте" : "Ответ направлен заявителю";
    }

    static String answerApproved(ResultType type) {
        return ANSWER_APPROVED + ". Результат рассмотрения: " + lowerFirst(type.title());
    }

    static String registrationTerm(String stage, String rule, Instant due) {
        return "Срок (" + stage.toLowerCase(Locale.ROOT) + "): " + rule + ", до " + TermText.format(due);
    }

    static String interimTerm(String rule, Instant due) {
        return "Срок промежуточного ответа: " + rule + ", до " + TermText.format(due);
    }

    static String answerTerm(boolean first, String rule, Instant due) {
        return (first ? "Срок ответа: " : "Новый срок ответа: ") + rule + ", до " + TermText.format(due);
    }

    static String extensionRequested(int days, ExtensionGround ground) {
        return "Запрошено продление срока на " + RussianPlural.days(days) + (ground == null ? "" : "; основание: " + ground.title());
    }

    static String extensionApproved(int days) {
        return "Срок продлён на " + RussianPlural.days(days);
    }

    static String overdue(Channel channel) {
        return "Срок ответа истёк: " + (channel.isAppeal() ? "обращение" : "сообщение") + " просрочено";
    }

    static String interimOverdue(Instant interimDueAt) {
        return "Срок промежуточного ответа истёк (" + TermText.format(interimDueAt) + "): сообщение просрочено исполнителем";
    }

    static String plannedAnswerGiven(LocalDate plannedFor) {
        return "Опубликован ответ «запланировано»: работы запланированы на " + TermText.day(plannedFor)
                + "; сообщение на контроле до их выполнения";
    }

    static String plannedDateReached(LocalDate plannedFor) {
        return "Наступила запланированная дата (" + TermText.day(plannedFor) + "): выполнить работы и дать окончательный ответ";
    }

    static String rated(int score) {
        return "Автор оценил ответ: " + score + " из 5";
    }

    static String linked(String mainNumber) {
        return "Связано с основным номером проблемы " + mainNumber + ": ответ будет дан по нему";
    }

    static String answeredViaMainCase(String mainNumber) {
        return "Ответ дан по основному обращению " + mainNumber;
    }

    static String convertedInto(String appealNumber) {
        return "Переведено в обращение по 59-ФЗ № " + appealNumber;
    }

    static String conversionNote(String appealNumber) {
        return "Переведено в обращение " + appealNumber;
    }

    static String convertedFrom(Case source) {
        return "Создано из " + (source.getChannel() == Channel.POS ? "сообщения ПОС" : "инцидента") + " № " + source.getNumber();
    }

    static String controlSet(LocalDate until) {
        return "Поставлено на дополнительный контроль до " + TermText.day(until) + ": ответ обещает выполнить работы";
    }

    static String controlReminder(LocalDate until, String whom) {
        return "Напоминание о дополнительном контроле (срок " + TermText.day(until) + ") направлено: " + whom;
    }

    // ---- refusals: the message a user reads when a transition is refused ----

    static String offenceBodyMissing() {
        return "Укажите государственный орган, в который направляется обращение "
                + "о противоправном деянии (например, УМВД России по г. Южно-Сахалинску, прокуратура)";
    }

    static String oralAnswerOnlyAtReception() {
        return "Устный ответ допускается только на обращение, поступившее в ходе личного приёма (ч. 2 ст. 13 59-ФЗ)";
    }

    static String noSpecialHandlingGround() {
        return "Выберите основание по ст. 11 59-ФЗ";
    }

    static String expiredTermCannotBeExtended(Instant due, String advice) {
        return "Срок рассмотрения истёк " + TermText.format(due)
                + ": продлить истёкший срок нельзя (ч. 2 ст. 12 59-ФЗ — продление до окончания срока). " + advice;
    }

    static String extensionTooLong(int maxDays, int alreadyDays) {
        return "Срок можно продлить не более чем на " + RussianPlural.days(maxDays) + " в сумме; уже продлён на "
                + RussianPlural.days(alreadyDays);
    }

    static String noSuspensionFor59Fz() {
        return "59-ФЗ не предусматривает приостановления рассмотрения. Если запрошены документы в другом органе "
                + "(ч. 2 ст. 10 59-ФЗ), запросите продление срока с этим основанием.";
    }

    static String mainCaseIsLinked(String mainNumber) {
        return "Обращение " + mainNumber + " само связано с другим; укажите основное обращение проблемы";
    }

    static String resultTypeNotAtApproval(ResultType type) {
        return "Результат «" + type.title() + "» определяется исходом рассмотрения, а не при согласовании";
    }

    static String controlDateNotAfter(LocalDate today) {
        return "Дата контроля должна быть позже сегодняшнего дня (" + TermText.day(today) + ")";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
