package ru.mcu.letters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * What the registrar enters when he hands a letter to the post: the date (not before the
 * letter's date, not in the future) and the postal tracking number if the letter is registered
 * mail (Russian Post: 14 digits for a domestic item, or {@code RA123456789RU} for an
 * international one).
 */
record SentMark(LocalDate sentOn, String trackingNumber) {

    private static final Pattern DOMESTIC = Pattern.compile("\\d{14}");
    private static final Pattern INTERNATIONAL = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");

    /** Every wrong field at once, as {@link InvalidInput}. */
    static SentMark parse(String sentOn, String trackingNumber, LocalDate letterDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        if (sentOn == null || sentOn.isBlank()) {
            errors.add(new FieldError("sentOn", "Укажите дату отправки"));
        } else {
            try {
                date = LocalDate.parse(sentOn.strip());
                if (date.isBefore(letterDate)) {
                    errors.add(new FieldError("sentOn", "Дата отправки не может быть раньше даты письма ("
                            + letterDate.format(Letters.DATE) + ")"));
                } else if (date.isAfter(today)) {
                    errors.add(new FieldError("sentOn", "Дата отправки не может быть позже сегодняшнего дня ("
                            + today.format(Letters.DATE) + ")"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("sentOn", "Дата отправки — в формате ГГГГ-ММ-ДД, например " + today));
            }
        }
        String tracking = trackingNumber == null ? null : trackingNumber.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (tracking != null && tracking.isEmpty()) {
            tracking = null;
        }
        if (tracking != null && !DOMESTIC.matcher(tracking).matches() && !INTERNATIONAL.matcher(tracking).matches()) {
            errors.add(new FieldError("trackingNumber",
                    "Почтовый идентификатор — 14 цифр (внутреннее отправление) или 13 знаков вида RA123456789RU; оставьте пустым для простого письма"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new SentMark(date, tracking);
    }
}
