package ru.mcu.intake;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.attachments.CaseAttachments;
import ru.mcu.attachments.CheckedFile;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseFiling;
import ru.mcu.cases.Channel;

/**
 * Files a case once per channel and external id: a repeat answers the case filed before,
 * also when both arrive at the same moment (the unique constraint decides, the loser reads
 * the winner's case). The case, its process and its files are written in one transaction.
 */
@Component
class IdempotentFiling {

    private final CaseFiling filing;
    private final CaseAttachments attachments;
    private final TransactionTemplate transactions;

    IdempotentFiling(CaseFiling filing, CaseAttachments attachments, TransactionTemplate transactions) {
        this.filing = filing;
        this.attachments = attachments;
        this.transactions = transactions;
    }

    IntakeResult file(Channel channel, String externalId, Supplier<ru.mcu.cases.NewCase> newCase, List<CheckedFile> files) {
        try {
            // the look for an earlier case and the filing share one transaction: one begin and commit per appeal, not two
            return transactions.execute(status -> {
                Optional<Case> earlier = filing.findDuplicate(channel, externalId);
                if (earlier.isPresent()) {
                    return new IntakeResult(earlier.get(), false);
                }
                Case filed = filing.file(newCase.get());
                attachments.attachToFiled(filed, files);
                return new IntakeResult(filed, true);
            });
        } catch (DataIntegrityViolationException e) {
            return filing.findDuplicate(channel, externalId)
                    .map(c -> new IntakeResult(c, false))
                    .orElseThrow(() -> e);
        }
    }
}
