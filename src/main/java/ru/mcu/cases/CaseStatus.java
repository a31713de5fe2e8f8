package ru.mcu.cases;

/** Where a case stands. A closed case carries a {@link Resolution}. */
public enum CaseStatus {
    RECEIVED("Поступило, ожидает регистрации"),
    AWAITING_ROUTING("Ожидает направления исполнителю"),
    IN_DEPARTMENT("На рассмотрении в департаменте"),
    ON_APPROVAL("Ответ на согласовании"),
    SUSPENDED("Рассмотрение приостановлено"),
    AWAITING_RATING("Ответ опубликован, ожидается оценка автора"),
    CLOSED("Закрыто");

    private final String title;

    CaseStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
