package ru.mcu.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import ru.mcu.attachments.AttachmentRequest;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Channel;

/** A 59-ФЗ appeal as a channel sends it to {@code POST /api/appeals}. */
@Schema(description = "Обращение гражданина")
public record AppealRequest(
        @Schema(description = "Канал: LETTER, EPGU, SITE, RECEPTION", example = "SITE")
        @NotNull(message = "Укажите канал поступления: LETTER, EPGU, SITE или RECEPTION")
        Channel channel,

        @Schema(description = "Идентификатор обращения в системе-источнике; повтор с тем же каналом и идентификатором не создаёт новое обращение",
                example = "site-2026-11-000123")
        @Size(max = 200, message = "Не длиннее 200 символов")
        String externalId,

        @Schema(description = "Вид: PROPOSAL, STATEMENT, COMPLAINT", example = "COMPLAINT")
        AppealKind kind,

        @Valid
        CitizenData citizen,

        @Schema(description = "Текст обращения", example = "Во дворе дома по ул. Ленина, 120 третью неделю не вывозят мусор.")
        @NotBlank(message = "Текст обращения не может быть пустым")
        String text,

        @Schema(description = "Код рубрики", example = "waste.collection")
        @Size(max = 80, message = "Не длиннее 80 символов")
        String rubric,

        @Schema(description = "Код района", example = "center")
        @Size(max = 40, message = "Не длиннее 40 символов")
        String district,

        @Schema(description = "Адрес места проблемы", example = "ул. Ленина, 120")
        @Size(max = 500, message = "Не длиннее 500 символов")
        String address,

        @Valid
        Location location,

        @Schema(description = "Момент поступления, ISO-8601 со смещением; по умолчанию — момент приёма", example = "2026-11-20T10:15:00+11:00")
        OffsetDateTime receivedAt,

        @Schema(description = "Файлы (необязательно): скан письма, фото и т. п., содержимое в base64. Проверяются вместе с остальными "
                + "полями: ошибка в файле — ответ 400 с полем attachments[i].…, и ничего не сохраняется; обращение и файлы сохраняются "
                + "в одной транзакции. Повтор с тем же externalId файлы не добавляет. См. docs/attachments.md")
        List<AttachmentRequest> attachments) {

    /** Accepts the JSON with or without files. */
    @JsonCreator
    public AppealRequest {
    }

    /** The request without files, as every caller built it before files were accepted. */
    public AppealRequest(Channel channel, String externalId, AppealKind kind, CitizenData citizen, String text, String rubric,
                         String district, String address, Location location, OffsetDateTime receivedAt) {
        this(channel, externalId, kind, citizen, text, rubric, district, address, location, receivedAt, null);
    }

    /** The author of the appeal. */
    public record CitizenData(
            @Schema(example = "Иванова Мария Петровна")
            @Size(max = 300, message = "Не длиннее 300 символов")
            String fullName,
            @Schema(example = "693000, г. Южно-Сахалинск, ул. Ленина, д. 120, кв. 5")
            @Size(max = 500, message = "Не длиннее 500 символов")
            String postalAddress,
            @Schema(example = "ivanova@example.ru")
            @Email(message = "Некорректный адрес электронной почты")
            @Size(max = 254, message = "Не длиннее 254 символов")
            String email,
            @Schema(example = "+7 914 123-45-67")
            @Pattern(regexp = "^[+0-9()\\-\\s]{5,40}$", message = "Телефон: цифры, пробелы, +, -, скобки; от 5 до 40 символов")
            String phone) {
    }

    /** Coordinates of the problem, WGS 84. */
    public record Location(
            @NotNull(message = "Укажите широту")
            @DecimalMin(value = "-90", message = "Широта от -90 до 90")
            @DecimalMax(value = "90", message = "Широта от -90 до 90")
            Double lat,
            @NotNull(message = "Укажите долготу")
            @DecimalMin(value = "-180", message = "Долгота от -180 до 180")
            @DecimalMax(value = "180", message = "Долгота от -180 до 180")
            Double lon) {
    }
}
