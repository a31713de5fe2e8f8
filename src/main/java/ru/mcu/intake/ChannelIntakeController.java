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
import ru.mcu.cases.Channel;
import ru.mcu.cases.web.CaseView;
import ru.mcu.directory.Directory;

/** {@code POST /api/pos/messages} and {@code POST /api/incidents}: the other two channels. */
@RestController
class ChannelIntakeController {

    private final ChannelIntake intake;
    private final Directory directory;
    private final Clock clock;
    private final AccessCodes accessCodes;
    private final CaseAccess access;

    ChannelIntakeController(ChannelIntake intake, Directory directory, Clock clock, AccessCodes accessCodes, CaseAccess access) {
        this.intake = intake;
        this.directory = directory;
        this.clock = clock;
        this.accessCodes = accessCodes;
        this.access = access;
    }

    @PostMapping(path = "/api/pos/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "ПОС")
    @Operation(summary = "Принять сообщение Платформы обратной связи",
            description = "Повтор с тем же externalId возвращает уже созданное обращение (200), в том числе при одновременной доставке.")
    @ApiResponse(responseCode = "201", description = "Сообщение принято")
    @ApiResponse(responseCode = "200", description = "Это сообщение уже было принято")
    @ApiResponse(responseCode = "400", description = "Ошибки в полях запроса")
    ResponseEntity<CaseView> posMessage(@RequestBody PosMessageRequest request) {
        requireFiling(Channel.POS);
        return answer(intake.acceptPosMessage(request));
    }

    @PostMapping(path = "/api/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Инциденты")
    @Operation(summary = "Принять инцидент из социальных сетей",
            description = "Повтор с тем же externalId возвращает уже созданный инцидент (200).")
    @ApiResponse(responseCode = "201", description = "Инцидент принят")
    @ApiResponse(responseCode = "200", description = "Этот инцидент уже был принят")
    @ApiResponse(responseCode = "400", description = "Ошибки в полях запроса")
    ResponseEntity<CaseView> incident(@RequestBody IncidentRequest request) {
        requireFiling(Channel.INCIDENT);
        return answer(intake.acceptIncident(request));
    }

    private void requireFiling(Channel channel) {
        if (!access.canFile(channel)) {
            throw new AccessDeniedException("No right to file into " + channel);
        }
    }

    private ResponseEntity<CaseView> answer(IntakeResult result) {
        CaseView view = CaseView.of(result.filedCase(), directory, false, clock.instant())
                .withAccessCode(accessCodes.codeFor(result.filedCase().getNumber()));
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/cases/" + view.number()))
                .body(view);
    }
}
