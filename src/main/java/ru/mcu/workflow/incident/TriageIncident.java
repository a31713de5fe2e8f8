package ru.mcu.workflow.incident;

import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.DECIDED_BY;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.DISMISS_REASON;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseLinks;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.workflow.common.CaseVariables;
import ru.mcu.cases.Place;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_TriageIncident}: a taken incident goes to the
 * department the coordinator confirmed; a dismissal is checked here and recorded by
 * {@code Task_DismissIncident}.
 */
@Component("triageIncident")
class TriageIncident implements TaskListener {

    private final CaseRegistration registration;
    private final CaseLinks links;

    TriageIncident(CaseRegistration registration, CaseLinks links) {
        this.registration = registration;
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        TriageDecision decision = TRIAGE_DECISION.require(task, "Выберите решение по инциденту");
        String actor = Actors.of(task);
        DECIDED_BY.set(task, actor);
        CaseVariables.LINK_TO_CASE.find(task).ifPresent(main -> links.link(CaseVariables.CASE_NUMBER.get(task), main, actor));
        if (decision == TriageDecision.TAKE) {
            registration.assignDepartment(CASE_NUMBER.get(task), DEPARTMENT.require(task, "Выберите исполнителя"),
                    new Place(RUBRIC.get(task), DISTRICT.get(task), ADDRESS.get(task), null, null), actor);
        } else {
            DISMISS_REASON.require(task, "Укажите, почему инцидент не берётся в работу");
        }
    }
}
