package ru.mcu.platform;

/**
 * One wrong field of some input: its path ({@code citizen.email}, {@code rows[3].rubric}) and
 * what is wrong with it, in Russian, for the person who gave the input.
 */
public record FieldError(String field, String message) {
}
