package ru.mcu.letters;

/** No letter with this id. */
public class LetterNotFoundException extends RuntimeException {

    LetterNotFoundException(long id) {
        super("No letter " + id);
    }
}
