package ru.mcu.workflow;

import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.CHANNEL;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TEXT;
import static ru.mcu.workflow.common.CaseVariables.ROUTING_TOPIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC_NAME;
import static ru.mcu.workflow.common.CaseVariables.routingText;
import static ru.mcu.workflow.common.CaseVariables.topicOf;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseWorkflow;
import ru.mcu.directory.Directory;
import ru.mcu.workflow.appeal.AppealProcess;
import ru.mcu.workflow.common.CaseVariables;
import ru.mcu.workflow.incident.IncidentProcess;
import ru.mcu.workflow.pos.PosProcess;
import ru.mcu.workflow.support.AsSystem;

/**
 * The engine behind {@link CaseWorkflow}: one process per channel regime, the case number as business key.
 * Both calls run as the system: the application decided who may file or close a case, and the
 * process touched may belong to a department the caller has no engine permission for.
 */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtime;
    private final Directory directory;

    private final IdentityService identity;

    CamundaCaseWorkflow(RuntimeService runtime, Directory directory, IdentityService identity) {
        this.runtime = runtime;
        this.directory = directory;
        this.identity = identity;
    }

    @Override
    public String start(Case newCase) {
        String key = switch (newCase.getChannel().regime()) {
            case APPEAL_59FZ -> AppealProcess.KEY;
            case POS -> PosProcess.KEY;
            case INCIDENT -> IncidentProcess.KEY;
        };
        return AsSystem.call(identity, () -> runtime.createProcessInstanceByKey(key)
                .businessKey(newCase.getNumber())
                .setVariables(variables()
                        .with(CASE_NUMBER, newCase.getNumber())
                        .with(CHANNEL, newCase.getChannel().name())
                        .with(RUBRIC, newCase.getRubricCode())
                        .with(RUBRIC_NAME, newCase.getRubricCode() == null ? null : directory.rubricName(newCase.getRubricCode()))
                        .with(DISTRICT, newCase.getDistrictCode())
                        .with(ADDRESS, newCase.getAddress())
                        // read by the routing table on the way to the first wait state, never stored
                        .withTransient(ROUTING_TEXT, routingText(newCase.getText()))
                        .withTransient(ROUTING_TOPIC, topicOf(newCase.getRubricCode()))
                        .build())
                .execute()
                .getProcessInstanceId());
    }

    @Override
    public void closedElsewhere(String caseNumber) {
        AsSystem.run(identity, () -> runtime.createMessageCorrelation(CaseVariables.MESSAGE_CLOSED_ELSEWHERE)
                .processInstanceBusinessKey(caseNumber)
                .correlateAllWithResult());
    }
}
