package ru.mcu.platform.web;

import java.util.List;

/** Input that fails validation: answered 400 with every wrong field listed. */
public class BadRequestException extends RuntimeException {

    private final List<ApiError.FieldError> errors;

    public BadRequestException(List<ApiError.FieldError> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<ApiError.FieldError> errors() {
        return errors;
    }
}
