package ru.mcu.cases;

import java.time.Instant;

/** Published in the transaction that extends a case's answer term; the citizen is told. */
public record AnswerTermExtended(String caseNumber, int days, Instant newTerm) {
}
