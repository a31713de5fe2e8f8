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
        List<EventView> history) {

    /** The citizen's data. */
    public record CitizenView(String fullName, String postalAddress, String email, String phone) {
    }

    /** Coordinates, WGS 84. */
    public record LocationView(double lat, double lon) {
    }

    /** One step of the history. */
    public record EventView(OffsetDateTime at, String actor, String type, String description, String reason) {
    }

    public static CaseView of(Case c, Directory directory, boolean withHistory) {
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
                withHistory ? c.getEvents().stream().map(CaseView::event).toList() : null);
    }

    private static EventView event(CaseEvent e) {
        return new EventView(local(e.getOccurredAt()), e.getActor(), e.getType().name(), e.getDescription(), e.getReason());
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(LocalZone.ZONE).toOffsetDateTime();
    }
}
