package ru.mcu.cases;

import java.time.Instant;

/** An open case that may concern the same problem: same rubric, near the same place, recent. */
public record DuplicateCandidate(String number, String address, Integer distanceMeters, Instant receivedAt, CaseStatus status) {

    /** One line for a form: number, place, distance, status. */
    public String describe() {
        return number + " — " + (address == null ? "адрес не указан" : address)
                + (distanceMeters == null ? "" : " (" + distanceMeters + " м)") + ", " + status.title().toLowerCase(java.util.Locale.ROOT);
    }
}
