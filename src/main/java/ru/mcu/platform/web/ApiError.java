package ru.mcu.platform.web;

import java.util.List;

/**
 * The JSON body of every error the application's API answers: the HTTP status, a message for
 * people and, for bad input, one entry per wrong field.
 */
public record ApiError(int status, String error, String message, List<FieldError> errors) {

    /** One wrong field: its path in the request ({@code citizen.email}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
