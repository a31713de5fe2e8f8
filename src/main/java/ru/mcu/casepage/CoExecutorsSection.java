package ru.mcu.casepage;

import java.time.Instant;
import java.util.List;
import ru.mcu.cases.CoExecution;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffContacts;

/** The case page's section «Соисполнители»: each co-executor department, its sub-term and its contribution. */
final class CoExecutorsSection {

    /** One co-executor as the page shows it; {@code text} is null while the contribution is missing. */
    record Row(String department, String term, String status, boolean late, String text) {
    }

    private CoExecutorsSection() {
    }

    static List<Row> of(List<CoExecution> coExecutions, Directory directory, StaffContacts staff, Instant now) {
        return coExecutions.stream().map(x -> new Row(directory.departmentName(x.getDepartmentCode()), CaseFiles.at(x.getDueAt()),
                status(x, staff, now), x.isContributed() ? !x.isOnTime() : x.isOverdue(now), x.getContribution())).toList();
    }

    private static String status(CoExecution x, StaffContacts staff, Instant now) {
        if (x.isContributed()) {
            return "Вклад представлен " + CaseFiles.at(x.getContributedAt()) + " (" + staff.nameOf(x.getContributedBy()) + ")"
                    + (x.isOnTime() ? "" : ", после срока");
        }
        return x.isOverdue(now) ? "Вклад не представлен, срок истёк" : "Вклад ожидается";
    }
}
