package ru.mcu.analytics.rating;

import java.util.List;
import ru.mcu.analytics.CaseSlice;

/**
 * The rating of the responsible recipients for a slice: ranked departments first (best first),
 * then the departments below the minimum sample, unranked.
 */
public record Rating(CaseSlice slice, int minSample, List<DepartmentRating> rows) {

    public List<DepartmentRating> ranked() {
        return rows.stream().filter(DepartmentRating::ranked).toList();
    }

    public List<DepartmentRating> unranked() {
        return rows.stream().filter(r -> !r.ranked()).toList();
    }
}
