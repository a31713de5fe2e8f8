package ru.mcu.workflow.pos;

import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_SUGGESTIONS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseQueries;

/**
 * Task listener ({@code create}) of {@code Task_ModerateMessage}: the organisations messages were
 * redirected to before, most frequent first, shown read-only beside the field «Организация» so
 * the moderator copies a name rather than spelling it anew. Task-local: gone with the task.
 */
@Component("showRedirectSuggestions")
class ShowRedirectSuggestions implements TaskListener {

    static final int LIMIT = 12;

    private final CaseQueries cases;

    ShowRedirectSuggestions(CaseQueries cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> names = cases.redirectOrganisations(LIMIT);
        REDIRECT_SUGGESTIONS.setLocal(task, names.isEmpty() ? "Перенаправлений пока не было" : String.join("\n", names));
    }
}
