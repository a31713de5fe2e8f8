package ru.mcu.intake.batch;

/** Where an import job stands. */
public enum ImportStatus {
    /** Waiting for its turn or filing rows; the counts grow. */
    RUNNING("выполняется"),
    /** Every row was filed, found as filed before or rejected. */
    DONE("завершён"),
    /** Stopped by a failure that is not a row's fault; rows filed before it stay filed. */
    FAILED("прерван");

    private final String title;

    ImportStatus(String title) {
        this.title = title;
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }
}
