package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DOCUMENTS_RECEIVED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseTermRecords;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ResumeConsideration}: the documents came,
 * the clock runs again; {@code Task_RecomputeAnswerTerm} then sets the new term.
 */
@Component("resumeConsideration")
class ResumeConsideration implements TaskListener {

    private final CaseTermRecords records;

    ResumeConsideration(CaseTermRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(DOCUMENTS_RECEIVED.get(task))) {
            throw new InvalidCaseDataException(DOCUMENTS_RECEIVED.name(), "Отметьте, что документы получены");
        }
        records.resume(CASE_NUMBER.get(task), Actors.of(task));
    }
}
