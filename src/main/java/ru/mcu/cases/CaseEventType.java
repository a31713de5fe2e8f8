package ru.mcu.cases;

/** What happened to a case; every step of its history has one, with its name for people. */
public enum CaseEventType {
    RECEIVED("Поступление"),
    ROUTED_BY_RULE("Исполнитель по автоправилу"),
    NO_RULE_MATCHED("Автоправило не подошло"),
    REGISTERED("Регистрация"),
    ROUTED_MANUALLY("Направление исполнителю"),
    FORWARDED("Перенаправление по компетенции"),
    CLOSED_WITHOUT_ANSWER("Закрыто без ответа по существу"),
    TAKEN_BY_CLERK("Взято в работу"),
    RETURNED_NOT_OURS("Возврат исполнителем «не наше»"),
    ANSWER_DRAFTED("Проект ответа"),
    ANSWER_RETURNED("Проект ответа на доработку"),
    ANSWER_APPROVED("Ответ согласован"),
    ANSWER_DISPATCHED("Ответ дан"),
    ACCEPTED_AT_MODERATION("Принято модератором"),
    REJECTED_AT_MODERATION("Отклонено модератором"),
    DEPARTMENT_ASSIGNED("Назначен исполнитель"),
    DISMISSED("Не взято в работу"),
    INTERIM_ANSWER_GIVEN("Промежуточный ответ"),
    RESOLVED_ON_SPOT("Решено на месте"),
    ANSWER_PUBLISHED("Ответ опубликован"),
    RATED("Оценка автора"),
    REWORK_STARTED("Повторное рассмотрение"),
    CLOSED("Закрыто"),
    CONVERTED("Перевод в обращение по 59-ФЗ"),
    LINKED("Связь по одной проблеме"),
    ANSWERED_VIA_MAIN_CASE("Ответ по основному в проблеме"),
    TERM_ASSIGNED("Назначен срок"),
    TERM_CHANGED("Срок изменён"),
    EXTENSION_REQUESTED("Запрос продления срока"),
    EXTENSION_APPROVED("Срок продлён"),
    EXTENSION_REJECTED("Отказ в продлении срока"),
    SUSPENDED("Приостановление"),
    RESUMED("Возобновление"),
    REMINDER_SENT("Напоминание о сроке"),
    OVERDUE("Просрочка"),
    ESCALATED_TO_BLOCK_HEAD("Эскалация руководителю блока"),
    ESCALATED_TO_MCU_HEAD("Эскалация руководителю МЦУ"),
    LETTER_REGISTERED("Исходящее письмо"),
    LETTER_SENT("Письмо отправлено почтой"),
    CONTROL_SET("Дополнительный контроль"),
    CONTROL_REMINDER_SENT("Напоминание о контроле"),
    CONTROL_CLOSED("Снято с контроля"),
    SPECIAL_HANDLING_PROPOSED("Предложено рассмотрение в особом порядке (ст. 11)"),
    SPECIAL_HANDLING_REFUSED("Отказ в особом порядке (ст. 11)"),
    ANSWERED_ORALLY("Ответ дан устно на личном приёме"),
    COPY_SENT("Копия направлена по компетенции"),
    ANSWER_PLACED("Ответ размещён на площадке"),
    CO_EXECUTORS_ASSIGNED("Назначены соисполнители"),
    CONTRIBUTION_GIVEN("Вклад соисполнителя"),
    CONTRIBUTION_OVERDUE("Соисполнитель не представил вклад в срок"),
    INTERIM_OVERDUE("Просрочка промежуточного ответа"),
    PLANNED_ANSWER_GIVEN("Ответ «запланировано»"),
    PLANNED_DATE_REACHED("Наступила запланированная дата");

    private final String title;

    CaseEventType(String title) {
        this.title = title;
    }

    /** The step in Russian: «Регистрация», «Эскалация руководителю блока». */
    public String title() {
        return title;
    }
}
