package ru.mcu.cases;

import java.time.Instant;

/** A case as a channel delivers it, already validated. */
public record NewCase(Channel channel, String externalId, AppealKind kind, Citizen citizen, String text,
                      Place place, Instant receivedAt) {
}
