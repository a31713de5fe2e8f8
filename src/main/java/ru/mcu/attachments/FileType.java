package ru.mcu.attachments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The types of files a case accepts, each recognised by its content ({@link Magic}), never by
 * its name or declared type alone. PDF, JPEG and PNG may be shown in the browser; the others
 * are always downloaded.
 */
public enum FileType {

    PDF("application/pdf", true, List.of("pdf"), Set.of("application/x-pdf")),
    JPEG("image/jpeg", true, List.of("jpg", "jpeg", "jpe", "jfif"), Set.of("image/jpg", "image/pjpeg")),
    PNG("image/png", true, List.of("png"), Set.of("image/x-png")),
    HEIC("image/heic", false, List.of("heic", "heif"), Set.of("image/heif", "image/heic-sequence", "image/heif-sequence")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, List.of("docx"), Set.of()),
    ODT("application/vnd.oasis.opendocument.text", false, List.of("odt"), Set.of()),
    TXT("text/plain", false, List.of("txt"), Set.of());

    private final String mediaType;
    private final boolean inline;
    private final List<String> extensions;
    private final Set<String> aliases;

    FileType(String mediaType, boolean inline, List<String> extensions, Set<String> aliases) {
        this.mediaType = mediaType;
        this.inline = inline;
        this.extensions = extensions;
        this.aliases = aliases;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the browser may show the file itself (PDF and pictures it can display); never HTML, SVG or an executable. */
    public boolean inline() {
        return inline;
    }

    /** The file name extensions of the type, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a declared media type names ({@code image/jpg} is JPEG), parameters ignored. */
    static Optional<FileType> ofMediaType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(type) || t.aliases.contains(type)).findFirst();
    }

    /** The type a file name's extension names. */
    static Optional<FileType> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(e)).findFirst();
    }

    /** «PDF, JPEG, PNG…» for messages. */
    static String names(Set<FileType> types) {
        return Arrays.stream(values()).filter(types::contains).map(Enum::name).collect(Collectors.joining(", "));
    }
}
