package ru.mcu.letters;

/**
 * What a letter is: to the author of a case, or, for the kinds {@link #toBody()}, the covering
 * letter that sends the appeal to another body; each has its text template in
 * {@code templates/letters/}.
 */
public enum LetterKind {
    ANSWER("Ответ на обращение", "answer"),
    REGISTERED("Уведомление о регистрации", "registered"),
    FORWARDED("Уведомление о перенаправлении (ч. 3 ст. 8 59-ФЗ)", "forwarded"),
    EXTENDED("Уведомление о продлении срока (ч. 2 ст. 12 59-ФЗ)", "extended"),
    WITHOUT_ANSWER("Уведомление по ст. 11 59-ФЗ", "without-answer"),
    BODY_FORWARDED("Сопроводительное письмо: обращение по компетенции (ч. 3 ст. 8 59-ФЗ)", "body-forwarded"),
    BODY_COPY("Сопроводительное письмо: копия обращения (ч. 4 ст. 8 59-ФЗ)", "body-copy"),
    BODY_OFFENCE_REPORT("Сопроводительное письмо: сведения о противоправном деянии (ч. 1 ст. 11 59-ФЗ)", "body-offence-report");

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

    /** Whether the letter goes to another body (with the appeal or its copy), not to the citizen. */
    public boolean toBody() {
        return name().startsWith("BODY_");
    }

    String template() {
        return template;
    }
}
