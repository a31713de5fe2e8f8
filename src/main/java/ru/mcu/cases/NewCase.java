package ru.mcu.cases;

import java.time.Instant;

/**
 * A case as a channel delivers it, already validated.
 *
 * @param source what the channel says about where the case comes from: ПОС categories, the
 *               social network and post of an incident, its importance; may be {@link Source#NONE}
 */
public record NewCase(Channel channel, String externalId, AppealKind kind, Citizen citizen, String text,
                      Place place, Instant receivedAt, Source source) {

    public NewCase(Channel channel, String externalId, AppealKind kind, Citizen citizen, String text,
                   Place place, Instant receivedAt) {
        this(channel, externalId, kind, citizen, text, place, receivedAt, Source.NONE);
    }

    /** Channel-specific details of a case's origin. */
    public record Source(String category, String subcategory, Importance importance, String network, String url) {
        public static final Source NONE = new Source(null, null, null, null, null);
    }
}
