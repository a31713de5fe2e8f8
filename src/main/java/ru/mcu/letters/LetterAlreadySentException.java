package ru.mcu.letters;

import java.time.LocalDate;

/** A letter already marked as handed to the post cannot be marked again. */
public class LetterAlreadySentException extends RuntimeException {

    private final LocalDate sentOn;

    LetterAlreadySentException(String number, LocalDate sentOn) {
        super("Letter " + number + " was already sent on " + sentOn);
        this.sentOn = sentOn;
    }

    public LocalDate sentOn() {
        return sentOn;
    }
}
