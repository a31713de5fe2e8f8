package ru.mcu.workflow;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CHANNEL;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DISTRICT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.RUBRIC;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ROUTING_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ROUTING_TOPIC;

import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseWorkflow;
import ru.mcu.workflow.appeal.AppealProcess;

/** The engine behind {@link CaseWorkflow}: one process per channel regime. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtime;

    CamundaCaseWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(Case newCase) {
        if (!newCase.getChannel().isAppeal()) {
            throw new UnsupportedOperationException("No process for channel " + newCase.getChannel() + " yet");
        }
        VariableMap variables = Variables.createVariables()
                .putValue(CASE_NUMBER.name(), newCase.getNumber())
                .putValue(CHANNEL.name(), newCase.getChannel().name())
                .putValue(RUBRIC.name(), newCase.getRubricCode())
                .putValue(DISTRICT.name(), newCase.getDistrictCode())
                .putValueTyped(ROUTING_TEXT.name(), ROUTING_TEXT.transientValue(newCase.getText().toLowerCase(Locale.ROOT)))
                .putValueTyped(ROUTING_TOPIC.name(), ROUTING_TOPIC.transientValue(topicOf(newCase.getRubricCode())));
        return runtime.createProcessInstanceByKey(AppealProcess.KEY)
                .businessKey(newCase.getNumber())
                .setVariables(variables)
                .execute()
                .getProcessInstanceId();
    }

    static String topicOf(String rubricCode) {
        if (rubricCode == null) {
            return null;
        }
        int dot = rubricCode.indexOf('.');
        return dot < 0 ? rubricCode : rubricCode.substring(0, dot);
    }
}
