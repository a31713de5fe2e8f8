package ru.mcu.attachments;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import ru.mcu.platform.FieldError;

/**
 * The checks and the download of files kept outside cases (the regional ЦУР's requests, say):
 * the same allow-list, size limit and magic-byte checks as a case's files ({@code mcu.attachments}),
 * and the same safe download headers. Where the file is stored is the caller's business.
 */
@Component
public class FileUploads {

    private final FileChecks checks;

    FileUploads(FileChecks checks) {
        this.checks = checks;
    }

    /**
     * The file if every check passes (kind {@link AttachmentKind#OTHER}); else null, each problem
     * added to {@code errors} under {@code prefix.name}, {@code prefix.content}, {@code prefix.contentType}.
     */
    public CheckedFile check(String prefix, String name, String declaredType, byte[] content, List<FieldError> errors) {
        return checks.check(prefix, AttachmentKind.OTHER.name(), name, declaredType, content, errors);
    }

    /** Decodes base64 content within the size limit; null (with an error) when it is missing, not base64 or too large. */
    public byte[] decode(String prefix, String base64, List<FieldError> errors) {
        return checks.decode(prefix, base64, errors);
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return checks.limits().maxFileSize().toBytes();
    }

    /** A stored file for the browser: PDF and pictures inline, the rest as a download, never sniffed. */
    public static ResponseEntity<byte[]> download(String fileName, FileType type, String sha256, byte[] content) {
        return Downloads.of(new CaseAttachments.Download(fileName, type, content.length, sha256, content));
    }
}
