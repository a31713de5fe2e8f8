package ru.mcu.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.calendar.AdminOnly;
import ru.mcu.platform.web.ApiError;

/** The deadline calculator and the deadline policies over the API. */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Сроки", description = "Калькулятор сроков и правила сроков")
class DeadlineApiController {

    private final DeadlineCalculator calculator;
    private final DeadlinePolicies policies;
    private final PolicyAdministration administration;

    DeadlineApiController(DeadlineCalculator calculator, DeadlinePolicies policies, PolicyAdministration administration) {
        this.calculator = calculator;
        this.policies = policies;
        this.administration = administration;
    }

    /** The body of a policy change. */
    record PolicyUpdate(TermUnit unit, Integer amount) {
    }

    @GetMapping("/preview")
    @Operation(summary = "Сроки, которые получит обращение, поступившее в указанный момент (по умолчанию сейчас)")
    DeadlineViews.PreviewView preview(@RequestParam(required = false) String channel,
                                      @RequestParam(required = false) String rubric,
                                      @RequestParam(required = false) String receivedAt,
                                      @RequestParam(required = false) String importance) {
        Terms terms = calculator.calculate(new PreviewRequest(channel, rubric, receivedAt, importance));
        return DeadlineViews.PreviewView.of(terms, calculator::rubricName);
    }

    @GetMapping("/policies")
    @Operation(summary = "Правила сроков: по режимам, каналам и рубрикам")
    List<DeadlineViews.PolicyView> policies() {
        return policies.all().stream().map(DeadlineViews.PolicyView::of).toList();
    }

    @GetMapping("/policies/history")
    @Operation(summary = "История изменений правил сроков, новые сверху")
    List<DeadlineViews.ChangeView> history() {
        return administration.history().stream().map(DeadlineViews.ChangeView::of).toList();
    }

    @PutMapping("/policies/{id}")
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Изменить срок правила (администратор)")
    ResponseEntity<?> change(@PathVariable long id, @RequestBody PolicyUpdate body, Principal user) {
        return administration.change(id, body.unit(), body.amount(), user.getName())
                .<ResponseEntity<?>>map(p -> ResponseEntity.ok(DeadlineViews.PolicyView.of(p)))
                .orElseGet(() -> notFound(id));
    }

    @PostMapping("/policies")
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Добавить правило для канала или рубрики (администратор)")
    ResponseEntity<DeadlineViews.PolicyView> add(@RequestBody PolicyAdministration.NewOverride body, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(DeadlineViews.PolicyView.of(administration.add(body, user.getName())));
    }

    @DeleteMapping("/policies/{id}")
    @PreAuthorize(AdminOnly.EXPRESSION)
    @Operation(summary = "Удалить правило для канала или рубрики (администратор); правила по умолчанию не удаляются")
    ResponseEntity<?> remove(@PathVariable long id, Principal user) {
        return switch (administration.remove(id, user.getName())) {
            case REMOVED -> ResponseEntity.noContent().build();
            case NOT_FOUND -> notFound(id);
            case IS_DEFAULT -> ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict",
                    "Правило по умолчанию нельзя удалить, только изменить"));
        };
    }

    private static ResponseEntity<?> notFound(long id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "Not Found", "Правило № " + id + " не найдено"));
    }
}
