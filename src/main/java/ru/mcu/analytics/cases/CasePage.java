package ru.mcu.analytics.cases;

import java.util.List;
import ru.mcu.analytics.CaseSlice;

/** A page of the cases behind a figure. */
public record CasePage(CaseSlice slice, List<CaseRow> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
