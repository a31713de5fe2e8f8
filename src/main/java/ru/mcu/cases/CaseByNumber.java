package ru.mcu.cases;

import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks a case up by its number, its natural id. One intake or one task completion looks the
 * same case up several times (routing, terms, the card, the history); only the first lookup in
 * a transaction reads the database, the later ones are answered from the persistence context
 * without a query (and without the flush a query would force first). Called outside a
 * transaction, it opens a read-only one: the session the lookup goes through must stay open
 * while it reads.
 */
public interface CaseByNumber {

    @Transactional(readOnly = true)
    Optional<Case> findByNumber(String number);
}
