package ru.mcu.attachments;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code mcu.attachments}: the largest file, the most a case may hold (its files together), how
 * many files a case may have, and the types accepted. The intake endpoints take the files as
 * base64 in the JSON body, so {@code mcu.api.max-intake-body-bytes} must leave room for
 * {@code maxCaseSize} × 4/3 besides the case itself.
 */
@ConfigurationProperties("mcu.attachments")
public record AttachmentProperties(DataSize maxFileSize, DataSize maxCaseSize, int maxFilesPerCase, Set<FileType> allowedTypes) {

    public AttachmentProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxCaseSize = maxCaseSize == null ? DataSize.ofMegabytes(50) : maxCaseSize;
        maxFilesPerCase = maxFilesPerCase <= 0 ? 50 : maxFilesPerCase;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? EnumSet.allOf(FileType.class) : EnumSet.copyOf(allowedTypes);
    }
}
