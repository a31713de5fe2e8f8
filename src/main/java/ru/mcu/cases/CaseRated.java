package ru.mcu.cases;

/** Published when the author rates the answer; the workflow lets the process react. */
public record CaseRated(String caseNumber, int score, int round) {
}
