package ru.mcu.cases.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEvent;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;

/** A case as the API shows it; instants in the administration's zone with their offset. */
public record CaseView(
        String number,
        String channel,
        String kind,
        String status,
        String statusTitle,
        String resolution,
        String resolutionTitle,
        CitizenView citizen,
        String text,
        String rubric,
        String rubricName,
        String district,
        String districtName,
        String address,
        LocationView location,
        OffsetDateTime receivedAt,
        OffsetDateTime registeredAt,
        OffsetDateTime answeredAt,
        OffsetDateTime closedAt,
        String department,
        String departmentName,
        String answer,
        String forwardedTo,
        int rerouteCount,
        String processInstanceId,
        TermView term,
        SourceView source,
        RatingView rating,
        String accessCode,
        List<EventView> history) {

    /** Where a ПОС message or an incident comes from. */
    public record SourceView(String category, String subcategory, String importance, String network, String url) {
    }

    /** The author's rating of the answer, and how many times the case went back for rework. */
    public record RatingView(Integer score, String comment, OffsetDateTime ratedAt, int reworkCount) {
    }

    /** The same view with the citizen's access code, given once when the case is filed. */
    public CaseView withAccessCode(String code) {
        return new CaseView(number, channel, kind, status, statusTitle, resolution, resolutionTitle, citizen, text, rubric,
                rubricName, district, districtName, address, location, receivedAt, registeredAt, answeredAt, closedAt,
                department, departmentName, answer, forwardedTo, rerouteCount, processInstanceId, term, source, rating,
                code, history);
    }

    /** The same view without the citizen's personal data, for those who do not handle the case. */
    public CaseView withoutPersonalData() {
        return new CaseView(number, channel, kind, status, statusTitle, resolution, resolutionTitle, null, text, rubric,
                rubricName, district, districtName, address, location, receivedAt, registeredAt, answeredAt, closedAt,
                department, departmentName, answer, forwardedTo, rerouteCount, processInstanceId, term, source, rating,
                accessCode, history);
    }

    /**
     * The term that applies now (registration before registration, the answer term after),
     * the time left (negative when late) and whether the case is overdue.
     */
    public record TermView(OffsetDateTime registrationDueAt, OffsetDateTime answerDueAt, OffsetDateTime currentTerm,
                           Long secondsLeft, String timeLeft, boolean overdue, OffsetDateTime overdueSince,
                           int extensionDays, boolean suspended, List<SuspensionView> suspensions,
                           List<ExtensionView> extensions) {
    }

    /** A period when the clock stood still. */
    public record SuspensionView(OffsetDateTime from, OffsetDateTime to, String reason, String by) {
    }

    /** An extension request and its decision. */
    public record ExtensionView(OffsetDateTime requestedAt, String requestedBy, int days, String reason,
                                Boolean approved, String decidedBy, String comment) {
    }

    /** The citizen's data. */
    public record CitizenView(String fullName, String postalAddress, String email, String phone) {
    }

    /** Coordinates, WGS 84. */
    public record LocationView(double lat, double lon) {
    }

    /** One step of the history. */
    public record EventView(OffsetDateTime at, String actor, String type, String description, String reason) {
    }

    public static CaseView of(Case c, Directory directory, boolean withHistory, Instant now) {
        return new CaseView(
                c.getNumber(),
                c.getChannel().name(),
                c.getKind() == null ? null : c.getKind().name(),
                c.getStatus().name(),
                c.getStatus().title(),
                c.getResolution() == null ? null : c.getResolution().name(),
                c.getResolution() == null ? null : c.getResolution().title(),
                new CitizenView(c.getCitizen().getFullName(), c.getCitizen().getPostalAddress(),
                        c.getCitizen().getEmail(), c.getCitizen().getPhone()),
                c.getText(),
                c.getRubricCode(),
                c.getRubricCode() == null ? null : directory.rubricName(c.getRubricCode()),
                c.getDistrictCode(),
                c.getDistrictCode() == null ? null : directory.districtName(c.getDistrictCode()),
                c.getAddress(),
                c.getLatitude() == null || c.getLongitude() == null ? null : new LocationView(c.getLatitude(), c.getLongitude()),
                local(c.getReceivedAt()),
                local(c.getRegisteredAt()),
                local(c.getAnsweredAt()),
                local(c.getClosedAt()),
                c.getDepartmentCode(),
                c.getDepartmentCode() == null ? null : directory.departmentName(c.getDepartmentCode()),
                c.getAnswerText(),
                c.getForwardedTo(),
                c.getRerouteCount(),
                c.getProcessInstanceId(),
                term(c, now, withHistory),
                c.getPos().getCategory() == null && c.getIncident().getSourceUrl() == null && c.getIncident().getImportance() == null ? null
                        : new SourceView(c.getPos().getCategory(), c.getPos().getSubcategory(), c.getIncident().getImportance() == null ? null : c.getIncident().getImportance().name(),
                        c.getIncident().getSourceNetwork(), c.getIncident().getSourceUrl()),
                c.getRatingScore() == null && c.getPos().getReworkCount() == 0 ? null
                        : new RatingView(c.getRatingScore(), c.getRatingComment(), local(c.getRatedAt()), c.getPos().getReworkCount()),
                null,
                withHistory ? c.getEvents().stream().map(CaseView::event).toList() : null);
    }

    private static TermView term(Case c, Instant now, boolean details) {
        Instant current = c.currentTerm();
        boolean closed = c.isClosed();
        Long secondsLeft = current == null || closed ? null : java.time.Duration.between(now, current).getSeconds();
        return new TermView(local(c.getRegistrationDueAt()), local(c.getAnswerDueAt()), local(current), secondsLeft,
                closed || current == null ? null : ru.mcu.cases.TermText.timeLeft(current, now),
                c.isOverdue(now), local(c.getOverdueSince()), c.getExtensionDays(),
                c.getStatus() == ru.mcu.cases.CaseStatus.SUSPENDED,
                details ? c.getSuspensions().stream().map(s -> new SuspensionView(local(s.getSuspendedAt()), local(s.getResumedAt()),
                        s.getReason(), s.getSuspendedBy())).toList() : null,
                details ? c.getExtensions().stream().map(e -> new ExtensionView(local(e.getRequestedAt()), e.getRequestedBy(),
                        e.getDays(), e.getReason(), e.getApproved(), e.getDecidedBy(), e.getComment())).toList() : null);
    }

    private static EventView event(CaseEvent e) {
        return new EventView(local(e.getOccurredAt()), e.getActor(), e.getType().name(), e.getDescription(), e.getReason());
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(LocalZone.ZONE).toOffsetDateTime();
    }
}
