package ru.mcu.intake.batch;

/**
 * A file that cannot be imported as a whole: not UTF-8, not a JSON array, a CSV header with
 * unknown columns. The message is Russian, for the person who uploaded it.
 */
class ImportFileException extends RuntimeException {

    ImportFileException(String message) {
        super(message);
    }
}
