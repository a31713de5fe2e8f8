package ru.mcu.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseFilter;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * Reading appeals: one by number with its history, or a filtered, paged list, each limited to
 * the cases the caller may read (another department's case is not found).
 */
@RestController
@RequestMapping({"/api/appeals", "/api/cases"})
@Tag(name = "Обращения", description = "Обращения по всем каналам: 59-ФЗ, ПОС, инциденты")
class AppealQueryController {

    static final int MAX_PAGE_SIZE = 200;

    private final CaseQueries cases;
    private final CaseViews views;
    private final CaseAccess access;

    AppealQueryController(CaseQueries cases, CaseViews views, CaseAccess access) {
        this.cases = cases;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/{number}")
    @Operation(summary = "Обращение по регистрационному номеру, с историей рассмотрения")
    CaseView get(@PathVariable String number) {
        return views.show(number, true);
    }

    @GetMapping
    @Operation(summary = "Список обращений с фильтрами и постраничным выводом (период — по дате поступления)",
            description = "Только обращения, доступные пользователю; без персональных данных заявителя — они в карточке обращения")
    PageView<CaseView> list(@RequestParam(required = false) CaseStatus status,
                            @RequestParam(required = false) String department,
                            @RequestParam(required = false) String rubric,
                            @RequestParam(required = false) Channel channel,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Номер страницы не может быть отрицательным"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "Размер страницы от 1 до " + MAX_PAGE_SIZE));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "Конец периода должен быть позже начала"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CaseFilter filter = new CaseFilter(status, department, rubric, channel,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        Page<Case> result = cases.search(filter, access.scope(), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "receivedAt", "id")));
        return new PageView<>(result.getContent().stream().map(views::listed).toList(),
                page, size, result.getTotalElements(), result.getTotalPages());
    }
}
