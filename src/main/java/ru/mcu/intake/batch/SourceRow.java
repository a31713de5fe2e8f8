package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of a file, before any check: its number as people find it in the file (the line of
 * a CSV file, the position in a JSON array, from 1), and its fields in the API's JSON shape,
 * or why the row could not even be read.
 */
record SourceRow(int number, ObjectNode fields, String malformed) {

    static SourceRow of(int number, ObjectNode fields) {
        return new SourceRow(number, fields, null);
    }

    static SourceRow malformed(int number, String reason) {
        return new SourceRow(number, null, reason);
    }

    boolean isMalformed() {
        return malformed != null;
    }
}
