package ru.mcu.attachments;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a file goes to the browser: its recognised type, never sniffed ({@code nosniff}); PDF and
 * pictures the browser can show inline, everything else as a download; the name both as a
 * plain ASCII fallback and in UTF-8 (RFC 6266 and RFC 5987, for Cyrillic names); a sandbox for
 * what is shown inline, no caching on the way.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(CaseAttachments.Download file) {
        boolean inline = file.type().inline();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inline ? "inline" : "attachment", file.fileName()));
        headers.set("X-Content-Type-Options", "nosniff");
        // shown inline, a file runs nothing and loads nothing; PDF is left to the browser's own viewer
        if (file.type() != FileType.PDF) {
            headers.set("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        }
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.setETag("\"" + file.sha256() + "\"");
        MediaType type = file.type() == FileType.TXT ? MediaType.TEXT_PLAIN : MediaType.parseMediaType(file.type().mediaType());
        return ResponseEntity.ok().headers(headers).contentType(type).contentLength(file.content().length).body(file.content());
    }

    /** {@code attachment; filename="Skan_pisma.pdf"; filename*=UTF-8''%D0%A1...}: a safe ASCII name and the real one. */
    static String contentDisposition(String disposition, String fileName) {
        return disposition + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** The name with every character outside printable ASCII, and the quote and backslash, as «_». */
    static String asciiFallback(String fileName) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            s.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        return s.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String rfc5987(String value) {
        StringBuilder s = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return s.toString();
    }
}
