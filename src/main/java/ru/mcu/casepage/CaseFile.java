package ru.mcu.casepage;

import java.util.List;
import ru.mcu.platform.text.RussianPlural;

/**
 * Everything the staff's case page shows of one case, already cut to what the user may see
 * (the citizen's data and the access code only for those who handle the case) and written for
 * people: Russian names, local times, no codes.
 *
 * @param noun      «Обращение», «Сообщение ПОС», «Сообщение (инцидент)»
 * @param citizen   the author's data with the access code, null when the user may not see it
 * @param tasks     the open tasks the user may see in Tasklist
 * @param mayOpenOutbox whether the user may open a letter on the outbox page
 */
record CaseFile(String number, String noun, Card card, Citizen citizen, List<Step> history, Terms terms, Answer answer,
                List<Mail> mails, List<Related> related, List<Rating> ratings, List<Task> tasks, boolean mayOpenOutbox) {

    /** The case card. */
    record Card(String channel, String kind, String rubric, String district, String address, String department,
                String status, String resolution, String resolutionNote, String forwardedTo, String text,
                String receivedAt, String registeredAt, String closedAt, List<Field> source,
                int rerouteCount, int reworkCount, boolean closed, boolean overdue) {
    }

    /** A labelled value (the origin of a ПОС message or an incident). */
    record Field(String label, String value, boolean link) {
    }

    /** The author, and what staff tell him on the phone to open his case. */
    record Citizen(String fullName, String postalAddress, String email, String phone, String accessCode, String publicLink) {
    }

    /** One step of the history: when, who (a person's name), what, in Russian. */
    record Step(String at, String who, String what, String description, String reason) {
    }

    /** Every term of the case and what moved the answer term. */
    record Terms(List<Term> rows, List<Suspension> suspensions, List<Extension> extensions, List<Step> records,
                 String calendarNote) {
    }

    /**
     * One term and how it was computed.
     *
     * @param countedFrom what the count starts at, with the moment
     * @param rule        the rule of the policy in force («30 календарных дней»)
     * @param ruleScope   whose rule it is («Обращения (59-ФЗ)»)
     * @param calendar    the calendar the count used
     * @param due         when the term ends, as recorded on the case
     * @param done        when the step was done, if it was
     * @param state       in words: in time, late, running, overdue, stopped
     * @param overdue     missed
     * @param calculator  the deadline calculator with the case's channel, rubric and start
     * @param notes       extensions, suspensions, rework that moved it
     */
    record Term(String title, String countedFrom, String rule, String ruleScope, String calendar, String due, String done,
                String state, boolean overdue, String calculator, List<String> notes) {
    }

    /** A period when the clock stood still and what it added to the answer term. */
    record Suspension(String from, String to, String reason, String suspendedBy, String resumedBy, String added) {
    }

    /** A request for more time and the decision on it. */
    record Extension(String requestedAt, String requestedBy, int days, String reason, String decision, String decidedAt,
                     String decidedBy, String comment) {

        /** «10 дней», «21 день»: extensions are counted in calendar days. */
        public String length() {
            return RussianPlural.days(days);
        }
    }

    /** The answer as given, and the letters that carried it. */
    record Answer(String text, String evidence, String answeredAt, String interimAnsweredAt, List<Mail> letters) {
    }

    /**
     * A letter of the outbox about the case.
     *
     * @param recipient the address, or «заявителю» when the user may not see the citizen's e-mail
     * @param text      the text as sent, only of a letter to the citizen and only to those who may see him
     */
    record Mail(long id, String createdAt, String kind, String subject, String recipient, String status, String statusClass,
                String sentAt, String error, String text) {
    }

    /** Another case related to this one, with how. */
    record Related(String number, String relation, String status, String detail) {
    }

    /** One rating of the author. */
    record Rating(int round, int score, String comment, String ratedAt) {
    }

    /** An open task the user may see, with its Tasklist link. */
    record Task(String name, String assignee, String createdAt, String due, String link) {
    }
}
