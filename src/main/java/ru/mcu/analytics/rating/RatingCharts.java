package ru.mcu.analytics.rating;

import java.util.Comparator;
import java.util.List;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.analytics.charts.BarChart;
import ru.mcu.analytics.charts.Chart;
import ru.mcu.analytics.charts.Unit;

/**
 * The rating as two bar charts, for the rating page and the weekly note: the share of answers
 * on time and the share of satisfied citizens (4–5) per department, best first; a department
 * below the minimum sample (answers, or ratings) is drawn pale with its sample. Each bar links
 * to its cases.
 */
public final class RatingCharts {

    private RatingCharts() {
    }

    /** The share of answers on time; departments without answers in the period are left out. */
    public static Chart onTime(List<DepartmentRating> rows, int minSample, CaseSlice slice) {
        BarChart chart = BarChart.of("Доля ответов в срок", Unit.SHARE).sampleNoun("отв.")
                .subtitle("Минимальная выборка для места в рейтинге: " + minSample + " ответов за период; бледные столбцы — меньше");
        rows.stream().filter(r -> r.answered() > 0)
                .sorted(Comparator.comparing((DepartmentRating r) -> r.answered() < minSample)
                        .thenComparing(r -> r.onTimeShare() == null ? -1 : r.onTimeShare(), Comparator.reverseOrder())
                        .thenComparing(DepartmentRating::name))
                .forEach(r -> chart.bar(r.name(), r.onTimeShare(), r.answered(), r.answered() < minSample,
                        href(slice, r.department(), Measure.ON_TIME)));
        return chart.build();
    }

    /** The share of ratings 4–5; departments without ratings in the period are left out. */
    public static Chart satisfaction(List<DepartmentRating> rows, int minSample, CaseSlice slice) {
        BarChart chart = BarChart.of("Доля удовлетворённых заявителей (оценки 4–5)", Unit.SHARE).sampleNoun("оц.")
                .subtitle("Минимальная выборка: " + minSample + " оценок за период; бледные столбцы — меньше");
        rows.stream().filter(r -> r.rated() > 0)
                .sorted(Comparator.comparing((DepartmentRating r) -> r.rated() < minSample)
                        .thenComparing(r -> r.satisfiedShare() == null ? -1 : r.satisfiedShare(), Comparator.reverseOrder())
                        .thenComparing(DepartmentRating::name))
                .forEach(r -> chart.bar(r.name(), r.satisfiedShare(), r.rated(), r.rated() < minSample,
                        href(slice, r.department(), Measure.SATISFIED)));
        return chart.build();
    }

    private static String href(CaseSlice slice, String department, Measure measure) {
        return "/analytics/cases?" + slice.withDepartment(department).withMeasure(measure).query();
    }
}
