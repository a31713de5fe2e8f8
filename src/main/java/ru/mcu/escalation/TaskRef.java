package ru.mcu.escalation;

import java.util.List;

/**
 * The open task a term concerns, as the escalation needs it: for the link to Tasklist and to
 * know who works on it.
 */
public record TaskRef(String id, String name, String assignee, List<String> candidateGroups, java.time.Instant due) {
}
