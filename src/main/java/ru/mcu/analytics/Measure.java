package ru.mcu.analytics;

/**
 * What a figure counts: one SQL predicate over {@code case_facts c} per measure, with the period as
 * {@code :from} (inclusive) and {@code :to} (exclusive) and the overdue limit as
 * {@code :dueLimit}. The rating counts with these predicates and the case list behind every
 * figure filters with the same ones, so a figure and its list never disagree.
 */
public enum Measure {
    /** Received in the period (by {@code received_at}). */
    RECEIVED("Поступило", Sql.RECEIVED),
    /** Answered in the period (by {@code answered_at}), wherever it was received. */
    ANSWERED("Дан ответ", Sql.ANSWERED),
    /** Answered in the period no later than its answer term. Cases without a term are neither on time nor late. */
    ON_TIME("Ответ в срок", Sql.ANSWERED + " and c.answered_at <= c.answer_due_at"),
    /**
     * Answered in the period after its answer term, or (ПОС) answered «запланировано» in the
     * period after its answer term: a planned answer does not erase the lateness it came with.
     */
    LATE("Ответ с нарушением срока", Sql.LATE),
    /** Still without an answer now, its term fell due before the end of the period (or now, if earlier). */
    OPEN_OVERDUE("Просрочено и без ответа", Sql.OPEN_OVERDUE),
    /**
     * Still without an answer, its term still ahead and ending within the period: from the start
     * of the period or now, whichever is later, to its end (the dashboard's «срок сегодня»,
     * «срок завтра»).
     */
    DUE_OPEN("Срок истекает, ответа нет", Sql.DUE_OPEN),
    /** As {@link #DUE_OPEN}, and no draft answer written yet: the term is at risk. */
    AT_RISK("Срок под угрозой: нет проекта ответа", Sql.DUE_OPEN + " and c.answer_text is null"),
    /** Answered late in the period, plus open and overdue. */
    OVERDUE("Просрочено", "((" + Sql.LATE + ") or (" + Sql.OPEN_OVERDUE + "))"),
    /** The department's first reaction in the period. */
    REACTED("Первая реакция", "c.first_reaction_at >= :from and c.first_reaction_at < :to"),
    /**
     * Received in the period and sent out of the administration: forwarded to the competent body
     * ({@code forwarded_to} set) or, for a ПОС message, taken as outside municipal competence.
     */
    FORWARDED("Перенаправлено по компетенции", Sql.RECEIVED + " and (c.forwarded_to is not null or c.resolution = 'REJECTED_NOT_MUNICIPAL')"),
    /** Received in the period and returned at least once as "not ours". */
    REROUTED("Возвращено как «не наше»", Sql.RECEIVED + " and c.reroute_count > 0"),
    /** Answered in the period after at least one return for rework following a low rating. */
    REWORKED("Возвращено на доработку", Sql.ANSWERED + " and c.rework_count > 0"),
    /** Rated by the citizen in the period (the latest rating counts). */
    RATED("Оценено заявителями", Sql.RATED),
    /** Rated in the period with 4 or 5. */
    SATISFIED("Оценка 4–5", Sql.RATED + " and c.rating_score >= 4"),
    /** Rated in the period with 1 or 2: the low ratings that send a ПОС answer back for rework. */
    LOW_RATED("Оценка 1–2", Sql.RATED + " and c.rating_score <= 2"),
    /** Incidents whose interim answer (or resolution on the spot) came in the period, no later than the interim term. */
    INTERIM_ON_TIME("Промежуточный ответ в срок", Sql.INTERIM + " and " + Sql.INTERIM_GIVEN + " and " + Sql.INTERIM_AT + " <= c.interim_due_at"),
    /**
     * Incidents whose interim answer came in the period after the interim term, or that are still
     * with the department without one, the interim term passed within the period.
     */
    INTERIM_LATE("Промежуточный ответ с нарушением срока", Sql.INTERIM + " and ((" + Sql.INTERIM_GIVEN + " and " + Sql.INTERIM_AT
            + " > c.interim_due_at) or (" + Sql.INTERIM_AT + " is null and c.closed_at is null and c.status = 'IN_DEPARTMENT'"
            + " and c.interim_due_at >= :from and c.interim_due_at < :dueLimit))"),
    /**
     * ПОС messages answered «запланировано» (seasonal works) in the period: counted apart, neither
     * answered on time nor overdue (unless given after the answer term: then {@link #LATE} counts
     * it); their final answer counts as an answer when it is given.
     */
    PLANNED("Запланировано", "c.planned_answered_at >= :from and c.planned_answered_at < :to"),
    /** Closed in the period (answered, forwarded, left without an answer): an appeal considered, as ССТУ.РФ counts it. */
    CLOSED("Рассмотрение завершено", Sql.CLOSED),
    /** Closed in the period with a day of additional control set (the answer promised works). */
    CONTROL_SET("Поставлено на дополнительный контроль", Sql.CLOSED + " and c.control_until is not null"),
    /**
     * On additional control at the end of the period: closed before its end with a control day,
     * the works not confirmed by then (whenever answered).
     */
    ON_CONTROL("На дополнительном контроле на конец периода",
            "c.control_until is not null and c.closed_at < :to and (c.control_closed_at is null or c.control_closed_at >= :to)");

