package ru.mcu.intake.batch;

/** The rows of a file, read one at a time. */
interface SourceRows extends AutoCloseable {

    /** The next row, or {@code null} after the last one; {@link ImportFileException} when the file breaks off. */
    SourceRow next();

    @Override
    void close();
}
