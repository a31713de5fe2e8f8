package ru.mcu.letters;

/** What a letter to the author is; each has its text template in {@code templates/letters/}. */
public enum LetterKind {
    ANSWER("Ответ на обращение", "answer"),
    REGISTERED("Уведомление о регистрации", "registered"),
    FORWARDED("Уведомление о перенаправлении (ч. 3 ст. 8 59-ФЗ)", "forwarded"),
    EXTENDED("Уведомление о продлении срока (ч. 2 ст. 12 59-ФЗ)", "extended"),
    WITHOUT_ANSWER("Уведомление по ст. 11 59-ФЗ", "without-answer");

    private final String title;
    private final String template;

    LetterKind(String title, String template) {
        this.title = title;
        this.template = template;
    }

    /** The kind in Russian, for the queue and the case page. */
    public String title() {
        return title;
    }

    String template() {
        return template;
    }
}
