package ru.mcu.routing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * What the page and the API of {@code /routing} share: reading a dry run's request (a file or a
 * candidate, a period), keeping the uploaded table as a candidate, running the dry run and
 * keeping its summary with the candidate.
 */
@Component
class RoutingDesk {

    /** The period a dry run looks back over when none is given. */
    static final int DEFAULT_DAYS = 90;
    /** The longest period a dry run accepts: a year of cases evaluates in seconds. */
    static final int MAX_DAYS = 366 * 3;

    private final RoutingVersions versions;
    private final DryRuns dryRuns;
    private final Clock clock;

    RoutingDesk(RoutingVersions versions, DryRuns dryRuns, Clock clock) {
        this.versions = versions;
        this.dryRuns = dryRuns;
        this.clock = clock;
    }

    /** The request of a dry run, read and checked. */
    record Request(MultipartFile file, Long candidateId, LocalDate from, LocalDate to) {
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
    }

    /**
     * Checks every field at once: a {@code .dmn} file or the id of a candidate, and the period;
     * a {@link InvalidInput} naming each wrong field.
     */
    Request read(MultipartFile file, String candidateId, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasCandidate = candidateId != null && !candidateId.isBlank();
        Long candidate = null;
        if (hasFile && hasCandidate) {
            errors.add(new FieldError("candidateId", "Укажите что-то одно: файл или кандидата"));
        } else if (!hasFile && !hasCandidate) {
            errors.add(new FieldError("file", "Загрузите файл таблицы (.dmn) или укажите candidateId уже загруженной"));
        }
        if (hasFile) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (!name.toLowerCase().endsWith(".dmn")) {
                errors.add(new FieldError("file", "Нужен файл таблицы решений .dmn из Camunda Modeler"));
            } else if (file.getSize() > TableFiles.MAX_BYTES) {
                errors.add(new FieldError("file", "Файл больше 1 МиБ: таблица маршрутизации столько не весит"));
            }
        }
        if (hasCandidate && !hasFile) {
            try {
                candidate = Long.parseLong(candidateId.trim());
                if (versions.stored(candidate) == null) {
                    errors.add(new FieldError("candidateId", "Таблицы-кандидата №" + candidate + " нет"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("candidateId", "Номер кандидата — целое число"));
            }
        }
        LocalDate today = today();
        LocalDate end = date("to", to, today, errors);
        LocalDate start = date("from", from, (end == null ? today : end).minusDays(DEFAULT_DAYS - 1), errors);
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.add(new FieldError("from", "Начало периода позже его конца"));
            } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
                errors.add(new FieldError("from", "Период длиннее трёх лет"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Request(hasFile ? file : null, candidate, start, end);
    }

    /**
     * Keeps the uploaded table as a candidate (or takes the named one) and tries it; an
     * {@link InvalidTableException} (Russian message) when it is not a routing table this
     * application can make live.
     */
    DryRunReport dryRun(Request request, String user) {
        long id;
        TableFile table;
        if (request.file() != null) {
            byte[] content;
            try {
                content = request.file().getBytes();
            } catch (IOException e) {
                throw new InvalidTableException("Файл не удалось прочитать: " + e.getMessage());
            }
            table = TableFiles.read(request.file().getOriginalFilename(), content);
            DecisionDefinition live = versions.live();
            DryRunReport check = run(0, table, live, request);
            id = versions.saveCandidate(table, user);
            return keep(id, check, user);
        }
        id = request.candidateId();
        RoutingVersions.Stored stored = versions.stored(id);
        table = TableFiles.read(stored.fileName(), stored.xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return keep(id, run(id, table, versions.live(), request), user);
    }

    private DryRunReport run(long id, TableFile table, DecisionDefinition live, Request request) {
        return dryRuns.run(id, table, live == null ? null : versions.xmlOf(live), live == null ? null : live.getVersion(),
                request.from(), request.to());
    }

    private DryRunReport keep(long id, DryRunReport report, String user) {
        versions.recordDryRun(id, report.summary(), user);
        return new DryRunReport(id, report.fileName(), report.liveVersion(), report.from(), report.to(), report.cases(), report.rebuilt(),
                report.textErased(), report.changed(), report.departments(), report.leftWithNothing(), report.unmatched(),
                report.unmatchedLive(), report.unknownOutputs(), report.rules(), report.returnedByHand(), report.rightFirstTime(),
                report.summary());
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Дата в виде ГГГГ-ММ-ДД, например 2026-09-01"));
            return null;
        }
    }
}
