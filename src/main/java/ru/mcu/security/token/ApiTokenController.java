package ru.mcu.security.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.cases.Channel;
import ru.mcu.platform.web.ApiError;

/** {@code /api/admin/tokens}: an administrator issues, lists and revokes the integrations' tokens. */
@RestController
@RequestMapping("/api/admin/tokens")
@Tag(name = "Токены интеграций", description = "Доступ систем-источников к приёму обращений своего канала (администратор)")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** What to issue: the integration's name and its channel. */
    record IssueRequest(String name, Channel channel) {
    }

    @PostMapping
    @Operation(summary = "Выпустить токен канала", description = "Секрет показывается один раз, хранится только его хэш")
    ResponseEntity<ApiTokens.IssuedToken> issue(@RequestBody IssueRequest request, Principal admin) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(request.name(), request.channel(), admin.getName()));
    }

    @GetMapping
    @Operation(summary = "Токены интеграций (без секретов)")
    List<ApiTokens.TokenView> list() {
        return tokens.list();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Отозвать токен")
    ResponseEntity<?> revoke(@PathVariable long id, Principal admin) {
        if (!tokens.revoke(id, admin.getName())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", "Токен не найден"));
        }
        return ResponseEntity.noContent().build();
    }
}
