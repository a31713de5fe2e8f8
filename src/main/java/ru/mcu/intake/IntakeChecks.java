package ru.mcu.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.mcu.directory.Directory;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The checks every channel's request goes through, collected so that one answer names every
 * wrong field: bean constraints, text length, reference codes, instants not in the future.
 */
@Component
class IntakeChecks {

    /** How far in the future an instant may lie, for clocks that are slightly off. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Validator validator;
    private final Directory directory;
    private final Clock clock;
    private final int maxTextLength;

    IntakeChecks(Validator validator, Directory directory, Clock clock,
                 @Value("${mcu.api.max-text-length:20000}") int maxTextLength) {
        this.validator = validator;
        this.directory = directory;
        this.clock = clock;
        this.maxTextLength = maxTextLength;
    }

    /** Starts the list of errors with the bean constraints of {@code request}. */
    <T> List<FieldError> constraints(T request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        return errors;
    }

    void text(List<FieldError> errors, String text) {
        if (text != null && text.length() > maxTextLength) {
            errors.add(new FieldError("text", "Текст длиннее " + maxTextLength + " символов"));
        }
    }

    void rubric(List<FieldError> errors, String rubric) {
        if (rubric != null && directory.rubric(rubric).isEmpty()) {
            errors.add(new FieldError("rubric", "Неизвестная рубрика: " + rubric));
        }
    }

    void district(List<FieldError> errors, String district) {
        if (district != null && directory.district(district).isEmpty()) {
            errors.add(new FieldError("district", "Неизвестный район: " + district));
        }
    }

    void notInFuture(List<FieldError> errors, String field, OffsetDateTime instant) {
        if (instant != null && instant.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            errors.add(new FieldError(field, "Момент не может быть в будущем"));
        }
    }

    /** Answers 400 with every error, sorted by field, if there is any. */
    void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInput(errors);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