    private final String title;
    private final String predicate;

    Measure(String title, String predicate) {
        this.title = title;
        this.predicate = predicate;
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }

    /** The SQL predicate over {@code case_facts c}. */
    public String predicate() {
        return "(" + predicate + ")";
    }

    /** The URL parameter value. */
    public String param() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The measure for a URL parameter ({@code on-time}), or null when blank or unknown. */
    public static Measure fromParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Measure m : values()) {
            if (m.param().equalsIgnoreCase(value.trim()) || m.name().equalsIgnoreCase(value.trim())) {
                return m;
            }
        }
        return null;
    }

    /** Predicates shared by several measures. */
    private static final class Sql {
        static final String RECEIVED = "c.received_at >= :from and c.received_at < :to";
        static final String ANSWERED = "c.answered_at >= :from and c.answered_at < :to";
        static final String PLANNED_LATE = "c.planned_answered_at >= :from and c.planned_answered_at < :to"
                + " and c.planned_answered_at > c.planned_answer_due_at";
        // the final answer after the planned date is judged by its own fresh term, the planned one by the term it had (V99)
        static final String LATE = "((" + ANSWERED + " and c.answered_at > c.answer_due_at) or (" + PLANNED_LATE + "))";
        // the same predicate as the partial index cases_open_due_idx (V30)
        // a message answered «запланировано» waits for its date: not overdue while it does
        static final String OPEN_OVERDUE = "c.answered_at is null and c.closed_at is null and c.answer_due_at < :dueLimit"
                + " and c.status <> 'PLANNED'";
        // the same partial index, its range starting at now (or the period's start when later)
        static final String DUE_OPEN = "c.answered_at is null and c.closed_at is null and c.status <> 'PLANNED'"
                + " and c.answer_due_at >= greatest(cast(:from as timestamptz), cast(:dueLimit as timestamptz)) and c.answer_due_at < :to";
        static final String RATED = "c.rated_at >= :from and c.rated_at < :to";
        static final String INTERIM = "c.channel = 'INCIDENT' and c.interim_due_at is not null";
        /** The department's interim reaction: the interim answer, or the answer when it resolved the problem at once. */
        static final String INTERIM_AT = "coalesce(c.interim_answered_at, c.answered_at)";
        static final String INTERIM_GIVEN = INTERIM_AT + " >= :from and " + INTERIM_AT + " < :to";
        static final String CLOSED = "c.closed_at >= :from and c.closed_at < :to";

        private Sql() {
        }
    }
}
