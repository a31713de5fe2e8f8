package ru.mcu.routing;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The routing tables' API (routing managers, the head of the МЦУ, administrators):
 * {@code POST /api/routing/dry-runs} tries a table (multipart {@code file}, or
 * {@code candidateId}) on the cases of a period ({@code from}, {@code to}, ISO dates; default
 * the last 90 days); {@code POST /api/routing/candidates/{id}/activation} makes a tried
 * candidate live; {@code POST /api/routing/versions/{version}/rollback} makes an earlier version
 * live again; {@code GET /api/routing/versions} lists them.
 */
@RestController
class RoutingApiController {

    private final RoutingDesk desk;
    private final RoutingVersions versions;

    RoutingApiController(RoutingDesk desk, RoutingVersions versions) {
        this.desk = desk;
        this.versions = versions;
    }

    @PostMapping(path = "/api/routing/dry-runs", produces = MediaType.APPLICATION_JSON_VALUE)
    DryRunReport dryRun(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String candidateId,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to, Authentication user) {
        RoutingDesk.Request request = desk.read(file, candidateId, from, to);
        try {
            return desk.dryRun(request, user.getName());
        } catch (InvalidTableException e) {
            throw new InvalidInput(request.file() != null ? "file" : "candidateId", e.getMessage());
        }
    }

    @PostMapping(path = "/api/routing/candidates/{id}/activation", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> activate(@PathVariable long id, Authentication user) {
        try {
            return Map.of("candidateId", id, "version", versions.activate(id, user.getName()));
        } catch (InvalidTableException e) {
            throw new InvalidInput("id", e.getMessage());
        }
    }

    @PostMapping(path = "/api/routing/versions/{version}/rollback", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> rollBack(@PathVariable int version, Authentication user) {
        try {
            return Map.of("rolledBackTo", version, "version", versions.rollBack(version, user.getName()));
        } catch (InvalidTableException e) {
            throw new InvalidInput("version", e.getMessage());
        }
    }

    /** Deploys a changed rating table ({@code rating-outcome.dmn}, multipart {@code file}) at once. */
    @PostMapping(path = "/api/routing/rating-tables", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> ratingTable(@RequestParam(required = false) MultipartFile file, Authentication user) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "Загрузите файл таблицы оценки (.dmn)");
        }
        try {
            String xml = TableFiles.readRatingTable(file.getBytes());
            return Map.of("version", versions.deployRatingTable(file.getOriginalFilename(), xml, user.getName()));
        } catch (InvalidTableException e) {
            throw new InvalidInput("file", e.getMessage());
        }
    }

    /** One version as the API lists it. */
    record VersionView(int version, boolean live, String origin, String activatedBy, String dryRunSummary, Integer rollbackToVersion) {
    }

    @GetMapping(path = "/api/routing/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<VersionView> versions() {
        return versions.versions().stream().map(v -> new VersionView(v.version(), v.live(), v.origin(),
                v.stored() == null ? null : v.stored().activatedBy(), v.stored() == null ? null : v.stored().dryRunSummary(),
                v.stored() == null ? null : v.stored().rollbackToVersion())).toList();
    }
}
