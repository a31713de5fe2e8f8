package ru.mcu.calendar;

/** What kind of day a date is in the production calendar. */
public enum DayKind {
    /** A full working day. */
    WORKING("рабочий"),
    /** A working day one hour shorter: the day before a holiday (ТК РФ ст. 95). */
    SHORTENED("сокращённый"),
    /** A weekend day, a holiday or a day off moved by decree. */
    NON_WORKING("нерабочий");

    private final String title;

    DayKind(String title) {
        this.title = title;
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }

    public boolean isWorking() {
        return this != NON_WORKING;
    }
}
