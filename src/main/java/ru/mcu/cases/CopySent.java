package ru.mcu.cases;

/**
 * Published, inside the registration's transaction, when a copy of a registered appeal goes to
 * another competent body (ст. 8 ч. 4 59-ФЗ); the letters module writes its covering letter.
 *
 * @param body the body's name as the registrar gave it
 */
public record CopySent(String caseNumber, String body) {
}
