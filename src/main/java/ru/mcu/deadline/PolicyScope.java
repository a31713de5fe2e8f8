package ru.mcu.deadline;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;

/** What a policy is for: a regime or a channel, optionally a rubric, and the term kind. */
@Embeddable
record PolicyScope(@Enumerated(EnumType.STRING) Regime regime,
                   @Enumerated(EnumType.STRING) Channel channel,
                   String rubric,
                   @Enumerated(EnumType.STRING) TermKind termKind) {

    static PolicyScope of(DeadlinePolicy policy) {
        return new PolicyScope(policy.regime(), policy.channel(), policy.rubric(), policy.kind());
    }
}
