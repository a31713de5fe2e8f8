package ru.mcu.outbound;

/** Where an outbound delivery goes; its settings are {@code mcu.outbound.<id>.url/token}. */
public enum Adapter {
    /** Answers to ПОС messages, to the Платформа обратной связи. */
    POS("pos", "Платформа обратной связи", "Ответ на сообщение", true),
    /** Replies to incidents, for «Инцидент Менеджмент» to post under the publication. */
    INCIDENT("incident", "Инцидент Менеджмент", "Ответ под публикацией", true),
    /** Answers to 59-ФЗ appeals that came through the portal (59-ФЗ ст. 10 ч. 4). */
    EPGU("epgu", "ЕПГУ", "Ответ на обращение", true),
    /** The daily aggregates for the regional ЦУР's BI (Regulation 1.2.9), no personal data. */
    BI("bi", "BI ЦУР", "Сводка за день", false);

    private final String id;
    private final String title;
    private final String kind;
    private final boolean answer;

    Adapter(String id, String title, String kind, boolean answer) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.answer = answer;
    }

    /** The settings' name: {@code pos}, {@code incident}, {@code epgu}, {@code bi}. */
    public String id() {
        return id;
    }

    /** The receiving platform in Russian: «Платформа обратной связи». */
    public String title() {
        return title;
    }

    /** What is delivered, in Russian: «Ответ на сообщение». */
    public String kind() {
        return kind;
    }

    /** An answer to a case, which a person may place by hand when no endpoint is configured. */
    public boolean isAnswer() {
        return answer;
    }
}
