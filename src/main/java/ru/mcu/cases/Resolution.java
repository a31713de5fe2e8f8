package ru.mcu.cases;

/** How a case ended. */
public enum Resolution {
    ANSWERED("Дан ответ по существу", false),
    FORWARDED("Перенаправлено в орган по компетенции", true),
    NO_ANSWER_ANONYMOUS("Без ответа: не указаны фамилия или почтовый адрес (ч. 1 ст. 11 59-ФЗ)", false),
    NO_ANSWER_OBSCENE("Без ответа по существу: нецензурные либо оскорбительные выражения (ч. 3 ст. 11 59-ФЗ)", true),
    NO_ANSWER_UNREADABLE("Без ответа: текст не поддаётся прочтению (ч. 4 ст. 11 59-ФЗ)", false),
    RETURNED_COURT_DECISION("Возвращено: обжалуется судебное решение (ч. 2 ст. 11 59-ФЗ)", true),
    CORRESPONDENCE_ENDED("Переписка прекращена: повторное обращение без новых доводов (ч. 5 ст. 11 59-ФЗ)", true),
    REJECTED_SPAM("Отклонено при модерации: спам", false),
    REJECTED_DUPLICATE("Отклонено при модерации: дубликат", false),
    REJECTED_NOT_MUNICIPAL("Отклонено при модерации: не относится к муниципальной компетенции", true),
    DISMISSED("Инцидент не взят в работу", false),
    RESOLVED_ON_SPOT("Решено на месте (ускоренное решение)", false),
    CONVERTED_TO_APPEAL("Переведено в обращение по 59-ФЗ", false),
    ANSWERED_VIA_MAIN_CASE("Дан ответ в составе связанной проблемы", false);

    private final String title;
    private final boolean citizenNotified;

    Resolution(String title, boolean citizenNotified) {
        this.title = title;
        this.citizenNotified = citizenNotified;
    }

    public String title() {
        return title;
    }

    /** Whether the law asks that the citizen be told of this outcome (when he can be reached). */
    public boolean citizenNotified() {
        return citizenNotified;
    }
}
