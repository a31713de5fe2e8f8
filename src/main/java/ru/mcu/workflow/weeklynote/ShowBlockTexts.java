package ru.mcu.workflow.weeklynote;

import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.BLOCK_TEXTS;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.WEEK_START;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.analytics.weeklynote.BlockTexts;

/**
 * Create listener of {@code Task_ReviewNote}: puts on the task (task-local) which departments'
 * block heads have written their texts for the week and which texts were returned, so that the
 * head of the МЦУ sees it in the form next to the link to the page where the texts are checked.
 */
@Component("showBlockTexts")
class ShowBlockTexts implements TaskListener {

    private final BlockTexts texts;

    ShowBlockTexts(BlockTexts texts) {
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate week = LocalDate.parse(WEEK_START.require(task, "Неделя записки не определена"));
        BLOCK_TEXTS.setLocal(task, describe(texts.of(week)));
    }

    static String describe(List<BlockTexts.BlockText> all) {
        List<String> in = all.stream().filter(t -> !t.returned()).map(BlockTexts.BlockText::departmentName).toList();
        List<String> returned = all.stream().filter(BlockTexts.BlockText::returned).map(BlockTexts.BlockText::departmentName).toList();
        StringBuilder s = new StringBuilder(in.isEmpty() ? "Текстов руководителей блоков пока нет."
                : "В записке тексты блоков (" + in.size() + "): " + String.join("; ", in) + ".");
        if (!returned.isEmpty()) {
            s.append("\nВозвращены на доработку и в записку не входят (").append(returned.size()).append("): ")
                    .append(String.join("; ", returned)).append('.');
        }
        return s.toString();
    }
}
