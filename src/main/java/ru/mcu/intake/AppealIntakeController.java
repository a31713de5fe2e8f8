package ru.mcu.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.access.AccessDeniedException;
import ru.mcu.cases.AccessCodes;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.web.CaseView;
import ru.mcu.directory.Directory;

/** {@code POST /api/appeals}: files a citizen's appeal under 59-ФЗ. */
@RestController
@Tag(name = "Обращения")
class AppealIntakeController {

    private final AppealIntake intake;
    private final Directory directory;
    private final Clock clock;
    private final AccessCodes accessCodes;
    private final CaseAccess access;

    AppealIntakeController(AppealIntake intake, Directory directory, Clock clock, AccessCodes accessCodes, CaseAccess access) {
        this.intake = intake;
        this.directory = directory;
        this.clock = clock;
        this.accessCodes = accessCodes;
        this.access = access;
    }

    @PostMapping(path = "/api/appeals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Принять обращение",
            description = "Создаёт обращение и запускает его рассмотрение. Повтор с тем же channel и externalId возвращает уже созданное обращение (200).")
    @ApiResponse(responseCode = "201", description = "Обращение принято")
    @ApiResponse(responseCode = "200", description = "Это обращение уже было принято ранее")
    @ApiResponse(responseCode = "400", description = "Ошибки в полях запроса")
    @ApiResponse(responseCode = "403", description = "Нет права принимать обращения этого канала (токен другого канала)")
    ResponseEntity<CaseView> file(@RequestBody AppealRequest request) {
        if (request.channel() != null && !access.canFile(request.channel())) {
            throw new AccessDeniedException("No right to file into " + request.channel());
        }
        IntakeResult result = intake.accept(request);
        CaseView view = CaseView.of(result.filedCase(), directory, false, clock.instant())
                .withAccessCode(accessCodes.codeFor(result.filedCase().getNumber()));
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/appeals/" + view.number()))
                .body(view);
    }
}
