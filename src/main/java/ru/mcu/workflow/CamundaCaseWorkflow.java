package ru.mcu.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseWorkflow;
import ru.mcu.directory.Directory;
import ru.mcu.workflow.appeal.AppealProcess;
import ru.mcu.workflow.common.CaseVariables;
import ru.mcu.workflow.incident.IncidentProcess;
import ru.mcu.workflow.pos.PosProcess;

/** The engine behind {@link CaseWorkflow}: one process per channel regime, the case number as business key. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtime;
    private final Directory directory;

    CamundaCaseWorkflow(RuntimeService runtime, Directory directory) {
        this.runtime = runtime;
        this.directory = directory;
    }

    @Override
    public String start(Case newCase) {
        String key = switch (newCase.getChannel().regime()) {
            case APPEAL_59FZ -> AppealProcess.KEY;
            case POS -> PosProcess.KEY;
            case INCIDENT -> IncidentProcess.KEY;
        };
        return runtime.createProcessInstanceByKey(key)
                .businessKey(newCase.getNumber())
                .setVariables(CaseVariables.startVariables(newCase.getNumber(), newCase.getChannel().name(),
                        newCase.getRubricCode(),
                        newCase.getRubricCode() == null ? null : directory.rubricName(newCase.getRubricCode()),
                        newCase.getDistrictCode(), newCase.getAddress(), newCase.getText()))
                .execute()
                .getProcessInstanceId();
    }

    @Override
    public void closedElsewhere(String caseNumber) {
        runtime.createMessageCorrelation(CaseVariables.MESSAGE_CLOSED_ELSEWHERE)
                .processInstanceBusinessKey(caseNumber)
                .correlateAllWithResult();
    }
}
