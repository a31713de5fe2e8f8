package ru.mcu.cases;

/**
 * Published, inside the transaction, when a case reaches a step its author should hear of
 * (accepted, given to a department, answer published, back for rework); the notification
 * module e-mails the author when he gave an address.
 */
public record CaseStatusChanged(String caseNumber, CaseEventType step) {
}
