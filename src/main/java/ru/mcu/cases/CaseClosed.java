package ru.mcu.cases;

/**
 * Published, inside the transaction, when a case is closed; the notification module turns it
 * into the citizen's e-mail.
 */
public record CaseClosed(String caseNumber, Resolution resolution) {
}
