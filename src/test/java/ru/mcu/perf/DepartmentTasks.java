package ru.mcu.perf;


import static ru.mcu.workflow.common.CaseVariables.ANSWER_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_REMIND_AT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open department tasks in bulk, made by the application's engine so that they carry what the
 * application gives a department's task: the candidate group {@code dept-<code>} with the
 * engine's task authorization for it ({@code TASK_WORK}), and the read grant on the process
 * instance of {@code CaseInstanceAuthorizations}. The model is a stand-in for the appeal
 * process's consideration ({@code Task_ConsiderAppeal} with the same candidate group, due and
 * follow-up expressions) without the case record and form variables that a list query never
 * reads, so that a hundred thousand of them are made in minutes. Instances are started in
 * batches, one transaction each, from several threads.
 */
final class DepartmentTasks {

    static final String KEY = "perf-department-task";
    private static final int BATCH = 250;

    private final ProcessEngine engine;
    private final TransactionTemplate transaction;

    DepartmentTasks(ProcessEngine engine, PlatformTransactionManager transactions) {
        this.engine = engine;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Deploys the model unless it is there. */
    void deploy() {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
            return;
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .name("Нагрузочный тест: задачи департаментов")
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("Task_ConsiderAppeal").name("Рассмотреть обращение и подготовить ответ")
                    .camundaCandidateGroups("dept-${department}")
                    .camundaDueDate("${answerDueAt}")
                    .camundaFollowUpDate("${answerRemindAt}")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
    }

    /**
     * Starts {@code count} instances, departments in rotation, terms spread over the 30 days after
     * {@code now}; returns the time it took.
     */
    Duration create(List<String> departments, int count, int threads, String run, Instant now) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        Workers.run(threads, "tasks", () -> {
            int from;
            while ((from = next.getAndAdd(BATCH)) < count) {
                int to = Math.min(count, from + BATCH);
                int first = from;
                transaction.executeWithoutResult(status -> {
                    for (int i = first; i < to; i++) {
                        start(departments.get(i % departments.size()), run + "-" + i, now, i);
                    }
                });
            }
        });
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private ProcessInstance start(String department, String number, Instant now, int i) {
        // terms scattered over 30 days (a prime step), so that sorting by due date has work to do
        Instant due = now.plus(Duration.ofMinutes((i * 7919L) % (30 * 24 * 60)));
        return engine.getRuntimeService().createProcessInstanceByKey(KEY).businessKey(number)
                .setVariables(variables()
                        .with(CASE_NUMBER, number)
                        .with(DEPARTMENT, department)
                        .with(ANSWER_DUE_AT, due)
                        .with(ANSWER_REMIND_AT, due.minus(Duration.ofDays(1))).build())
                .execute();
    }

    /** Removes every instance of the model (the short test cleans up after itself). */
    void deleteAll() {
        List<String> ids = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .stream().map(ProcessInstance::getId).toList();
        if (!ids.isEmpty()) {
            engine.getRuntimeService().deleteProcessInstances(ids, "benchmark finished", true, true);
        }
    }
}
