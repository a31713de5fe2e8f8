package ru.mcu.deadline;

import java.util.EnumSet;
import java.util.Set;
import ru.mcu.cases.Channel.Regime;

/** The terms a policy can set, each for the regimes it exists in (domain brief §3). */
public enum TermKind {
    /** 59-ФЗ: registration from receipt. */
    REGISTRATION("Регистрация", EnumSet.of(Regime.APPEAL_59FZ)),
    /** 59-ФЗ: forwarding to the competent body, from registration. */
    FORWARDING("Перенаправление по компетенции", EnumSet.of(Regime.APPEAL_59FZ)),
    /** ПОС: moderation. */
    MODERATION("Модерация", EnumSet.of(Regime.POS)),
    /** ПОС: coordination, after moderation. */
    COORDINATION("Координация", EnumSet.of(Regime.POS)),
    /** Incident: triage by the «Инцидент Менеджмент» coordinator, from receipt. */
    TRIAGE("Разбор координатором", EnumSet.of(Regime.INCIDENT)),
    /** Incident: the department's interim answer, from the moment triage hands the incident over. */
    INTERIM("Промежуточный ответ", EnumSet.of(Regime.INCIDENT)),
    /** Incident of high importance: the interim answer. */
    INTERIM_HIGH("Промежуточный ответ (высокая важность)", EnumSet.of(Regime.INCIDENT)),
    /** The answer on the merits, every regime. */
    ANSWER("Ответ по существу", EnumSet.allOf(Regime.class)),
    /** ПОС: how long the author may rate the answer before the message closes without a rating. */
    RATING_WINDOW("Срок для оценки ответа автором", EnumSet.of(Regime.POS)),
    /**
     * 59-ФЗ: the longest extension of the answer term. ПОС: the length of its single extension,
     * granted by the coordinator (an assumption: see docs/pos.md).
     */
    EXTENSION_MAX("Наибольшее продление срока ответа", EnumSet.of(Regime.APPEAL_59FZ, Regime.POS)),
    /** 59-ФЗ: a co-executor department's sub-term for its contribution, from assignment. */
    CO_EXECUTION("Срок соисполнителя", EnumSet.of(Regime.APPEAL_59FZ)),
    /** 59-ФЗ: how long before the answer term the co-executors' sub-term ends at the latest. */
    CO_EXECUTION_RESERVE("Запас до срока ответа после срока соисполнителей", EnumSet.of(Regime.APPEAL_59FZ)),
    /** How long after a missed term the escalation goes to the second level. */
    ESCALATION_SECOND_LEVEL("Эскалация второго уровня после срока", EnumSet.allOf(Regime.class));

    private final String title;
    private final Set<Regime> regimes;

    TermKind(String title, Set<Regime> regimes) {
        this.title = title;
        this.regimes = regimes;
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }

    public boolean appliesTo(Regime regime) {
        return regimes.contains(regime);
    }
}
