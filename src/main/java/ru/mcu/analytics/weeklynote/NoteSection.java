package ru.mcu.analytics.weeklynote;

import java.util.List;
import ru.mcu.analytics.Period;

/**
 * A section of the weekly note contributed by another module (the МЦУ's registers, for one),
 * added after the note's own sections in both the HTML and the PDF, in the order of the beans'
 * {@code @Order}. It is asked for its content when the note's documents are made, so the
 * archived note keeps what it said then. It names departments and organisations, never
 * citizens.
 */
public interface NoteSection {

    /** The section's content for the week. */
    Content content(Period week);

    /** A heading (numbered by the note) and its tables. */
    record Content(String title, List<Table> tables) {
    }

    /**
     * A table with a caption; when it has no rows, the note prints {@code empty} instead.
     *
     * @param widths the columns' relative widths in the PDF, one per header
     */
    record Table(String caption, List<String> headers, List<Float> widths, List<List<String>> rows, String empty) {
    }
}
