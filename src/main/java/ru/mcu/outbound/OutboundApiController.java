package ru.mcu.outbound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.web.ApiError;

/**
 * {@code /api/outbound}: the outbound deliveries the user handles, marking an answer placed by
 * hand with its link, putting a refused or failed delivery back in line (people use the page
 * {@code /outbound}; the contract of the receivers is in docs/integration.md).
 */
@RestController
@Tag(name = "Ответы на площадки")
@PreAuthorize(OutboundRoles.PAGE)
class OutboundApiController {

    private final OutboundDeliveries deliveries;

    OutboundApiController(OutboundDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** What the operator enters: the link of the placed answer. */
    record PublishedRequest(String url) {
    }

    @GetMapping("/api/outbound")
    @Operation(summary = "Исходящие ответы и сводки",
            description = "status — MANUAL, PENDING, SENT, REFUSED, FAILED или PUBLISHED (без него — все); caseNumber — по одному номеру.")
    List<DeliveryView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String caseNumber,
                            Authentication user) {
        Set<Adapter> adapters = OutboundRoles.adaptersOf(user);
        if (caseNumber != null && !caseNumber.isBlank()) {
            return deliveries.ofCase(caseNumber.strip()).stream().filter(d -> adapters.contains(d.getAdapter()))
                    .map(DeliveryView::of).toList();
        }
        Set<DeliveryStatus> statuses = EnumSet.allOf(DeliveryStatus.class);
        if (status != null && !status.isBlank()) {
            try {
                statuses = EnumSet.of(DeliveryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status",
                        "Состояние — одно из MANUAL, PENDING, SENT, REFUSED, FAILED, PUBLISHED");
            }
        }
        return deliveries.latest(adapters, statuses, 500).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/api/outbound/{id}/published")
    @Operation(summary = "Отметить ответ размещённым вручную",
            description = "url — ссылка на размещённый ответ (https:// или http://, не длиннее 900 знаков); попадает в историю обращения.")
    @ApiResponse(responseCode = "200", description = "Отмечено")
    @ApiResponse(responseCode = "400", description = "Ошибка в поле url")
    @ApiResponse(responseCode = "409", description = "Ответ уже отправлен, размещён или ожидает отправки")
    DeliveryView published(@PathVariable long id, @RequestBody(required = false) PublishedRequest request, Authentication user) {
        String url = request == null ? null : request.url();
        return DeliveryView.of(deliveries.publish(id, url, user.getName(), OutboundRoles.adaptersOf(user)));
    }

    @PostMapping("/api/outbound/{id}/retry")
    @Operation(summary = "Отправить снова", description = "Отклонённую или недоставленную отправку — снова в очередь, с тем же ключом идемпотентности.")
    @ApiResponse(responseCode = "409", description = "Отправка не отклонена и не провалена")
    DeliveryView retry(@PathVariable long id, Authentication user) {
        return DeliveryView.of(deliveries.retry(id, OutboundRoles.adaptersOf(user)));
    }

    @ExceptionHandler(DeliveryNotFoundException.class)
    ResponseEntity<ApiError> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", "Отправка не найдена"));
    }

    @ExceptionHandler(DeliveryStateException.class)
    ResponseEntity<ApiError> conflict(DeliveryStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict", e.message()));
    }
}
