package ru.mcu.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import ru.mcu.workflow.common.CaseVariables;

/**
 * Stand-ins for the delegates of the BPMN models in process tests: each records its bean name
 * in {@code calls}; the ones that set variables set fixed values.
 */
public final class ProcessMocks {

    private ProcessMocks() {
    }

    /** Registers a recorder for each bean name that needs no special behaviour. */
    public static void recorders(List<String> calls, String... beans) {
        for (String bean : beans) {
            Mocks.register(bean, new Recorder(bean, calls, Map.of()));
        }
    }

    /** Registers a recorder that also sets {@code variables} on the execution or task. */
    public static void recorder(List<String> calls, String bean, Map<String, Object> variables) {
        Mocks.register(bean, new Recorder(bean, calls, variables));
    }

    /**
     * Registers a stand-in for a service task or an execution listener that does {@code work} on
     * the execution (sets terms as the deadline module would, for example) and records its bean name.
     */
    public static void recorder(List<String> calls, String bean, Consumer<DelegateExecution> work) {
        onExecution(calls, bean, execution -> {
            work.accept(execution);
            return bean;
        });
    }

    /**
     * Registers a stand-in for a service task or an execution listener that records what
     * {@code step} returns for the execution (which may also set variables).
     */
    public static void onExecution(List<String> calls, String bean, Function<DelegateExecution, String> step) {
        Mocks.register(bean, new ExecutionStep(calls, step));
    }

    /**
     * Registers a stand-in for a task listener that records what {@code step} returns for the
     * task: the bean name with the task's assignee or variables, for example.
     */
    public static void onTask(List<String> calls, String bean, Function<DelegateTask, String> step) {
        Mocks.register(bean, (TaskListener) task -> calls.add(step.apply(task)));
    }

    /** Sets the answer-term variables as the deadline module would, relative to {@code due}. */
    public static void setAnswerTerm(DelegateExecution execution, Instant due) {
        CaseVariables.ANSWER_DUE_AT.set(execution, due);
        CaseVariables.ANSWER_REMIND_AT.set(execution, due.minus(Duration.ofDays(1)));
        CaseVariables.ANSWER_ESCALATE_AT.set(execution, due.plus(Duration.ofDays(3)));
    }

    /** A service task's delegate or an execution listener that records what its step returns. */
    private record ExecutionStep(List<String> calls, Function<DelegateExecution, String> step) implements JavaDelegate, ExecutionListener {

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(step.apply(execution));
        }

        @Override
        public void notify(DelegateExecution execution) {
            calls.add(step.apply(execution));
        }
    }

    /** A delegate of every kind the models use. */
    public record Recorder(String bean, List<String> calls, Map<String, Object> variables)
            implements JavaDelegate, TaskListener, ExecutionListener {

        @Override
        public void execute(DelegateExecution execution) {
            calls.add(bean);
            execution.setVariables(variables);
        }

        @Override
        public void notify(DelegateTask task) {
            calls.add(bean + (bean.equals("showCaseCard") ? ":" + task.getTaskDefinitionKey() : ""));
            task.setVariables(variables);
        }

        @Override
        public void notify(DelegateExecution execution) {
            calls.add(bean);
            execution.setVariables(variables);
        }
    }
}
