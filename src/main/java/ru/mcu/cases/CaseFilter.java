package ru.mcu.cases;

import java.time.Instant;

/** Filters for the case list; every field optional. Period is on the receipt instant, [from, to). */
public record CaseFilter(CaseStatus status, String department, String rubric, Channel channel, Instant from, Instant to) {
}
