package ru.mcu.analytics.results;

import java.util.EnumSet;
import java.util.List;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Measure;
import ru.mcu.cases.Channel;
import ru.mcu.cases.ResultType;

/**
 * The case list behind each figure of a {@link ResultReport}: the 59-ФЗ appeals of the report's
 * period, by the measure the column counts with ({@link Measure#CLOSED}, {@link Measure#CONTROL_SET},
 * {@link Measure#ON_CONTROL}, the predicates {@link ResultReportQuery} counts with), the row's
 * recipient or topic ({@code none} for «Без исполнителя», «Без темы»; none for the total) and
 * the column's result type.
 */
final class ResultLinks {

    /** The columns that are not a single result type. */
    static final String CONSIDERED = "considered";
    static final String SUPPORTED_TOTAL = "supported";
    static final String UNTYPED = "untyped";
    static final String CONTROL_SET = "control-set";
    static final String ON_CONTROL = "on-control";

    private final ResultReport report;

    ResultLinks(ResultReport report) {
        this.report = report;
    }

    /**
     * The link of a figure: {@code column} is {@link #CONSIDERED}, {@link #SUPPORTED_TOTAL},
     * {@link #UNTYPED}, {@link #CONTROL_SET}, {@link #ON_CONTROL} or a {@link ResultType} name.
     */
    public String href(ResultReport.Row row, String column) {
        return "/analytics/cases?" + slice(row, column).query();
    }

    CaseSlice slice(ResultReport.Row row, String column) {
        CaseSlice slice = CaseSlice.of(report.period()).withRegime(Channel.Regime.APPEAL_59FZ).withMeasure(Measure.CLOSED);
        if (row != report.total()) {
            String key = row.department() == null ? CaseSlice.NO_DEPARTMENT : row.department();
            slice = report.by() == ResultReportQuery.Grouping.TOPIC ? slice.withRubric(row.department() == null ? CaseSlice.NO_RUBRIC : key)
                    : slice.withDepartment(key);
        }
        return switch (column) {
            case CONSIDERED -> slice;
            case SUPPORTED_TOTAL -> slice.withResult(EnumSet.of(ResultType.SUPPORTED, ResultType.MEASURES_TAKEN), false);
            case UNTYPED -> slice.withResult(List.of(), true);
            case CONTROL_SET -> slice.withMeasure(Measure.CONTROL_SET);
            case ON_CONTROL -> slice.withMeasure(Measure.ON_CONTROL);
            default -> slice.withResult(List.of(ResultType.valueOf(column)), false);
        };
    }
}
