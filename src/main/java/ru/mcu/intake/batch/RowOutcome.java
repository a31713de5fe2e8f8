package ru.mcu.intake.batch;

import java.util.List;
import ru.mcu.platform.FieldError;

/**
 * What became of one row: a case created now, a case found as filed before, or a rejection
 * with every reason.
 */
record RowOutcome(Result result, int rowNumber, String externalId, List<FieldError> errors) {

    enum Result { CREATED, ALREADY_PRESENT, REJECTED }

    static RowOutcome filed(boolean created, int rowNumber, String externalId) {
        return new RowOutcome(created ? Result.CREATED : Result.ALREADY_PRESENT, rowNumber, externalId, List.of());
    }

    static RowOutcome rejected(int rowNumber, String externalId, List<FieldError> errors) {
        return new RowOutcome(Result.REJECTED, rowNumber, externalId, List.copyOf(errors));
    }
}
