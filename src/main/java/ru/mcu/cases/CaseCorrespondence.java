package ru.mcu.cases;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paper letters to a case's author as the case's history records them: a letter
 * registered with its outgoing number, a letter handed to the post. The letters themselves
 * (their register, text and document) belong to the letters module.
 */
@Service
public class CaseCorrespondence {

    private final CaseRepository cases;
    private final Clock clock;

    CaseCorrespondence(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Records the letter's step in the case's history, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String number, CaseEventType type, String description, String actor) {
        cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number))
                .recordLetter(type, description, actor, clock.instant());
    }

    /** Records that the answer reached its platform (by an adapter or by hand), inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPlacement(String number, String description, String link, String actor) {
        cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number))
                .recordPlacement(description, link, actor, clock.instant());
    }
}
