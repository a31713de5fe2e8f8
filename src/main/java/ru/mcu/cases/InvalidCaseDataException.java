package ru.mcu.cases;

/**
 * A value given for a case is not acceptable (an unknown rubric, a missing answer). Names the
 * field so that an API caller or a clerk in Tasklist can fix it.
 */
public class InvalidCaseDataException extends IllegalArgumentException {

    private final String field;

    public InvalidCaseDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
