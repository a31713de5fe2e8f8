package ru.mcu.cases;

/** Where a case stands. A closed case carries a {@link Resolution}. */
public enum CaseStatus {
    RECEIVED("Поступило, ожидает регистрации"),
    AWAITING_ROUTING("Ожидает направления исполнителю"),
    IN_DEPARTMENT("На рассмотрении в департаменте"),
    ON_APPROVAL("Ответ на согласовании"),
    SUSPENDED("Рассмотрение приостановлено"),
    AWAITING_RATING("Ответ опубликован, ожидается оценка автора"),
    /** ПОС: answered «запланировано» with a planned date; the works and the final answer are due after it. */
    PLANNED("Запланировано: дан промежуточный ответ, работы на контроле до даты"),
    CLOSED("Закрыто");

    private final String title;

    CaseStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
