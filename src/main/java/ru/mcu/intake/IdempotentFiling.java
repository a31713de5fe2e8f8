package ru.mcu.intake;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseFiling;
import ru.mcu.cases.Channel;

/**
 * Files a case once per channel and external id: a repeat answers the case filed before,
 * also when both arrive at the same moment (the unique constraint decides, the loser reads
 * the winner's case).
 */
@Component
class IdempotentFiling {

    private final CaseFiling filing;

    IdempotentFiling(CaseFiling filing) {
        this.filing = filing;
    }

    IntakeResult file(Channel channel, String externalId, Supplier<ru.mcu.cases.NewCase> newCase) {
        Optional<Case> earlier = filing.findDuplicate(channel, externalId);
        if (earlier.isPresent()) {
            return new IntakeResult(earlier.get(), false);
        }
        try {
            return new IntakeResult(filing.file(newCase.get()), true);
        } catch (DataIntegrityViolationException e) {
            return filing.findDuplicate(channel, externalId)
                    .map(c -> new IntakeResult(c, false))
                    .orElseThrow(() -> e);
        }
    }
}
