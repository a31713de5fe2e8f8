package ru.mcu.platform;

import java.util.List;

/**
 * Input that fails validation, with every wrong field named. Thrown by the modules' services
 * whoever called them: the API's exception handler answers it 400 with the fields listed, a page
 * shows each message next to its field. Nothing here knows HTTP.
 */
public class InvalidInput extends IllegalArgumentException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        this("Invalid request: " + errors, errors);
    }

    /** One wrong field. */
    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** For subtypes whose message is itself meant for people. */
    protected InvalidInput(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
