package ru.mcu.registers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/** Collects every wrong field of one request, then answers them all at once (400 naming each field). */
final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    /** Trimmed text, required, at most {@code max} characters; null when wrong. */
    String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "Обязательное поле");
            return null;
        }
        return optional(field, value, max);
    }

    /** Trimmed text or null when blank, at most {@code max} characters. */
    String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.indexOf('\0') >= 0) {
            add(field, "Недопустимый символ (NUL)");
            return null;
        }
        if (v.length() > max) {
            add(field, "Не длиннее " + max + " символов (сейчас " + v.length() + ")");
            return null;
        }
        return v;
    }

    /** A local day {@code 2026-12-01}, or null when blank (an error when required). */
    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "Укажите дату");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "Ожидается дата ГГГГ-ММ-ДД: " + value.strip());
            return null;
        }
    }

    /** One of an enum's values by name, or {@code otherwise} when blank. */
    <E extends Enum<E> & Titled> E choice(String field, String value, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            if (otherwise == null) {
                add(field, "Выберите значение");
            }
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name() + " (" + c.title() + ")");
            }
            add(field, "Недопустимое значение «" + value.strip() + "». Допустимые значения: " + String.join(", ", allowed));
            return null;
        }
    }

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Throws the 400 with every wrong field, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static InvalidInput one(String field, String message) {
        return new InvalidInput(field, message);
    }

    /** A status or a kind with its Russian name. */
    interface Titled {
        String title();
    }
}
