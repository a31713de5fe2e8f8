package ru.mcu.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.platform.web.ApiError;

/**
 * The registers through the API ({@code /api/registers/...}): read by the head of the МЦУ, the
 * coordinators, the curator and administrators, changed by all of them but the curator. Bad
 * input is answered 400 with every wrong field named, and nothing is written.
 */
@RestController
@RequestMapping("/api/registers")
@Tag(name = "Реестры МЦУ")
class RegistersApiController {

    private final Recommendations recommendations;
    private final Proposals proposals;
    private final PollPriorities polls;
    private final PollExport export;

    RegistersApiController(Recommendations recommendations, Proposals proposals, PollPriorities polls, PollExport export) {
        this.export = export;
        this.recommendations = recommendations;
        this.proposals = proposals;
        this.polls = polls;
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Рекомендации ответственным получателям (п. 1.2.6 Положения)")
    List<Recommendation> recommendations() {
        return recommendations.all();
    }

    @GetMapping("/recommendations/{id}")
    Recommendation recommendation(@PathVariable long id) {
        return recommendations.get(id).orElseThrow(EntryNotFoundException::new);
    }

    @PostMapping("/recommendations")
    @PreAuthorize(Access.EDITORS)
    @Operation(summary = "Новая рекомендация: текст, адресат (код подразделения или внешний получатель), срок, состояние, номера, основание")
    ResponseEntity<Recommendation> createRecommendation(@RequestBody Recommendations.Form form, Authentication user) {
        Recommendation created = recommendations.create(form, user.getName());
        return ResponseEntity.created(URI.create("/api/registers/recommendations/" + created.id())).body(created);
    }

    @PutMapping("/recommendations/{id}")
    @PreAuthorize(Access.EDITORS)
    Recommendation updateRecommendation(@PathVariable long id, @RequestBody Recommendations.Form form, Authentication user) {
        return recommendations.update(id, form, user.getName());
    }

    @GetMapping("/proposals")
    @Operation(summary = "Предложения по цифровизации и лучшие практики (пп. 1.2.8, 3.2.3.3 Положения)")
    List<Proposal> proposals() {
        return proposals.all();
    }

    @GetMapping("/proposals/{id}")
    Proposal proposal(@PathVariable long id) {
        return proposals.get(id).orElseThrow(EntryNotFoundException::new);
    }

    @PostMapping("/proposals")
    @PreAuthorize(Access.EDITORS)
    ResponseEntity<Proposal> createProposal(@RequestBody Proposals.Form form, Authentication user) {
        Proposal created = proposals.create(form, user.getName());
        return ResponseEntity.created(URI.create("/api/registers/proposals/" + created.id())).body(created);
    }

    @PutMapping("/proposals/{id}")
    @PreAuthorize(Access.EDITORS)
    Proposal updateProposal(@PathVariable long id, @RequestBody Proposals.Form form, Authentication user) {
        return proposals.update(id, form, user.getName());
    }

    @GetMapping("/poll-priorities")
    @Operation(summary = "Приоритеты вопросов для опросов и голосований граждан (п. 1.1.3.6 Положения), по местам")
    List<PollPriority> pollPriorities() {
        return polls.ranked();
    }

    @GetMapping("/poll-priorities/candidates")
    @Operation(summary = "Проблемные точки периода из точек роста и кластеров повторных жалоб, по местам, с предлагаемым вопросом")
    List<PollPriorities.Candidate> candidates(@org.springframework.web.bind.annotation.RequestParam(required = false) String from,
                                              @org.springframework.web.bind.annotation.RequestParam(required = false) String to) {
        return polls.candidates(polls.period(from, to));
    }

    @PostMapping("/poll-priorities")
    @PreAuthorize(Access.EDITORS)
    @Operation(summary = "Внести проблемную точку периода в реестр (key из кандидатов), с вопросом для опроса")
    ResponseEntity<PollPriority> addPollPriority(@RequestBody PollPriorities.AddForm form, Authentication user) {
        PollPriority created = polls.add(form, user.getName());
        return ResponseEntity.created(URI.create("/api/registers/poll-priorities/" + created.id())).body(created);
    }

    @GetMapping("/poll-priorities/{id}")
    PollPriority pollPriority(@PathVariable long id) {
        return polls.get(id).orElseThrow(EntryNotFoundException::new);
    }

    @PutMapping("/poll-priorities/{id}")
    @PreAuthorize(Access.EDITORS)
    PollPriority updatePollPriority(@PathVariable long id, @RequestBody PollPriorities.EditForm form, Authentication user) {
        return polls.update(id, form, user.getName());
    }

    @GetMapping({"/poll-priorities/export.csv", "/poll-priorities/export.xlsx"})
    @Operation(summary = "Приоритеты для опросов для региональной платформы: CSV или XLSX, столбцы описаны в docs/analytics.md")
    ResponseEntity<StreamingResponseBody> export(jakarta.servlet.http.HttpServletRequest request) {
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        MediaType type = xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        String name = "mcu-poll-priorities." + (xlsx ? "xlsx" : "csv");
        StreamingResponseBody body = xlsx ? export::xlsx : export::csv;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }

    @GetMapping("/poll-priorities/export.json")
    @Operation(summary = "Приоритеты для опросов для региональной платформы: JSON с теми же полями, что CSV")
    List<PollExport.Line> exportJson() {
        return export.lines();
    }

    @ExceptionHandler(EntryNotFoundException.class)
    ResponseEntity<ApiError> notFound(EntryNotFoundException e) {
        return ResponseEntity.status(404).body(ApiError.of(404, "Not Found", e.getMessage()));
    }
}
