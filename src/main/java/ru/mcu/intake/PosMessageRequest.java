package ru.mcu.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import ru.mcu.attachments.AttachmentRequest;

/** A message of the federal feedback platform (ПОС) as it is sent to {@code POST /api/pos/messages}. */
@Schema(description = "Сообщение Платформы обратной связи")
public record PosMessageRequest(
        @Schema(description = "Идентификатор сообщения на ПОС; повтор не создаёт новое обращение", example = "pos-1234567")
        @NotBlank(message = "Укажите идентификатор сообщения на ПОС")
        @Size(max = 200, message = "Не длиннее 200 символов")
        String externalId,

        @Schema(description = "Категория ПОС", example = "Дороги")
        @Size(max = 200, message = "Не длиннее 200 символов")
        String category,

        @Schema(description = "Подкатегория ПОС", example = "Ямы и разрушение дорожного покрытия")
        @Size(max = 200, message = "Не длиннее 200 символов")
        String subcategory,

        @Schema(description = "Текст сообщения", example = "На ул. Сахалинской у дома 48 яма на дороге.")
        @NotBlank(message = "Текст сообщения не может быть пустым")
        String text,

        @Valid
        Author author,

        @Schema(description = "Адрес места проблемы", example = "ул. Сахалинская, 48")
        @Size(max = 500, message = "Не длиннее 500 символов")
        String address,

        @Valid
        AppealRequest.Location location,

        @Schema(description = "Момент поступления на ПОС, ISO-8601 со смещением", example = "2026-11-20T10:15:00+11:00")
        OffsetDateTime receivedAt,

        @Schema(description = "Файлы (необязательно): скан письма, фото и т. п., содержимое в base64. Проверяются вместе с остальными "
                + "полями: ошибка в файле — ответ 400 с полем attachments[i].…, и ничего не сохраняется; сообщение и файлы сохраняются "
                + "в одной транзакции. Повтор с тем же externalId файлы не добавляет. См. docs/attachments.md")
        List<AttachmentRequest> attachments) {

    /** Accepts the JSON with or without files. */
    @JsonCreator
    public PosMessageRequest {
    }

    /** The request without files, as every caller built it before files were accepted. */
    public PosMessageRequest(String externalId, String category, String subcategory, String text, Author author, String address,
                             AppealRequest.Location location, OffsetDateTime receivedAt) {
        this(externalId, category, subcategory, text, author, address, location, receivedAt, null);
    }

    /** The author as the platform identifies him. */
    public record Author(
            @Size(max = 300, message = "Не длиннее 300 символов") String fullName,
            @Email(message = "Некорректный адрес электронной почты") @Size(max = 254, message = "Не длиннее 254 символов") String email,
            @Pattern(regexp = "^[+0-9()\\-\\s]{5,40}$", message = "Телефон: цифры, пробелы, +, -, скобки; от 5 до 40 символов")
            String phone) {
    }
}
