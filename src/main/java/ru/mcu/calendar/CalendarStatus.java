package ru.mcu.calendar;

/** Whether a year's calendar is confirmed by an administrator or only computed by the rules. */
public enum CalendarStatus {
    /** Loaded from a decree and confirmed by an administrator. */
    CONFIRMED("подтверждён"),
    /** Computed from the rules (or edited but not yet confirmed): may change when the decree appears. */
    PROVISIONAL("предварительный");

    private final String title;

    CalendarStatus(String title) {
        this.title = title;
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }
}
