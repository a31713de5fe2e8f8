package ru.mcu.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import ru.mcu.attachments.AttachmentRequest;
import ru.mcu.cases.Importance;

/** A social-media post found by «Инцидент Менеджмент», as sent to {@code POST /api/incidents}. */
@Schema(description = "Инцидент из социальных сетей")
public record IncidentRequest(
        @Schema(description = "Идентификатор инцидента в «Инцидент Менеджмент»; повтор не создаёт новый", example = "im-987654")
        @NotBlank(message = "Укажите идентификатор инцидента")
        @Size(max = 200, message = "Не длиннее 200 символов")
        String externalId,

        @Schema(description = "Социальная сеть", example = "vk")
        @Size(max = 40, message = "Не длиннее 40 символов")
        String network,

        @Schema(description = "Ссылка на публикацию", example = "https://vk.com/wall-1_2")
        @Size(max = 1000, message = "Не длиннее 1000 символов")
        @Pattern(regexp = "^https?://\\S+$", message = "Ожидается ссылка http(s)://…")
        String url,

        @Schema(description = "Автор публикации (имя или учётная запись)", example = "Анна С.")
        @Size(max = 300, message = "Не длиннее 300 символов")
        String author,

        @Schema(description = "Текст публикации", example = "Третий день не убирают снег во дворе на Комсомольской, 190")
        @NotBlank(message = "Текст публикации не может быть пустым")
        String text,

        @Schema(description = "Момент публикации, ISO-8601 со смещением", example = "2026-11-20T10:15:00+11:00")
        OffsetDateTime publishedAt,

        @Schema(description = "Важность: HIGH или NORMAL (по умолчанию NORMAL)", example = "NORMAL")
        Importance importance,

        @Schema(description = "Адрес места проблемы", example = "ул. Комсомольская, 190")
        @Size(max = 500, message = "Не длиннее 500 символов")
        String address,

        @Valid
        AppealRequest.Location location,

        @Schema(description = "Файлы (необязательно): скан письма, фото и т. п., содержимое в base64. Проверяются вместе с остальными "
                + "полями: ошибка в файле — ответ 400 с полем attachments[i].…, и ничего не сохраняется; сообщение и файлы сохраняются "
                + "в одной транзакции. Повтор с тем же externalId файлы не добавляет. См. docs/attachments.md")
        List<AttachmentRequest> attachments) {

    /** Accepts the JSON with or without files. */
    @JsonCreator
    public IncidentRequest {
    }

    /** The request without files, as every caller built it before files were accepted. */
    public IncidentRequest(String externalId, String network, String url, String author, String text, OffsetDateTime publishedAt,
                           Importance importance, String address, AppealRequest.Location location) {
        this(externalId, network, url, author, text, publishedAt, importance, address, location, null);
    }
}
