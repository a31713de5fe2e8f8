package ru.mcu.cases;

import java.util.List;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * A value given for a case is not acceptable (an unknown rubric, a missing answer). Names the
 * field so that an API caller or a clerk in Tasklist can fix it; the message is the field's
 * message, for people.
 */
public class InvalidCaseDataException extends InvalidInput {

    private final String field;

    public InvalidCaseDataException(String field, String message) {
        super(message, List.of(new FieldError(field, message)));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
