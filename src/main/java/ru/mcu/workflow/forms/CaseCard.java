package ru.mcu.workflow.forms;

import static ru.mcu.workflow.support.ProcessVariable.string;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseDuplicates;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.TermText;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * The read-only case card the task forms show (the {@code caseSummary}, {@code citizenName},
 * {@code caseHistory} ... fields) and the lists their selects offer ({@code departmentOptions},
 * {@code rubricOptions}, {@code districtOptions}), built from the case record and the directory
 * when a form is opened ({@link CaseCardOnForms}), never stored: no process variable, no
 * history copy, nothing for retention to find, and always as fresh as the record.
 */
@Component
public class CaseCard {

    /**
     * The form fields this card fills, by the names the forms give them; never process
     * variables, declared here so that {@code VariablesDeclaredTest} finds the forms' keys.
     */
    public static final class Fields {
        public static final ProcessVariable<String> CASE_SUMMARY = string("caseSummary");
        public static final ProcessVariable<String> CASE_TEXT = string("caseText");
        public static final ProcessVariable<String> CITIZEN_NAME = string("citizenName");
        public static final ProcessVariable<String> CITIZEN_POSTAL_ADDRESS = string("citizenPostalAddress");
        public static final ProcessVariable<String> CITIZEN_CONTACTS = string("citizenContacts");
        public static final ProcessVariable<String> CASE_HISTORY = string("caseHistory");
        public static final ProcessVariable<String> DEPARTMENT_NAME = string("departmentName");
        public static final ProcessVariable<String> DEPARTMENT_OPTIONS = string("departmentOptions");
        public static final ProcessVariable<String> RUBRIC_OPTIONS = string("rubricOptions");
        public static final ProcessVariable<String> DISTRICT_OPTIONS = string("districtOptions");
        public static final ProcessVariable<String> POSSIBLE_DUPLICATES = string("possibleDuplicates");
        public static final ProcessVariable<String> POS_CATEGORY = string("posCategory");
        public static final ProcessVariable<String> INCIDENT_SOURCE = string("incidentSource");
        public static final ProcessVariable<String> INTERIM_TERM_TEXT = string("interimTermText");

        /** Every field of the card. */
        static final List<ProcessVariable<String>> ALL = List.of(CASE_SUMMARY, CASE_TEXT, CITIZEN_NAME, CITIZEN_POSTAL_ADDRESS, CITIZEN_CONTACTS, CASE_HISTORY, DEPARTMENT_NAME, DEPARTMENT_OPTIONS, RUBRIC_OPTIONS, DISTRICT_OPTIONS, POSSIBLE_DUPLICATES, POS_CATEGORY, INCIDENT_SOURCE, INTERIM_TERM_TEXT);

        private Fields() {
        }
    }

    /** The names of the form fields this card fills; a form's submission of them is dropped. */
    public static final Set<String> FIELDS = Fields.ALL.stream().map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);

    /** A value of the card: text, or a JSON document (the select options). */
    public record Value(String text, boolean json) {
    }

    private final CaseQueries cases;
    private final CaseDuplicates duplicates;
    private final Directory directory;
    private final ObjectMapper json;
    private final StaffContacts staff;

    CaseCard(CaseQueries cases, CaseDuplicates duplicates, Directory directory, ObjectMapper json, StaffContacts staff) {
        this.cases = cases;
        this.duplicates = duplicates;
        this.directory = directory;
        this.json = json;
        this.staff = staff;
    }

    /**
     * The card of the case for a task of the given departments (codes; empty for a task of the
     * МЦУ's own groups), by field name; empty for a number no case has.
     */
    @Transactional(readOnly = true)
    public Optional<Map<String, Value>> of(String caseNumber, Set<String> taskDepartments) {
        return cases.find(caseNumber).map(c -> of(c, taskDepartments));
    }

    /** The card of the case for a task of the given departments, by field name. */
    Map<String, Value> of(Case c, Set<String> taskDepartments) {
        Map<String, Value> card = new LinkedHashMap<>();
        text(card, Fields.CASE_SUMMARY, summary(c));
        text(card, Fields.CASE_TEXT, c.getText());
        Citizen citizen = c.getCitizen();
        text(card, Fields.CITIZEN_NAME, orDash(citizen.getFullName()));
        text(card, Fields.CITIZEN_POSTAL_ADDRESS, orDash(citizen.getPostalAddress()));
        text(card, Fields.CITIZEN_CONTACTS, contacts(citizen));
        text(card, Fields.CASE_HISTORY, history(c));
        text(card, Fields.DEPARTMENT_NAME, c.getDepartmentCode() == null ? "не определён" : directory.departmentName(c.getDepartmentCode()));
        card.put(Fields.DEPARTMENT_OPTIONS.name(), options(directory.departments().stream()
                .map(d -> Map.of("label", d.getName(), "value", d.getCode())).toList()));
        card.put(Fields.RUBRIC_OPTIONS.name(), options(directory.rubrics().stream()
                .map(r -> Map.of("label", directory.rubricLabel(r), "value", r.getCode())).toList()));
        card.put(Fields.DISTRICT_OPTIONS.name(), options(directory.districts().stream()
                .map(d -> Map.of("label", d.getName(), "value", d.getCode())).toList()));
        if (!c.isClosed() && c.getMainCaseId() == null) {
            List<String> similar = duplicates.suggest(c.getNumber()).stream().filter(d -> shownTo(taskDepartments, d.number()))
                    .map(d -> d.describe()).toList();
            text(card, Fields.POSSIBLE_DUPLICATES, similar.isEmpty() ? "Не найдены" : String.join("\n", similar));
        }
        if (c.getPos().getCategory() != null) {
            text(card, Fields.POS_CATEGORY, c.getPos().getSubcategory() == null ? c.getPos().getCategory() : c.getPos().getCategory() + " / " + c.getPos().getSubcategory());
        }
        if (c.getIncident().getSourceUrl() != null || c.getIncident().getSourceNetwork() != null) {
            text(card, Fields.INCIDENT_SOURCE, (c.getIncident().getSourceNetwork() == null ? "" : c.getIncident().getSourceNetwork() + ": ")
                    + (c.getIncident().getSourceUrl() == null ? "" : c.getIncident().getSourceUrl()));
        }
        if (c.getIncident().getInterimDueAt() != null) {
            text(card, Fields.INTERIM_TERM_TEXT, TermText.until(c.getIncident().getInterimDueAt())
                    + (c.getIncident().getImportance() == null ? "" : " (важность: " + c.getIncident().getImportance().title().toLowerCase(Locale.ROOT) + ")"));
        }
        return card;
    }

    private static void text(Map<String, Value> card, ProcessVariable<String> field, String value) {
        card.put(field.name(), new Value(value, false));
    }

    /**
     * A department's task (its clerks', its heads', a co-executor's) names only that department's
     * similar cases: no other department's case may leave a trace there, whatever the case's
     * status; the МЦУ's tasks (registration, moderation, triage) name all. Decided by the task's
     * groups, not by the case's status, which can move while a department's task is open (a
     * co-executor's contribution while the lead department returns the case).
     */
    private boolean shownTo(Set<String> taskDepartments, String similar) {
        return taskDepartments.isEmpty() || taskDepartments.contains(cases.get(similar).getDepartmentCode());
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
            lines.add("Срок: до " + TermText.format(c.currentTerm()));
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
            text.append(DATE_TIME.format(event.getOccurredAt())).append(" — ").append(event.getDescription());
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

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private Value options(List<Map<String, String>> values) {
        try {
            return new Value(json.writeValueAsString(values), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
