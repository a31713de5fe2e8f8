package ru.mcu.deadline;

import ru.mcu.cases.Channel.Regime;
import ru.mcu.cases.Importance;

/**
 * The stages each regime's terms follow: the one table the preview ({@link Deadlines#preview})
 * and the terms of a case ({@link CaseTerms}) both read.
 *
 * <ul>
 * <li>59-ФЗ appeal: registration from receipt; forwarding to the competent body from registration;
 * the answer from registration.</li>
 * <li>ПОС message: moderation from receipt; coordination from the acceptance at moderation; the
 * answer from receipt.</li>
 * <li>Incident: triage from receipt; the department's interim answer (shorter when of high
 * importance) from the handover; the answer from receipt.</li>
 * </ul>
 */
public enum RegimeTerms {

    APPEAL(Regime.APPEAL_59FZ, TermKind.REGISTRATION, TermKind.FORWARDING, false),
    POS(Regime.POS, TermKind.MODERATION, TermKind.COORDINATION, true),
    INCIDENT(Regime.INCIDENT, TermKind.TRIAGE, TermKind.INTERIM, true);

    private final Regime regime;
    private final TermKind firstStage;
    private final TermKind secondStage;
    private final boolean secondStageAfterFirst;

    RegimeTerms(Regime regime, TermKind firstStage, TermKind secondStage, boolean secondStageAfterFirst) {
        this.regime = regime;
        this.firstStage = firstStage;
        this.secondStage = secondStage;
        this.secondStageAfterFirst = secondStageAfterFirst;
    }

    public static RegimeTerms of(Regime regime) {
        for (RegimeTerms terms : values()) {
            if (terms.regime == regime) {
                return terms;
            }
        }
        throw new IllegalArgumentException("No terms for " + regime);
    }

    /** The МЦУ's first step, counted from receipt: registration, moderation or triage. */
    public TermKind firstStage() {
        return firstStage;
    }

    /**
     * The step after it: forwarding (59-ФЗ), coordination (ПОС), or the department's interim
     * answer to an incident, which is shorter when the incident is of high importance.
     */
    public TermKind secondStage(Importance importance) {
        return secondStage == TermKind.INTERIM && importance == Importance.HIGH ? TermKind.INTERIM_HIGH : secondStage;
    }

    /**
     * Whether the second step starts when the first one ends (coordination after moderation,
     * the interim answer after triage); a 59-ФЗ appeal's forwarding counts from registration.
     * The preview, which knows only the moment of receipt, counts it from the end of the first
     * term (the latest start) or from receipt (as if the appeal were registered on receipt).
     */
    public boolean secondStageAfterFirst() {
        return secondStageAfterFirst;
    }
}
