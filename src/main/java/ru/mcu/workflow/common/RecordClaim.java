package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.directory.StaffContacts;

/**
 * Task listener ({@code assignment}) of the department's first task in each model
 * ({@code Task_ConsiderAppeal}, {@code Task_ExecuteMessage}, {@code Task_InterimAnswer}): records
 * who took the case into work; the first claim is the department's first reaction, which the
 * rating of departments measures. Handing the task back to the group records nothing.
 */
@Component("recordClaim")
class RecordClaim implements TaskListener {

    private final CaseConsideration consideration;
    private final StaffContacts staff;

    RecordClaim(CaseConsideration consideration, StaffContacts staff) {
        this.consideration = consideration;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            consideration.takenByClerk(CASE_NUMBER.get(task), task.getAssignee(), staff.nameOf(task.getAssignee()));
        }
    }
}
