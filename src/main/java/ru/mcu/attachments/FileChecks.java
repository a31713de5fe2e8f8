package ru.mcu.attachments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.mcu.platform.FieldError;

/**
 * The checks of one file, each wrong field named ({@code attachments[1].content}): a known
 * kind, a name, content within the size limit, no program, no web page, a type of the
 * allow-list recognised by the content's first bytes, and a declared type and a name extension
 * that agree with it.
 */
@Component
class FileChecks {

    /** Extensions of programs and scripts: refused whatever the content. */
    private static final Set<String> PROGRAMS = Set.of("exe", "dll", "com", "bat", "cmd", "scr", "msi", "msp", "pif", "ps1", "psm1",
            "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "hta", "cpl", "jar", "class", "sh", "bash", "apk", "app", "lnk", "reg",
            "php", "py", "pl", "rb", "elf", "bin", "run", "deb", "rpm", "dmg", "iso");
    /** Extensions of web pages and pictures that run scripts. */
    private static final Set<String> MARKUP = Set.of("html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl");

    /** The longest file name kept (the column holds 255). */
    static final int MAX_NAME = 255;

    private final AttachmentProperties limits;

    FileChecks(AttachmentProperties limits) {
        this.limits = limits;
    }

    AttachmentProperties limits() {
        return limits;
    }

    /**
     * Decodes base64 content, refusing what is too long before decoding it; null (with an error)
     * when it is missing, not base64 or too large.
     */
    byte[] decode(String prefix, String base64, List<FieldError> errors) {
        if (base64 == null || base64.isBlank()) {
            errors.add(new FieldError(field(prefix, "content"), "Приложите содержимое файла в base64"));
            return null;
        }
        long maxChars = (limits.maxFileSize().toBytes() + 2) / 3 * 4;
        String compact = base64.length() > maxChars * 2 ? null : base64.replaceAll("\\s+", "");
        if (compact == null || compact.length() > maxChars) {
            errors.add(new FieldError(field(prefix, "content"), tooLarge()));
            return null;
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field(prefix, "content"), "Содержимое не в кодировке base64"));
            return null;
        }
    }

    /** The file if every check passes; else null, each problem added to {@code errors}. */
    CheckedFile check(String prefix, String kindCode, String name, String declaredType, byte[] content, List<FieldError> errors) {
        int before = errors.size();
        AttachmentKind kind = null;
        if (kindCode == null || kindCode.isBlank()) {
            errors.add(new FieldError(field(prefix, "kind"), "Укажите вид файла: " + AttachmentKind.codes()));
        } else {
            kind = AttachmentKind.of(kindCode).orElse(null);
            if (kind == null) {
                errors.add(new FieldError(field(prefix, "kind"), "Неизвестный вид файла «" + shorten(kindCode) + "»: допустимы "
                        + AttachmentKind.codes()));
            }
        }
        String fileName = safeName(name);
        String extension = extension(fileName);
        if (fileName == null) {
            errors.add(new FieldError(field(prefix, "name"), "Укажите имя файла"));
        } else if (fileName.length() > MAX_NAME - (extension == null ? 6 : 0)) {
            // room for the extension added to a name without one
            errors.add(new FieldError(field(prefix, "name"), "Имя файла длиннее " + (MAX_NAME - (extension == null ? 6 : 0)) + " символов"));
        }
        if (content == null) {
            return null;
        }
        if (content.length == 0) {
            errors.add(new FieldError(field(prefix, "content"), "Файл пуст"));
            return null;
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            errors.add(new FieldError(field(prefix, "content"), tooLarge()));
            return null;
        }
        if (Magic.isExecutable(content) || extension != null && PROGRAMS.contains(extension)) {
            errors.add(new FieldError(field(prefix, "content"), "Программы и сценарии не принимаются"));
            return null;
        }
        if (extension != null && MARKUP.contains(extension)) {
            errors.add(new FieldError(field(prefix, "content"), "Веб-страницы и файлы SVG не принимаются"));
            return null;
        }
        Optional<FileType> declared = Optional.empty();
        if (declaredType != null && !declaredType.isBlank() && !declaredType.strip().toLowerCase(Locale.ROOT).startsWith("application/octet-stream")) {
            declared = FileType.ofMediaType(declaredType).filter(limits.allowedTypes()::contains);
            if (declared.isEmpty()) {
                errors.add(new FieldError(field(prefix, "contentType"), "Тип «" + shorten(declaredType) + "» не принимается: допустимы "
                        + FileType.names(limits.allowedTypes())));
            }
        }
        // what the file claims to be: its declared type, else its name's extension
        Optional<FileType> claimed = declared.isPresent() ? declared : FileType.ofExtension(extension);
        Optional<FileType> detected = Magic.detect(content);
        if (detected.isEmpty() || !limits.allowedTypes().contains(detected.get())) {
            String message;
            if (Magic.isPlainText(content) && Magic.looksLikeMarkup(content)) {
                message = "Веб-страницы и файлы SVG не принимаются";
            } else if (claimed.isPresent()) {
                message = "Содержимое не является файлом " + claimed.get().name() + ": начальные байты другие";
            } else {
                message = "Тип файла не распознан по содержимому: допустимы " + FileType.names(limits.allowedTypes());
            }
            errors.add(new FieldError(field(prefix, "content"), message));
            return null;
        }
        FileType type = detected.get();
        if (claimed.isPresent() && claimed.get() != type) {
            errors.add(new FieldError(field(prefix, "content"), "Содержимое не является файлом " + claimed.get().name()
                    + ": по начальным байтам это " + type.name()));
        } else if (fileName != null && extension != null && FileType.ofExtension(extension).filter(t -> t == type).isEmpty()) {
            errors.add(new FieldError(field(prefix, "name"), "Расширение «." + shorten(extension) + "» не соответствует содержимому ("
                    + type.name() + "): назовите файл *." + type.extensions().get(0)));
        }
        if (errors.size() > before) {
            return null;
        }
        String stored = extension == null ? fileName + "." + type.extensions().get(0) : fileName;
        return new CheckedFile(kind, stored, type, content, sha256(content));
    }

    String tooLarge() {
        return "Файл больше " + Sizes.human(limits.maxFileSize().toBytes());
    }

    /**
     * The name without a path, control characters or direction marks (which could make
     * «exe.jpg» read as «gpj.exe»); null when nothing is left.
     */
    static String safeName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]", "")
                .replaceAll("\\s+", " ").strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1).strip();
        }
        return clean.isEmpty() ? null : clean;
    }

    /** The extension in lower case, or null. */
    static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String shorten(String s) {
        String one = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
