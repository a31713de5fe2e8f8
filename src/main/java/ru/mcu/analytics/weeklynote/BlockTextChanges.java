package ru.mcu.analytics.weeklynote;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change of a block text together with the rebuild of the week's draft note, in one
 * transaction: a text is never saved without the draft carrying it, nor the other way round.
 */
@Service
@Transactional
class BlockTextChanges {

    private final BlockTexts texts;
    private final WeeklyNotes notes;

    BlockTextChanges(BlockTexts texts, WeeklyNotes notes) {
        this.texts = texts;
        this.notes = notes;
    }

    /** A block head writes (or rewrites) his department's text; the draft is rebuilt with it. */
    void write(LocalDate monday, String department, String body, String author, Collection<String> groups) {
        texts.write(monday, department, body, author, groups);
        notes.refresh(monday);
    }

    /** The head of the МЦУ returns a text for correction; the draft is rebuilt without it. */
    void giveBack(LocalDate monday, String department, String comment, String reviewer) {
        texts.returnForCorrection(monday, department, comment, reviewer);
        notes.refresh(monday);
    }
}
