package ru.mcu.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseFiling;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.NewCase;
import ru.mcu.cases.Place;
import ru.mcu.directory.Directory;
import ru.mcu.platform.web.ApiError.FieldError;
import ru.mcu.platform.web.BadRequestException;

/**
 * Accepts a 59-ФЗ appeal: validates every field at once, answers a repeat of the same
 * channel and external id with the case filed before (also when both arrive at the same
 * moment), and files the case with its process.
 */
@Service
public class AppealIntake {

    /** How far in the future a receipt instant may lie, for clocks that are slightly off. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CaseFiling filing;
    private final Directory directory;
    private final Validator validator;
    private final Clock clock;
    private final int maxTextLength;

    AppealIntake(CaseFiling filing, Directory directory, Validator validator, Clock clock,
                 @Value("${mcu.api.max-text-length:20000}") int maxTextLength) {
        this.filing = filing;
        this.directory = directory;
        this.validator = validator;
        this.clock = clock;
        this.maxTextLength = maxTextLength;
    }

    public IntakeResult accept(AppealRequest request) {
        validate(request);
        Optional<Case> earlier = filing.findDuplicate(request.channel(), request.externalId());
        if (earlier.isPresent()) {
            return new IntakeResult(earlier.get(), false);
        }
        try {
            return new IntakeResult(filing.file(toNewCase(request)), true);
        } catch (DataIntegrityViolationException e) {
            // the same appeal was filed by a concurrent request a moment ago
            return filing.findDuplicate(request.channel(), request.externalId())
                    .map(c -> new IntakeResult(c, false))
                    .orElseThrow(() -> e);
        }
    }

    private void validate(AppealRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<AppealRequest> v : validator.validate(request)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (request.channel() != null && !request.channel().isAppeal()) {
            errors.add(new FieldError("channel", "Канал " + request.channel()
                    + " не относится к обращениям по 59-ФЗ: допустимы LETTER, EPGU, SITE, RECEPTION"));
        }
        if (request.text() != null && request.text().length() > maxTextLength) {
            errors.add(new FieldError("text", "Текст длиннее " + maxTextLength + " символов"));
        }
        if (request.rubric() != null && directory.rubric(request.rubric()).isEmpty()) {
            errors.add(new FieldError("rubric", "Неизвестная рубрика: " + request.rubric()));
        }
        if (request.district() != null && directory.district(request.district()).isEmpty()) {
            errors.add(new FieldError("district", "Неизвестный район: " + request.district()));
        }
        if (request.receivedAt() != null && request.receivedAt().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new FieldError("receivedAt", "Момент поступления не может быть в будущем"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new BadRequestException(errors);
        }
    }

    private NewCase toNewCase(AppealRequest r) {
        AppealRequest.CitizenData c = r.citizen();
        Citizen citizen = c == null ? null
                : new Citizen(blankToNull(c.fullName()), blankToNull(c.postalAddress()), blankToNull(c.email()), blankToNull(c.phone()));
        Place place = new Place(r.rubric(), r.district(), blankToNull(r.address()),
                r.location() == null ? null : r.location().lat(), r.location() == null ? null : r.location().lon());
        Instant receivedAt = r.receivedAt() == null ? clock.instant() : r.receivedAt().toInstant();
        return new NewCase(r.channel(), blankToNull(r.externalId()), r.kind(), citizen, r.text(), place, receivedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
