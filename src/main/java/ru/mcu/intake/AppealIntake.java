package ru.mcu.intake;

import static ru.mcu.intake.IntakeChecks.blankToNull;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import ru.mcu.attachments.CaseAttachments;
import ru.mcu.attachments.CheckedFile;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.NewCase;
import ru.mcu.cases.Place;
import ru.mcu.platform.FieldError;

/**
 * Accepts a 59-ФЗ appeal: validates every field at once, answers a repeat of the same
 * channel and external id with the case filed before, and files the case with its process and
 * its files (scans, photos) in one transaction.
 */
@Service
public class AppealIntake {

    private final IntakeChecks checks;
    private final IdempotentFiling filing;
    private final Clock clock;
    private final CaseAttachments attachments;

    AppealIntake(IntakeChecks checks, IdempotentFiling filing, Clock clock, CaseAttachments attachments) {
        this.checks = checks;
        this.attachments = attachments;
        this.filing = filing;
        this.clock = clock;
    }

    public IntakeResult accept(AppealRequest request) {
        List<FieldError> errors = checks.constraints(request);
        if (request.channel() != null && !request.channel().isAppeal()) {
            errors.add(new FieldError("channel", "Канал " + request.channel()
                    + " не относится к обращениям по 59-ФЗ: допустимы LETTER, EPGU, SITE, RECEPTION"));
        }
        checks.text(errors, request.text());
        checks.rubric(errors, request.rubric());
        checks.district(errors, request.district());
        checks.notInFuture(errors, "receivedAt", request.receivedAt());
        List<CheckedFile> files = attachments.check(request.attachments(), errors);
        checks.throwIfAny(errors);
        return filing.file(request.channel(), blankToNull(request.externalId()), () -> toNewCase(request), files);
    }

    private NewCase toNewCase(AppealRequest r) {
        AppealRequest.CitizenData c = r.citizen();
        Citizen citizen = c == null ? null
                : new Citizen(blankToNull(c.fullName()), blankToNull(c.postalAddress()), blankToNull(c.email()), blankToNull(c.phone()));
        Place place = new Place(r.rubric(), r.district(), blankToNull(r.address()),
                r.location() == null ? null : r.location().lat(), r.location() == null ? null : r.location().lon());
        return new NewCase(r.channel(), blankToNull(r.externalId()), r.kind(), citizen, r.text(), place,
                r.receivedAt() == null ? clock.instant() : r.receivedAt().toInstant());
    }
}
