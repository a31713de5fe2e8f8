package ru.mcu.cases;

/** How urgent an incident is; a high one gets a shorter interim term. */
public enum Importance {
    HIGH("Высокая"),
    NORMAL("Обычная");

    private final String title;

    Importance(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
