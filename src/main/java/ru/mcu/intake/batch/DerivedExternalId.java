package ru.mcu.intake.batch;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import ru.mcu.intake.AppealRequest;

/**
 * The external id of an appeal that comes without one: {@code import:} and the SHA-256 of the
 * appeal's normalised content. The same appeal imported again, from the same file or from
 * the other format, gets the same id and so is recognised as filed before.
 *
 * <p>Normalised: every field in a fixed order, text with its whitespace collapsed and trimmed,
 * numbers as numbers ({@code 46.9600} is {@code 46.96}), the moment of receipt as a UTC instant
 * ({@code 10:15+11:00} is {@code 23:15Z} the day before). Any other change makes another appeal.
 */
final class DerivedExternalId {

    static final String PREFIX = "import:";

    private DerivedExternalId() {
    }

    static String of(AppealRequest r) {
        AppealRequest.CitizenData c = r.citizen();
        StringJoiner row = new StringJoiner("\u001F");
        row.add(text(r.channel()))
                .add(text(r.kind()))
                .add(c == null ? "" : text(c.fullName()))
                .add(c == null ? "" : text(c.postalAddress()))
                .add(c == null ? "" : text(c.email()))
                .add(c == null ? "" : text(c.phone()))
                .add(text(r.text()))
                .add(text(r.rubric()))
                .add(text(r.district()))
                .add(text(r.address()))
                .add(r.location() == null ? "" : text(r.location().lat()))
                .add(r.location() == null ? "" : text(r.location().lon()))
                .add(r.receivedAt() == null ? "" : r.receivedAt().toInstant().toString());
        return PREFIX + ImportFile.sha256(row.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip().replaceAll("\\s+", " ");
    }
}
