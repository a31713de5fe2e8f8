package ru.mcu.analytics.cases;

import java.time.Instant;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Resolution;

/**
 * A case as analytics shows and exports it: number, channel, topic, place by district, the
 * department, terms, outcome and rating. Deliberately without the citizen, the text, the
 * address and the answer: nothing here identifies a person.
 */
public record CaseRow(String number, Channel channel, String kind, String rubricCode, String rubricName,
                      String districtCode, String districtName, String departmentCode, String departmentName,
                      Instant receivedAt, Instant registeredAt, Instant firstReactionAt, Instant answeredAt, Instant closedAt,
                      Instant registrationDueAt, Instant answerDueAt, Instant overdueSince, int extensionDays,
                      String status, String resolution, int rerouteCount, int reworkCount,
                      Integer ratingScore, Instant ratedAt, String mainCaseNumber) {

    /** Answered after its term, or open past it at {@code now}. */
    public boolean overdueAt(Instant now) {
        if (answerDueAt == null) {
            return false;
        }
        if (answeredAt != null) {
            return answeredAt.isAfter(answerDueAt);
        }
        return closedAt == null && now.isAfter(answerDueAt);
    }

    /** The status as people read it, tolerant of statuses other modules add later. */
    public String statusTitle() {
        return title(CaseStatus.class, status);
    }

    /** The outcome as people read it; empty while open. */
    public String resolutionTitle() {
        return title(Resolution.class, resolution);
    }

    private static <E extends Enum<E>> String title(Class<E> type, String code) {
        if (code == null) {
            return "";
        }
        try {
            E value = Enum.valueOf(type, code);
            return value instanceof CaseStatus s ? s.title() : ((Resolution) value).title();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
