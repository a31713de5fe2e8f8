package ru.mcu.routing;

import java.util.List;

/**
 * A routing table as a manager uploaded it, checked: its decision key, its XML and its rules in
 * the order hit policy FIRST reads them.
 */
record TableFile(String fileName, String xml, String hitPolicy, List<Rule> rules) {

    /** One rule: its place (1-based), id, description, its input entries in the inputs' order, and the department it gives (the output's text). */
    record Rule(int index, String id, String description, List<String> entries, String output) {

        /** How the page names the rule: «№3 Светофоры и знаки» or its id. */
        String label() {
            return "№" + index + (description == null || description.isBlank() ? " (" + id + ")" : " " + description);
        }
    }
}
