package ru.mcu.analytics.results;

import java.time.YearMonth;
import java.util.List;
import ru.mcu.analytics.Period;
import ru.mcu.cases.ResultType;

/**
 * Appeals considered in a month (closed in it) by result type, per responsible recipient.
 *
 * @param month   the month reported
 * @param period  its days: the whole month, or up to today for the running month
 * @param by      what a row stands for: a recipient or a topic
 * @param rows    one per recipient (or topic) that closed appeals in the month or has answers on control
 * @param total   the sums over all rows
 */
record ResultReport(YearMonth month, Period period, ResultReportQuery.Grouping by, List<Row> rows, Row total) {

    /** The columns of the types, in the order ССТУ.РФ lists them. */
    static final List<ResultType> TYPES = List.of(ResultType.values());

    /**
     * One recipient's figures.
     *
     * @param department    its code (the topic's code when by topic), null for appeals that have none (forwarded by
     *                      competence before routing; no rubric)
     * @param name          its name, or «Без исполнителя» («Без темы»)
     * @param considered    appeals closed in the month
     * @param byType        how many of them have each of {@link #TYPES}, in that order
     * @param untyped       closed in the month without a result type (closed before types were kept)
     * @param controlSet    answered in the month and put on additional control
     * @param onControl     on additional control at the end of the period (whenever answered)
     */
    record Row(String department, String name, long considered, List<Long> byType, long untyped, long controlSet, long onControl) {

        public long count(ResultType type) {
            return byType.get(TYPES.indexOf(type));
        }

        public long measuresTaken() {
            return count(ResultType.MEASURES_TAKEN);
        }

        public long explained() {
            return count(ResultType.EXPLAINED);
        }

        public long notSupported() {
            return count(ResultType.NOT_SUPPORTED);
        }

        public long answeredToAuthor() {
            return count(ResultType.ANSWERED_TO_AUTHOR);
        }

        public long leftWithoutAnswer() {
            return count(ResultType.LEFT_WITHOUT_ANSWER);
        }

        public long forwarded() {
            return count(ResultType.FORWARDED);
        }

        /** «Поддержано» with its part «в т.ч. меры приняты», as ССТУ.РФ sums it. */
        public long supportedTotal() {
            return count(ResultType.SUPPORTED) + count(ResultType.MEASURES_TAKEN);
        }
    }
}
