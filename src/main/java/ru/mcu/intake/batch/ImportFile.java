package ru.mcu.intake.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file: its name, its format and its bytes, kept in memory until its job has run.
 * The text is UTF-8, with or without a byte order mark; anything else is refused whole.
 */
record ImportFile(String name, ImportFormat format, byte[] content) {

    private static final char BOM = '\uFEFF';

    /**
     * A file whose format is declared by the content type or the name, or seen in the text; a
     * file without a name (a request body) is named after its format.
     */
    static ImportFile of(String name, String contentType, byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).replace(String.valueOf(BOM), "");
        ImportFormat format = ImportFormat.of(contentType, name, start);
        return new ImportFile(name != null ? name : "request-body." + format.name().toLowerCase(java.util.Locale.ROOT), format, content);
    }

    /** Reads the rows of the file as the rows of {@code channel}. */
    SourceRows rows(ImportChannel channel, ObjectMapper json) {
        Reader text = text();
        return switch (format) {
            case JSON -> new JsonRows(text, json);
            case CSV -> new CsvRows(text, channel.columns(), json);
        };
    }

    /** Reads every row once, so that a file broken as a whole is refused before any row is filed; answers the row count. */
    int countRows(ImportChannel channel, ObjectMapper json) {
        int count = 0;
        try (SourceRows rows = rows(channel, json)) {
            while (rows.next() != null) {
                count++;
            }
        }
        if (count == 0) {
            throw new ImportFileException("В файле нет ни одной строки для импорта");
        }
        return count;
    }

    String sha256() {
        return sha256(content);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Reader text() {
        Reader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
        } catch (IOException e) {
            throw readFailure(e);
        }
        return reader;
    }

    /** What to tell the uploader when the text cannot be read. */
    static RuntimeException readFailure(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new ImportFileException("Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8» или JSON в UTF-8");
        }
        return new UncheckedIOException(e);
    }
}
