package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.cases.Place;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_CoordinateMessage}: the ПОС coordinator's
 * department, proposed by the routing table or chosen by him, is recorded on the case.
 */
@Component("coordinateMessage")
class CoordinateMessage implements TaskListener {

    private final CaseRegistration registration;

    CoordinateMessage(CaseRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void notify(DelegateTask task) {
        registration.assignDepartment(CASE_NUMBER.get(task), DEPARTMENT.require(task, "Выберите исполнителя"),
                new Place(RUBRIC.get(task), DISTRICT.get(task), ADDRESS.get(task), null, null), Actors.of(task));
    }
}
