package ru.mcu.workflow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseNotFoundException;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.TermText;
import ru.mcu.workflow.support.AsSystem;

/**
 * What became of a case after a user completed one of its tasks, in a sentence for the
 * Tasklist notification («Передано на согласование руководителю блока»). Read from the case's
 * real state right after the completion: the open task of its process, whom it waits for and
 * by when; or, when the process waits for nobody (ended, or a timer or the citizen's rating),
 * the latest entry of the case's history («Ответ направлен заявителю»).
 *
 * <p>Only the user who completed the task learns what followed: the next task usually belongs
 * to a group he cannot read (the block head's approval), so the engine is asked as the system
 * once the task is found to be his.
 */
@Component
public class TaskOutcomes {

    private static final String CONTRIBUTE = ru.mcu.workflow.appeal.AppealProcess.Elements.CONTRIBUTE;

    /** Where a case went, by the definition key of the task now waiting for it. */
    private static final Map<String, String> NEXT_STEP = Map.ofEntries(
            Map.entry("Task_RegisterAppeal", "Передано на регистрацию регистратору МЦУ"),
            Map.entry("Task_ConsiderAppeal", "Направлено исполнителю: %s"),
            Map.entry("Task_ExecuteMessage", "Направлено исполнителю: %s"),
            Map.entry("Task_InterimAnswer", "Направлено исполнителю: %s"),
            Map.entry("Task_ApproveAnswer", "Передано на согласование руководителю блока"),
            Map.entry("Task_ReviseAnswer", "Возвращено исполнителю на доработку по замечаниям"),
            Map.entry("Task_DecideExtension", "Передано руководителю блока для решения о продлении срока"),
            Map.entry("Task_ResumeConsideration", "Рассмотрение приостановлено до возобновления"),
            Map.entry("Task_DecideSpecialHandling", "Передано руководителю блока для решения об особом порядке (ст. 11 59-ФЗ)"),
            Map.entry("Task_RerouteAppeal", "Возвращено регистратору МЦУ для переадресации"),
            Map.entry("Task_TriageIncident", "Возвращено координатору «Инцидент Менеджмент» для переадресации"),
            Map.entry("Task_ModerateMessage", "Передано координатору ПОС на модерацию"),
            Map.entry("Task_CoordinateMessage", "Передано координатору ПОС для назначения исполнителя"),
            Map.entry("Task_FullAnswer", "Промежуточный ответ дан, следующий шаг — полный ответ"));

    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;
    private final CaseQueries cases;

    TaskOutcomes(HistoryService history, TaskService tasks, IdentityService identity, CaseQueries cases) {
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
        this.cases = cases;
    }

    /**
     * What followed the completion of task {@code taskId} by {@code userId}; empty when the
     * task is not a completed task of that user.
     */
    public Optional<String> after(String taskId, String userId) {
        return AsSystem.call(identity, () -> {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
            if (done == null || userId == null || !userId.equals(done.getAssignee()) || done.getProcessInstanceId() == null) {
                return Optional.empty();
            }
            if (CONTRIBUTE.equals(done.getTaskDefinitionKey())) {
                return Optional.of("Вклад передан ответственному исполнителю");
            }
            // the co-executors' tasks run beside the case's own way: the sentence follows the lead's
            List<Task> open = tasks.createTaskQuery().processInstanceId(done.getProcessInstanceId())
                    .orderByTaskCreateTime().asc().list().stream()
                    .filter(t -> !CONTRIBUTE.equals(t.getTaskDefinitionKey())).toList();
            if (!open.isEmpty()) {
                return Optional.of(nextStep(open.get(0)));
            }
            return latestEntry(done.getProcessInstanceId());
        });
    }

    private String nextStep(Task next) {
        String template = NEXT_STEP.get(next.getTaskDefinitionKey());
        String sentence = template == null
                ? "Передано на следующий шаг: «" + next.getName() + "»"
                : template.formatted(groupNames(next.getId()));
        return next.getDueDate() == null ? sentence : sentence + ", срок до " + TermText.format(next.getDueDate().toInstant());
    }

    private String groupNames(String taskId) {
        List<String> ids = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
        if (ids.isEmpty()) {
            return "—";
        }
        return String.join(", ", identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list().stream()
                .map(Group::getName).toList());
    }

    private Optional<String> latestEntry(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        try {
            List<CaseEvent> events = cases.get(instance.getBusinessKey()).getEvents();
            return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).getDescription());
        } catch (CaseNotFoundException e) {
            return Optional.empty();
        }
    }
}
