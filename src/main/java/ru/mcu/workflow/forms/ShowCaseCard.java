package ru.mcu.workflow.forms;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.mcu.answers.AnswerTemplates;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseDuplicates;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.Terms;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.appeal.AppealProcess;
import ru.mcu.workflow.common.CaseVariables;

/**
 * Task listener ({@code create}) on every user task: puts a read-only copy of the case card on
 * the task, so that its Camunda Form can show the case, and the lists its selects offer. The
 * values are task-local: they vanish with the task, the case record stays the only source. The
 * rubric's name, a column of the task list, is brought up to date on the process.
 */
@Component("showCaseCard")
public class ShowCaseCard implements TaskListener {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);

    private final CaseQueries cases;
    private final CaseDuplicates duplicates;
    private final Directory directory;
    private final ObjectMapper json;
    private final StaffContacts staff;
    private final AnswerTemplates answerTemplates;

    ShowCaseCard(CaseQueries cases, CaseDuplicates duplicates, Directory directory, ObjectMapper json, StaffContacts staff,
                 AnswerTemplates answerTemplates) {
        this.cases = cases;
        this.answerTemplates = answerTemplates;
        this.staff = staff;
        this.duplicates = duplicates;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Case c = cases.get(CASE_NUMBER.get(task));
        task.setVariableLocal("caseSummary", summary(c));
        task.setVariableLocal("caseText", c.getText());
        Citizen citizen = c.getCitizen();
        task.setVariableLocal("citizenName", orDash(citizen.getFullName()));
        task.setVariableLocal("citizenPostalAddress", orDash(citizen.getPostalAddress()));
        task.setVariableLocal("citizenContacts", contacts(citizen));
        task.setVariableLocal("caseHistory", history(c));
        task.setVariableLocal("departmentName", c.getDepartmentCode() == null ? "не определён" : directory.departmentName(c.getDepartmentCode()));
        task.setVariableLocal("departmentOptions", options(directory.departments().stream()
                .map(d -> Map.of("label", d.getName(), "value", d.getCode())).toList()));
        task.setVariableLocal("rubricOptions", options(directory.rubrics().stream()
                .map(r -> Map.of("label", directory.rubricLabel(r),
                        "value", r.getCode())).toList()));
        task.setVariableLocal("districtOptions", options(directory.districts().stream()
                .map(d -> Map.of("label", d.getName(), "value", d.getCode())).toList()));
        if (!c.isClosed() && c.getMainCaseId() == null) {
            List<String> similar = duplicates.suggest(c.getNumber()).stream().filter(d -> shownWith(c, d.number()))
                    .map(d -> d.describe()).toList();
            task.setVariableLocal("possibleDuplicates", similar.isEmpty() ? "Не найдены" : String.join("\n", similar));
        }
        if (c.getCategory() != null) {
            task.setVariableLocal("posCategory", c.getSubcategory() == null ? c.getCategory() : c.getCategory() + " / " + c.getSubcategory());
        }
        if (c.getSourceUrl() != null || c.getSourceNetwork() != null) {
            task.setVariableLocal("incidentSource", (c.getSourceNetwork() == null ? "" : c.getSourceNetwork() + ": ")
                    + (c.getSourceUrl() == null ? "" : c.getSourceUrl()));
        }
        if (c.getInterimDueAt() != null) {
            task.setVariableLocal("interimTermText", "до " + Terms.format(c.getInterimDueAt())
                    + (c.getImportance() == null ? "" : " (важность: " + c.getImportance().title().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        if (task.getVariable("kind") == null && c.getKind() != null) {
            task.setVariable("kind", c.getKind().name());
        }
        if (c.getRubricCode() != null) {
            // the list's column «Рубрика» follows the rubric the registrar, the moderator or the
            // coordinator chose; the process started with the rubric of the intake, or none
            CaseVariables.RUBRIC_NAME.set(task, directory.rubricName(c.getRubricCode()));
        }
        if (task.getVariable("address") == null && c.getAddress() != null) {
            task.setVariable("address", c.getAddress());
        }
        if (AppealProcess.Elements.CONSIDER.equals(task.getTaskDefinitionKey()) && CaseVariables.ANSWER_TEXT.get(task) == null) {
            // the draft starts from the МЦУ's template of the rubric; a draft written already stays
            answerTemplates.draftFor(c).ifPresent(draft -> CaseVariables.ANSWER_TEXT.set(task, draft.text()));
        }
        if (task.getVariable("forwardTo") == null && c.getRubricCode() != null) {
            directory.rubric(c.getRubricCode()).map(r -> r.getForwardTo()).ifPresent(body -> task.setVariable("forwardTo", body));
        }
    }

    /**
     * A department's form names only its own department's similar cases (no other department's
     * case may leave a trace there); the МЦУ's forms, before the case is handed over, name all.
     */
    private boolean shownWith(Case c, String similar) {
        if (c.getStatus() == CaseStatus.RECEIVED || c.getStatus() == CaseStatus.AWAITING_ROUTING) {
            return true;
        }
        return c.getDepartmentCode() != null && c.getDepartmentCode().equals(cases.get(similar).getDepartmentCode());
    }

    private String summary(Case c) {
        List<String> lines = new ArrayList<>();
        lines.add("Номер: " + c.getNumber());
        lines.add("Канал: " + c.getChannel().title());
        lines.add("Поступило: " + DATE_TIME.format(c.getReceivedAt()));
        if (c.getKind() != null) {
            lines.add("Вид: " + c.getKind().title());
        }
        lines.add("Рубрика: " + (c.getRubricCode() == null ? "не указана" : directory.rubricName(c.getRubricCode())));
        lines.add("Район: " + (c.getDistrictCode() == null ? "не указан" : directory.districtName(c.getDistrictCode())));
        lines.add("Адрес проблемы: " + orDash(c.getAddress()));
        lines.add("Статус: " + c.getStatus().title());
        if (c.currentTerm() != null) {
            lines.add("Срок: до " + Terms.format(c.currentTerm()));
        }
        return String.join("\n", lines);
    }

    private static String contacts(Citizen citizen) {
        StringJoiner joiner = new StringJoiner(", ");
        if (citizen.getEmail() != null) {
            joiner.add(citizen.getEmail());
        }
        if (citizen.getPhone() != null) {
            joiner.add(citizen.getPhone());
        }
        return joiner.length() == 0 ? "—" : joiner.toString();
    }

    /** The case's history, people by name as Tasklist names them, each looked up once. */
    private String history(Case c) {
        Map<String, String> names = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (CaseEvent event : c.getEvents()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(format(event.getOccurredAt())).append(" — ").append(event.getDescription());
            String who = who(event.getActor(), names);
            // «Взято в работу: Игорь Волков» names him already
            if (who != null && !event.getDescription().contains(who)) {
                text.append(" (").append(who).append(')');
            }
            if (event.getReason() != null) {
                text.append(": ").append(event.getReason());
            }
        }
        return text.toString();
    }

    /** Who acted, by name; nobody for the system, the routing rules and the citizen («Автор оценил ответ»). */
    private String who(String actor, Map<String, String> names) {
        if (actor == null || "system".equals(actor) || "rule".equals(actor) || "citizen".equals(actor)) {
            return null;
        }
        return names.computeIfAbsent(actor, staff::nameOf);
    }

    private static String format(Instant instant) {
        return DATE_TIME.format(instant);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private Object options(List<Map<String, String>> values) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(values)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
