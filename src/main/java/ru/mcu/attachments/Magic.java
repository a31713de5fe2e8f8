package ru.mcu.attachments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a file by its first bytes (and, for the ZIP-based office formats, by the names in
 * the archive's central directory, read without inflating anything): the type of the
 * allow-list it is, whether it is a program, whether a text is in fact a web page.
 */
final class Magic {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1");
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    /** Markers of a web page or a picture that can run scripts, looked for at the start of a text. */
    private static final List<String> MARKUP = List.of("<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml",
            "<iframe", "<object", "<embed", "<meta", "<a ", "<img", "<div", "<form", "<style", "<xsl");

    private Magic() {
    }

    /** The type of the allow-list the content is, if any. */
    static Optional<FileType> detect(byte[] b) {
        if (startsWith(b, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(b, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(b, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (isHeif(b)) {
            return Optional.of(FileType.HEIC);
        }
        if (startsWith(b, ZIP)) {
            if (isOdt(b)) {
                return Optional.of(FileType.ODT);
            }
            List<String> names = zipEntryNames(b, 5000);
            if (names != null && names.contains("word/document.xml") && names.contains("[Content_Types].xml")) {
                return Optional.of(FileType.DOCX);
            }
            return Optional.empty();
        }
        if (isPlainText(b) && !looksLikeMarkup(b)) {
            return Optional.of(FileType.TXT);
        }
        return Optional.empty();
    }

    /**
     * Whether the content is a program: a Windows executable or library (MZ), ELF, Mach-O or a
     * Java class, a script with a «#!» line, a Windows shortcut.
     */
    static boolean isExecutable(byte[] b) {
        if (b.length >= 2 && b[0] == 'M' && b[1] == 'Z') {
            return true;
        }
        if (startsWith(b, new byte[] {0x7F, 'E', 'L', 'F'})) {
            return true;
        }
        if (b.length >= 4) {
            int head = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
            if (head == 0xFEEDFACE || head == 0xFEEDFACF || head == 0xCEFAEDFE || head == 0xCFFAEDFE || head == 0xCAFEBABE) {
                return true;
            }
        }
        if (startsWith(b, new byte[] {'#', '!'}) || startsWith(b, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', '!'})) {
            return true;
        }
        if (startsWith(b, new byte[] {0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0})) {
            return true;
        }
        if (startsWith(b, ZIP)) {
            // a Java or Android archive
            List<String> names = zipEntryNames(b, 5000);
            return names != null && (names.contains("META-INF/MANIFEST.MF") && names.stream().anyMatch(n -> n.endsWith(".class"))
                    || names.contains("classes.dex") || names.contains("AndroidManifest.xml"));
        }
        return false;
    }

    /** Whether a text starts like a web page or an SVG picture (which a browser would run). */
    static boolean looksLikeMarkup(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().anyMatch(head::contains);
    }

    /** Text: no NUL and no control characters other than tab, line feed, form feed, carriage return and escape. */
    static boolean isPlainText(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                return false;
            }
        }
        return true;
    }

    /** An ISO base media file («ftyp» box) of a HEIF brand: HEIC and HEIF pictures of phones. */
    private static boolean isHeif(byte[] b) {
        if (b.length < 16 || b[4] != 'f' || b[5] != 't' || b[6] != 'y' || b[7] != 'p') {
            return false;
        }
        String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
        return HEIF_BRANDS.contains(brand);
    }

    /** ODF: the first entry of the archive is «mimetype», stored, holding the media type (ODF 1.2, 3.3). */
    private static boolean isOdt(byte[] b) {
        if (b.length < 30) {
            return false;
        }
        int nameLength = le16(b, 26);
        int extraLength = le16(b, 28);
        int data = 30 + nameLength + extraLength;
        if (nameLength != 8 || data + ODT_MIMETYPE.length() > b.length) {
            return false;
        }
        return "mimetype".equals(new String(b, 30, 8, StandardCharsets.US_ASCII))
                && ODT_MIMETYPE.equals(new String(b, data, ODT_MIMETYPE.length(), StandardCharsets.US_ASCII));
    }

    /**
     * The names in a ZIP archive's central directory, at most {@code max}; null when the
     * archive is not well formed. Nothing is inflated, so a «zip bomb» costs nothing here.
     */
    static List<String> zipEntryNames(byte[] b, int max) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (le32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int count = le16(b, eocd + 10);
        long offset = le32(b, eocd + 16);
        if (offset >= b.length) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int p = (int) offset;
        for (int k = 0; k < count && k < max; k++) {
            if (p + 46 > b.length || le32(b, p) != 0x02014b50L) {
                return null;
            }
            int n = le16(b, p + 28);
            int m = le16(b, p + 30);
            int c = le16(b, p + 32);
            if (p + 46 + n > b.length) {
                return null;
            }
            names.add(new String(b, p + 46, n, StandardCharsets.UTF_8));
            p += 46 + n + m + c;
        }
        return names;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long le32(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }
}
