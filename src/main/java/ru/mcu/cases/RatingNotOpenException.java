package ru.mcu.cases;

/**
 * The answer of a case cannot be rated now: there is no answer yet, or it was rated already.
 * The message, in Russian, names the state a rating needs and the state the case is in.
 */
public class RatingNotOpenException extends CaseTransitionException {

    public RatingNotOpenException(String message) {
        super(message);
    }
}
