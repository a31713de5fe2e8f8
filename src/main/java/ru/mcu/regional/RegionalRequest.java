package ru.mcu.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One request of the regional ЦУР for materials, as read.
 *
 * @param termWorkingDays the working days the term was computed from; null when the term was entered as a date
 * @param responsibleDepartment code of the department that answers, or null
 * @param responsiblePerson the person who answers (name, post), or null
 */
public record RegionalRequest(long id, LocalDate receivedOn, String incomingNumber, String subject, Integer termWorkingDays,
                              LocalDate dueOn, String responsibleDepartment, String responsibleDepartmentName,
                              String responsiblePerson, String answerText, LocalDate answeredOn,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, List<FileInfo> files) {

    /** A file of the request, without its content. */
    public record FileInfo(long id, String name, String type, long size, Instant uploadedAt, String uploadedBy) {
    }

    /** «отвечен» once the answer date is set; «просрочен» when the term has passed before {@code today}; else «в работе». */
    public RequestStatus status(LocalDate today) {
        if (answeredOn != null) {
            return RequestStatus.ANSWERED;
        }
        return today.isAfter(dueOn) ? RequestStatus.OVERDUE : RequestStatus.IN_WORK;
    }

    /** Whether the answer was given after the term. */
    public boolean answeredLate() {
        return answeredOn != null && answeredOn.isAfter(dueOn);
    }

    /** The department's name and the person, as the list shows who answers. */
    public String responsible() {
        if (responsibleDepartmentName != null && responsiblePerson != null) {
            return responsibleDepartmentName + " — " + responsiblePerson;
        }
        return responsibleDepartmentName != null ? responsibleDepartmentName : responsiblePerson;
    }
}
