package ru.mcu.intake;

import static ru.mcu.intake.IntakeChecks.blankToNull;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import ru.mcu.attachments.CaseAttachments;
import ru.mcu.attachments.CheckedFile;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.Importance;
import ru.mcu.cases.NewCase;
import ru.mcu.cases.Place;
import ru.mcu.intake.categories.PosCategories;
import ru.mcu.platform.FieldError;

/**
 * Accepts ПОС messages and incidents: the same checks and idempotency as appeals, on the
 * channel's own fields. A ПОС message's category and subcategory give its rubric through the
 * table «Категории ПОС» ({@link PosCategories}); an unmapped pair leaves it to the moderator.
 */
@Service
public class ChannelIntake {

    private final IntakeChecks checks;
    private final IdempotentFiling filing;
    private final Clock clock;
    private final CaseAttachments attachments;
    private final PosCategories posCategories;

    ChannelIntake(IntakeChecks checks, IdempotentFiling filing, Clock clock, CaseAttachments attachments,
                  PosCategories posCategories) {
        this.checks = checks;
        this.posCategories = posCategories;
        this.attachments = attachments;
        this.filing = filing;
        this.clock = clock;
    }

    public IntakeResult acceptPosMessage(PosMessageRequest r) {
        List<FieldError> errors = checks.constraints(r);
        checks.text(errors, r.text());
        checks.notInFuture(errors, "receivedAt", r.receivedAt());
        List<CheckedFile> files = attachments.check(r.attachments(), errors);
        checks.throwIfAny(errors);
        return filing.file(Channel.POS, r.externalId().trim(), () -> {
            PosMessageRequest.Author a = r.author();
            Citizen author = a == null ? null : new Citizen(blankToNull(a.fullName()), null, blankToNull(a.email()), blankToNull(a.phone()));
            String rubric = posCategories.rubricFor(r.category(), r.subcategory());
            return new NewCase(Channel.POS, r.externalId().trim(), null, author, r.text(), place(rubric, r.address(), r.location()),
                    r.receivedAt() == null ? clock.instant() : r.receivedAt().toInstant(),
                    new NewCase.Source(blankToNull(r.category()), blankToNull(r.subcategory()), null, null, null));
        }, files);
    }

    public IntakeResult acceptIncident(IncidentRequest r) {
        List<FieldError> errors = checks.constraints(r);
        checks.text(errors, r.text());
        checks.notInFuture(errors, "publishedAt", r.publishedAt());
        List<CheckedFile> files = attachments.check(r.attachments(), errors);
        checks.throwIfAny(errors);
        return filing.file(Channel.INCIDENT, r.externalId().trim(), () -> {
            Citizen author = r.author() == null ? null : new Citizen(blankToNull(r.author()), null, null, null);
            return new NewCase(Channel.INCIDENT, r.externalId().trim(), null, author, r.text(), place(null, r.address(), r.location()),
                    r.publishedAt() == null ? clock.instant() : r.publishedAt().toInstant(),
                    new NewCase.Source(null, null, r.importance() == null ? Importance.NORMAL : r.importance(),
                            blankToNull(r.network()), blankToNull(r.url())));
        }, files);
    }

    private static Place place(String rubric, String address, AppealRequest.Location location) {
        return new Place(rubric, null, blankToNull(address),
                location == null ? null : location.lat(), location == null ? null : location.lon());
    }
}
