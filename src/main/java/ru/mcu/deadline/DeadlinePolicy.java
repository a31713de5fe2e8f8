package ru.mcu.deadline;

import java.time.Instant;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;

/**
 * One deadline policy: the term of a kind for a scope (a regime or one channel), for every rubric
 * or for one rubric (a top-level code covers its sub-rubrics). The defaults (a regime, every
 * rubric) cannot be removed, only changed.
 *
 * @param id        the policy's number
 * @param regime    the regime, or null when the policy is for a channel
 * @param channel   the channel, or null when the policy is for a regime
 * @param rubric    the rubric code, or null for every rubric
 * @param kind      which term
 * @param term      the rule
 * @param isDefault a regime's default
 * @param updatedAt last change
 * @param updatedBy who changed it last
 */
public record DeadlinePolicy(long id, Regime regime, Channel channel, String rubric, TermKind kind, TermSpec term,
                             boolean isDefault, Instant updatedAt, String updatedBy) {

    /** The regime the policy applies in. */
    public Regime effectiveRegime() {
        return channel != null ? channel.regime() : regime;
    }

    /** The scope in Russian: "59-ФЗ", "канал «ЕПГУ»", with the rubric when there is one. */
    public String scopeTitle() {
        return scopeTitle(regime, channel, rubric);
    }

    static String scopeTitle(Regime regime, Channel channel, String rubric) {
        String scope = channel != null ? "канал «" + channel.title() + "»" : regimeTitle(regime);
        return rubric == null ? scope : scope + ", рубрика " + rubric;
    }

    /** The regime's name in Russian. */
    public static String regimeTitle(Regime regime) {
        return switch (regime) {
            case APPEAL_59FZ -> "Обращения (59-ФЗ)";
            case POS -> "Сообщения ПОС";
            case INCIDENT -> "Инциденты";
        };
    }
}
