package ru.mcu.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import ru.mcu.platform.FieldError;

/** Files are known by their content: every accepted type, programs, web pages, names and the download's file name. */
class MagicTest {

    private final FileChecks checks = new FileChecks(new AttachmentProperties(DataSize.ofKilobytes(16), DataSize.ofKilobytes(24), 5, null));

    @Test
    void shouldRecogniseEveryAcceptedTypeByItsContent() {
        assertThat(Magic.detect(SampleFiles.pdf())).contains(FileType.PDF);
        assertThat(Magic.detect(SampleFiles.jpeg())).contains(FileType.JPEG);
        assertThat(Magic.detect(SampleFiles.png())).contains(FileType.PNG);
        assertThat(Magic.detect(SampleFiles.docx())).contains(FileType.DOCX);
        assertThat(Magic.detect(SampleFiles.odt())).contains(FileType.ODT);
        assertThat(Magic.detect(SampleFiles.text())).contains(FileType.TXT);
        byte[] heic = new byte[32];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        assertThat(Magic.detect(heic)).contains(FileType.HEIC);
    }

    @Test
    void shouldKnowProgramsAndWebPagesWhateverTheyAreCalled() {
        assertThat(Magic.isExecutable(SampleFiles.exe())).isTrue();
        assertThat(Magic.isExecutable(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isTrue();
        assertThat(Magic.isExecutable("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(Magic.isExecutable(SampleFiles.pdf())).isFalse();
        assertThat(Magic.detect(SampleFiles.html())).isEmpty();
        assertThat(Magic.detect(new byte[] {0, 1, 2, 3, 4, 5})).isEmpty();
        assertThat(Magic.detect("PK\3\4 not really a zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void shouldRefuseAFileWhoseNameOrDeclaredTypeDisagreesWithItsContent() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(checks.check("f", "PHOTO", "яма.jpg", "image/jpeg", SampleFiles.png(), errors)).isNull();
        assertThat(errors).extracting(FieldError::message).containsExactly("Содержимое не является файлом JPEG: по начальным байтам это PNG");

        errors.clear();
        assertThat(checks.check("f", "PHOTO", "яма.jpg", null, SampleFiles.png(), errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("f.content");

        errors.clear();
        assertThat(checks.check("f", "PHOTO", "яма.dat", "image/png", SampleFiles.png(), errors)).isNull();
        assertThat(errors).extracting(FieldError::message).containsExactly("Расширение «.dat» не соответствует содержимому (PNG): назовите файл *.png");

        errors.clear();
        assertThat(checks.check("f", "SCAN", "письмо.exe", null, SampleFiles.pdf(), errors)).isNull();
        assertThat(errors).extracting(FieldError::message).containsExactly("Программы и сценарии не принимаются");

        errors.clear();
        assertThat(checks.check("f", "OTHER", "page.txt", "text/plain", SampleFiles.html(), errors)).isNull();
        assertThat(errors).extracting(FieldError::message).containsExactly("Веб-страницы и файлы SVG не принимаются");
    }

    @Test
    void shouldKeepACleanNameAndAddTheExtensionOfTheContent() {
        List<FieldError> errors = new ArrayList<>();
        // the right-to-left override (U+202E) that shows «после…gpj.exe» as «послеexe.jpg» is dropped: the program is seen for what it is
        assertThat(checks.check("f", "after", "C:\\Фото\\после\u202Egpj.exe", null, SampleFiles.png(), errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("f.content");

        errors.clear();
        CheckedFile file = checks.check("f", "after", "../../после ремонта", null, SampleFiles.png(), errors);
        assertThat(errors).isEmpty();
        assertThat(file.name()).isEqualTo("после ремонта.png");
        assertThat(file.kind()).isEqualTo(AttachmentKind.AFTER);
        assertThat(file.sha256()).hasSize(64);
    }

    @Test
    void shouldNameTheDownloadInAsciiAndInUtf8() {
        assertThat(Downloads.contentDisposition("attachment", "Скан \"письма\" 1.pdf"))
                .isEqualTo("attachment; filename=\"____ ________ 1.pdf\"; filename*=UTF-8''%D0%A1%D0%BA%D0%B0%D0%BD%20%22"
                        + "%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%B0%22%201.pdf");
        assertThat(Sizes.human(12)).isEqualTo("12 байт");
        assertThat(Sizes.human(1536)).isEqualTo("1,5 КБ");
        assertThat(Sizes.human(10 * 1024 * 1024)).isEqualTo("10 МБ");
    }

    @Test
    void shouldDefaultToTenMegabytesAFileAndFiftyACase() {
        AttachmentProperties defaults = new AttachmentProperties(null, null, 0, null);
        assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(defaults.maxCaseSize()).isEqualTo(DataSize.ofMegabytes(50));
        assertThat(defaults.allowedTypes()).containsExactlyInAnyOrder(FileType.values());
        assertThat(FileType.ofMediaType("image/jpg; q=1")).contains(FileType.JPEG);
    }
}
