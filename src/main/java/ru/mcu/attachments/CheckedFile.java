package ru.mcu.attachments;

/**
 * A file that passed every check, ready to be stored: its kind, a safe name, the type its
 * content shows, the content and its SHA-256 (hex).
 */
public record CheckedFile(AttachmentKind kind, String name, FileType type, byte[] content, String sha256) {

    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "CheckedFile[" + kind + ", " + name + ", " + type + ", " + content.length + " bytes, " + sha256 + "]";
    }
}
