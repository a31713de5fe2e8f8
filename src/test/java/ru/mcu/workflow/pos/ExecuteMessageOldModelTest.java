package ru.mcu.workflow.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import ru.mcu.cases.InvalidCaseDataException;

/**
 * A pos-message instance of a model from before «запланировано» and the extension (no
 * {@code Task_PublishPlannedAnswer}, no {@code Task_DecidePosExtension}) is refused those choices
 * in Russian, naming the field, instead of the engine's ENGINE-02004.
 */
class ExecuteMessageOldModelTest {

    private static DelegateTask taskOf(BpmnModelInstance model) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getBpmnModelInstance()).thenReturn(model);
        return task;
    }

    private static BpmnModelInstance oldModel() {
        return Bpmn.createExecutableProcess("pos-message").startEvent()
                .userTask(PosProcess.Elements.EXECUTE).userTask(PosProcess.Elements.APPROVE).endEvent().done();
    }

    private static BpmnModelInstance currentModel() {
        return Bpmn.readModelFromFile(new File("bpmn/pos-message.bpmn"));
    }

    @Test
    void shouldRefuseThePlannedAnswerAndTheExtensionOnAnOldModelInRussianNamingTheField() {
        DelegateTask old = taskOf(oldModel());
        for (String outcome : new String[] {"PLANNED", "EXTENSION"}) {
            assertThatThrownBy(() -> ExecuteMessage.requireModelPath(old, outcome))
                    .isInstanceOf(InvalidCaseDataException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("недоступен для этого сообщения", "Выберите другой результат"))
                    .satisfies(e -> assertThat(((InvalidCaseDataException) e).field()).isEqualTo("considerationOutcome"));
        }
        assertThatCode(() -> ExecuteMessage.requireModelPath(old, "ANSWER")).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptThemOnTheCurrentModel() {
        DelegateTask current = taskOf(currentModel());
        assertThatCode(() -> ExecuteMessage.requireModelPath(current, "PLANNED")).doesNotThrowAnyException();
        assertThatCode(() -> ExecuteMessage.requireModelPath(current, "EXTENSION")).doesNotThrowAnyException();
    }
}
