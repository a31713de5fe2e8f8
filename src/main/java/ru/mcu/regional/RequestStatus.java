package ru.mcu.regional;

/** Where a request of the ЦУР stands. */
public enum RequestStatus {
    IN_WORK("в работе"),
    OVERDUE("просрочен"),
    ANSWERED("отвечен");

    private final String title;

    RequestStatus(String title) {
        this.title = title;
    }

    /** In Russian, as the page shows it. */
    public String title() {
        return title;
    }

    /** The URL parameter value. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
