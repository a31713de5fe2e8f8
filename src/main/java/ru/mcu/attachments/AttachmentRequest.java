package ru.mcu.attachments;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A file sent with a new case in the intake's JSON body ({@code attachments[]}): what it is,
 * its name, optionally its declared type, and its content in base64. The content decides the
 * type: a declared type or a name extension that does not match it is refused.
 */
@Schema(description = "Файл к делу: скан письма, фото и т. п.; содержимое в base64")
public record AttachmentRequest(
        @Schema(description = "Вид файла: SCAN (скан обращения), PHOTO (фото), SIGNED_ANSWER (подписанный ответ), "
                + "WORK_DONE (подтверждение выполнения), BEFORE (фото «до»), AFTER (фото «после»), OTHER (иное)",
                example = "PHOTO", requiredMode = Schema.RequiredMode.REQUIRED)
        String kind,

        @Schema(description = "Имя файла с расширением (до 255 символов); без расширения оно добавляется по содержимому",
                example = "яма у дома 120.jpg", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,

        @Schema(description = "Тип содержимого (необязательно). Если указан, должен совпадать с тем, что показывает содержимое: "
                + "application/pdf, image/jpeg, image/png, image/heic, "
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
                + "application/vnd.oasis.opendocument.text, text/plain", example = "image/jpeg")
        String contentType,

        @Schema(description = "Содержимое файла в base64 (RFC 4648, переносы строк допустимы); до 10 МБ на файл и 50 МБ на дело "
                + "по умолчанию (mcu.attachments)", example = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA...",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String content) {

    /** What an error message shows of the request: never its content. */
    @Override
    public String toString() {
        return "AttachmentRequest[kind=" + kind + ", name=" + name + ", contentType=" + contentType + ", content="
                + (content == null ? "null" : content.length() + " chars") + "]";
    }
}
