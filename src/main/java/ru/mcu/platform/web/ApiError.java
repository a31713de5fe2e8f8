package ru.mcu.platform.web;

import java.util.List;
import ru.mcu.platform.FieldError;

/**
 * The JSON body of every error the application's API answers: the HTTP status, a message for
 * people and, for bad input, one entry per wrong field ({@link FieldError}: {@code field},
 * {@code message}).
 */
public record ApiError(int status, String error, String message, List<FieldError> errors) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
