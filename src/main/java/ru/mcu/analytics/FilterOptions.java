package ru.mcu.analytics;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.directory.Directory;

/** The choices of the filter form shared by the analytics pages ({@code analytics/fragments :: filters}). */
@Component
public class FilterOptions {

    private final Directory directory;

    FilterOptions(Directory directory) {
        this.directory = directory;
    }

    /** Puts the slice and the choices into the model. */
    public void addTo(Model model, CaseSlice slice) {
        model.addAttribute("slice", slice);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("rubrics", directory.rubrics());
        model.addAttribute("districts", directory.districts());
    }
}
