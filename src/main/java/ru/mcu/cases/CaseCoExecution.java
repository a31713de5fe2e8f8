package ru.mcu.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.directory.Directory;

/**
 * Co-executors of a 59-ФЗ appeal: departments besides the lead one that contribute to its answer,
 * each by its sub-term. The lead department answers once every contribution is in or the sub-term
 * has passed: a silent co-executor delays the answer to the citizen by no more than its sub-term.
 */
@Service
@Transactional
public class CaseCoExecution {

    /** The form field the co-executors are chosen in; errors name it. */
    public static final String FIELD = "coExecutors";
    /** The co-executor's form field; errors name it. */
    public static final String CONTRIBUTION_FIELD = "contributionText";
    static final int MAX_CONTRIBUTION_LENGTH = 20_000;
    private static final int MAX_NAMES_LENGTH = 800;

    private final CaseRepository cases;
    private final CoExecutionRepository coExecutions;
    private final Directory directory;
    private final Clock clock;

    CaseCoExecution(CaseRepository cases, CoExecutionRepository coExecutions, Directory directory, Clock clock) {
        this.cases = cases;
        this.coExecutions = coExecutions;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Checks the departments the registrar named as co-executors: active, not the lead, each once.
     * Returns them in the order given; an empty list when none was named.
     */
    @Transactional(readOnly = true)
    public List<String> check(List<String> departments, String lead) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : departments) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!directory.isActiveDepartment(code)) {
                throw new InvalidCaseDataException(FIELD, "Неизвестный департамент-соисполнитель: " + code);
            }
            if (code.equals(lead)) {
                throw new InvalidCaseDataException(FIELD, "Ответственный исполнитель не может быть своим соисполнителем: "
                        + directory.departmentName(code));
            }
            result.add(code);
        }
        return new ArrayList<>(result);
    }

    /** Names the co-executors of a case with their sub-term; a department named before is kept as it was. */
    public List<CoExecution> assign(String number, List<String> departments, Instant dueAt, String actor) {
        Case c = load(number);
        List<String> checked = check(departments, c.getDepartmentCode());
        Instant now = clock.instant();
        if (!dueAt.isAfter(now) || c.getAnswerDueAt() != null && dueAt.isAfter(c.getAnswerDueAt())) {
            throw new InvalidCaseDataException("coExecutionDueDate", "Срок соисполнителей должен быть позже текущего момента "
                    + "и не позже срока ответа" + (c.getAnswerDueAt() == null ? "" : " (" + TermText.format(c.getAnswerDueAt()) + ")"));
        }
        Set<String> known = new LinkedHashSet<>();
        coExecutions.findByCaseNumber(number).forEach(x -> known.add(x.getDepartmentCode()));
        List<String> names = new ArrayList<>();
        for (String code : checked) {
            if (known.add(code)) {
                coExecutions.save(new CoExecution(c, code, dueAt, actor, now));
                names.add(directory.departmentName(code));
            }
        }
        if (!names.isEmpty()) {
            String term = ". Срок представления вклада: до " + TermText.format(dueAt);
            String list = String.join("; ", names);
            if (list.length() > MAX_NAMES_LENGTH) {
                // the history's line holds 1000 characters; the page lists every co-executor anyway
                list = list.substring(0, list.lastIndexOf("; ", MAX_NAMES_LENGTH)) + " и др. (всего " + names.size() + ")";
            }
            c.recordCoExecution(CaseEventType.CO_EXECUTORS_ASSIGNED, "Соисполнители: " + list + term, actor, now);
        }
        return coExecutions.findByCaseNumber(number);
    }

    /** A co-executor department's contribution, given once by its clerk. */
    public void contribute(String number, String department, String text, String actor) {
        if (text == null || text.isBlank()) {
            throw new InvalidCaseDataException(CONTRIBUTION_FIELD, "Изложите вклад департамента в ответ");
        }
        if (text.length() > MAX_CONTRIBUTION_LENGTH) {
            throw new InvalidCaseDataException(CONTRIBUTION_FIELD, "Текст вклада длиннее " + MAX_CONTRIBUTION_LENGTH + " символов");
        }
        CoExecution x = coExecutions.findByCaseNumber(number).stream()
                .filter(e -> e.getDepartmentCode().equals(department)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Department " + department + " is no co-executor of " + number));
        if (x.isContributed()) {
            throw new InvalidCaseDataException(CONTRIBUTION_FIELD, "Вклад департамента уже представлен");
        }
        Instant now = clock.instant();
        x.contribute(text.strip(), actor, now);
        load(number).recordCoExecution(CaseEventType.CONTRIBUTION_GIVEN, "Вклад соисполнителя представлен: " + directory.departmentName(department)
                + (x.isOnTime() ? "" : " (после срока " + TermText.format(x.getDueAt()) + ")"), actor, now);
    }

    /** The sub-term passed: each silent co-executor is recorded as late. Returns their departments. */
    public List<String> recordOverdue(String number) {
        Instant now = clock.instant();
        Case c = load(number);
        List<String> silent = new ArrayList<>();
        for (CoExecution x : coExecutions.findByCaseNumber(number)) {
            if (x.isOverdue(now)) {
                silent.add(x.getDepartmentCode());
                c.recordCoExecution(CaseEventType.CONTRIBUTION_OVERDUE, "Срок соисполнителя истёк без вклада: "
                        + directory.departmentName(x.getDepartmentCode()), "system", now);
            }
        }
        return silent;
    }

    /**
     * The lead department may send its answer for approval once every contribution is in or the
     * sub-term has passed; before that the clerk is told whom the answer waits for.
     */
    @Transactional(readOnly = true)
    public void requireGathered(String number, String field) {
        Instant now = clock.instant();
        List<CoExecution> waiting = coExecutions.findByCaseNumber(number).stream()
                .filter(x -> !x.isContributed() && !now.isAfter(x.getDueAt())).toList();
        if (!waiting.isEmpty()) {
            throw new InvalidCaseDataException(field, "Ответ собирает вклад соисполнителей: ждём "
                    + String.join("; ", waiting.stream().map(x -> directory.departmentName(x.getDepartmentCode())).toList())
                    + " — до " + TermText.format(waiting.get(0).getDueAt())
                    + ". Проект ответа можно направить на согласование, когда вклад представят все соисполнители или истечёт их срок.");
        }
    }

    /** The co-executors of a case, in the order they were named. */
    @Transactional(readOnly = true)
    public List<CoExecution> of(String number) {
        return coExecutions.findByCaseNumber(number);
    }

    /**
     * The contributions as the lead clerk reads them beside his draft: one paragraph per
     * co-executor, the missing ones marked; empty when the case has no co-executors.
     */
    @Transactional(readOnly = true)
    public String gathered(String number) {
        Instant now = clock.instant();
        List<String> parts = new ArrayList<>();
        for (CoExecution x : coExecutions.findByCaseNumber(number)) {
            String head = directory.departmentName(x.getDepartmentCode());
            if (x.isContributed()) {
                parts.add(head + " (" + TermText.format(x.getContributedAt()) + (x.isOnTime() ? "" : ", после срока") + "):\n"
                        + x.getContribution());
            } else {
                parts.add(head + ": вклад не представлен" + (x.isOverdue(now) ? ", срок истёк " : ", срок до ")
                        + TermText.format(x.getDueAt()));
            }
        }
        return String.join("\n\n", parts);
    }

    private Case load(String number) {
        return cases.findByNumber(number).orElseThrow(() -> new CaseNotFoundException(number));
    }
}
