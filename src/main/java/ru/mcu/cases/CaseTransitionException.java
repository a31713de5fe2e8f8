package ru.mcu.cases;

/** A step that the case's current status does not allow, e.g. answering a closed case. */
public class CaseTransitionException extends IllegalStateException {

    public CaseTransitionException(String message) {
        super(message);
    }
}
