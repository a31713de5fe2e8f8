package ru.mcu.workflow;

import org.camunda.bpm.engine.RuntimeService;
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
        return runtime.createProcessInstanceByKey(AppealProcess.KEY)
                .businessKey(newCase.getNumber())
                .setVariables(AppealProcess.startVariables(newCase.getNumber(), newCase.getChannel().name(),
                        newCase.getRubricCode(), newCase.getDistrictCode(), newCase.getText()))
                .execute()
                .getProcessInstanceId();
    }
}
