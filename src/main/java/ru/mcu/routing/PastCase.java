package ru.mcu.routing;

/**
 * A past case as a dry run sees it: the routing table's inputs when it was routed (recorded, or
 * rebuilt from the case for cases routed before the inputs were recorded), the department the
 * rules gave it then, the department that answers it now, whether it was returned as «не наше»
 * and whether it went overdue. No personal data: the text is only evaluated, never shown.
 */
record PastCase(String number, String topic, String rubric, String district, String text, boolean recorded,
                boolean textErased, String ruleDepartment, String department, int reroutes, boolean overdue) {
}
