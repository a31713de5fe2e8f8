package ru.mcu.analytics.roadmap;

/**
 * The root cause of a roadmap's problem, from a fixed list so that roadmaps can be counted by
 * cause (docs/analytics.md lists it); what the list does not say goes into the free text.
 */
public enum RootCause {
    INFRASTRUCTURE_WEAR("Износ инфраструктуры"),
    UNDERFUNDING("Недостаточное финансирование"),
    CONTRACTOR_BREACH("Нарушение подрядчиком"),
    NO_REGULATION("Отсутствие регламента"),
    STAFF_SHORTAGE("Недостаток кадров"),
    SEASONAL("Сезонный фактор"),
    OTHER("Иное");

    private final String title;

    RootCause(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
