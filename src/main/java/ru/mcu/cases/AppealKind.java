package ru.mcu.cases;

/** The kind of a 59-ФЗ appeal (ст. 4). */
public enum AppealKind {
    PROPOSAL("Предложение"),
    STATEMENT("Заявление"),
    COMPLAINT("Жалоба");

    private final String title;

    AppealKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
