package ru.mcu.regional;

/**
 * A request as typed on the page or sent to the API, every field as text: dates {@code yyyy-MM-dd}.
 * The term is the date {@code dueOn} when given, else {@code termWorkingDays} working days after
 * the day received (the configured number when blank).
 */
public record RequestForm(String receivedOn, String incomingNumber, String subject, String termWorkingDays, String dueOn,
                          String responsibleDepartment, String responsiblePerson, String answerText, String answeredOn) {

    /** An empty form with the default term. */
    static RequestForm blank(LocalDateDefault defaults) {
        return new RequestForm(defaults.today(), "", "", Integer.toString(defaults.days()), "", "", "", "", "");
    }

    /** The values a form opens with for a new request. */
    record LocalDateDefault(String today, int days) {
    }

    static RequestForm of(RegionalRequest r) {
        return new RequestForm(r.receivedOn().toString(), nz(r.incomingNumber()), r.subject(),
                r.termWorkingDays() == null ? "" : r.termWorkingDays().toString(),
                r.termWorkingDays() == null ? r.dueOn().toString() : "",
                nz(r.responsibleDepartment()), nz(r.responsiblePerson()), nz(r.answerText()),
                r.answeredOn() == null ? "" : r.answeredOn().toString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
