package ru.mcu.workflow.forms;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ADDRESS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.RUBRIC_NAME;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.answers.AnswerTemplates;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.directory.Directory;
import ru.mcu.workflow.appeal.AppealProcess;

/**
 * Task listener ({@code create}) on every user task: prepares what the task's form starts from
 * and the task list shows. The read-only case card and the select options are not written
 * here: {@link CaseCard} builds them when the form is opened. What is written is only what the
 * clerk edits or the list sorts by, and only when it changed:
 * <ul>
 *   <li>the rubric's name, a column of the task list, follows the rubric the registrar, the
 *       moderator or the coordinator chose;</li>
 *   <li>the kind, the address and the body to forward to, when the process has none yet;</li>
 *   <li>on the department's consideration, the draft answer from the МЦУ's template of the
 *       rubric, when no draft is written yet.</li>
 * </ul>
 * All of them are written into the process instance's scope, not the task's: a form's
 * submission sets its fields where they already live, so a task-local kind, address or body
 * would stay with the task and never reach the service tasks after registration
 * ({@code ForwardAppeal}, {@code CloseWithoutAnswer} and {@code RecordOralAnswer} read the kind and
 * the address, {@code ForwardAppeal} the body too), and the next task's form starts from what the
 * previous one saved.
 */
@Component("showCaseCard")
public class ShowCaseCard implements TaskListener {

    private final CaseQueries cases;
    private final Directory directory;
    private final AnswerTemplates answerTemplates;

    ShowCaseCard(CaseQueries cases, Directory directory, AnswerTemplates answerTemplates) {
        this.cases = cases;
        this.directory = directory;
        this.answerTemplates = answerTemplates;
    }

    @Override
    public void notify(DelegateTask task) {
        Case c = cases.get(CASE_NUMBER.get(task));
        if (!KIND.isSet(task) && c.getKind() != null) {
            KIND.set(task, c.getKind());
        }
        if (c.getRubricCode() != null) {
            // the process started with the rubric of the intake, or none
            String rubricName = directory.rubricName(c.getRubricCode());
            if (!Objects.equals(rubricName, RUBRIC_NAME.get(task))) {
                RUBRIC_NAME.set(task, rubricName);
            }
        }
        if (!ADDRESS.isSet(task) && c.getAddress() != null) {
            ADDRESS.set(task, c.getAddress());
        }
        if (AppealProcess.Elements.CONSIDER.equals(task.getTaskDefinitionKey()) && ANSWER_TEXT.get(task) == null) {
            // the draft starts from the МЦУ's template of the rubric; a draft written already stays
            answerTemplates.draftFor(c).ifPresent(draft -> ANSWER_TEXT.set(task, draft.text()));
        }
        if (!FORWARD_TO.isSet(task) && c.getRubricCode() != null) {
            directory.rubric(c.getRubricCode()).map(r -> r.getForwardTo()).ifPresent(body -> FORWARD_TO.set(task, body));
        }
    }
}
