package ru.mcu.analytics.regional;

/**
 * The figures of one line of a regional report; each counts the cases of one
 * {@link ru.mcu.analytics.Measure} in the period.
 *
 * @param received     received in the period ({@code RECEIVED})
 * @param answered     answered in the period ({@code ANSWERED})
 * @param onTime       answered in the period by the term ({@code ON_TIME})
 * @param late         answered in the period after the term ({@code LATE})
 * @param openOverdue  without an answer, the term passed before the end of the period ({@code OPEN_OVERDUE})
 * @param forwarded    received in the period and sent to the competent body ({@code FORWARDED})
 * @param rerouted     received in the period and returned as «не наше» at least once ({@code REROUTED})
 * @param reworked     answered in the period after a return for rework following a low rating ({@code REWORKED})
 * @param rated        rated in the period ({@code RATED})
 * @param lowRated     rated 1 or 2 in the period ({@code LOW_RATED})
 * @param ratingSum    the sum of the scores of those rated in the period
 */
public record RegionalFigures(long received, long answered, long onTime, long late, long openOverdue, long forwarded, long rerouted,
                              long reworked, long rated, long lowRated, long ratingSum) {

    static final RegionalFigures ZERO = new RegionalFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** On time of those answered with a term known; null when none. */
    public Double onTimeShare() {
        return onTime + late == 0 ? null : (double) onTime / (onTime + late);
    }

    /** The average score; null when nothing was rated. */
    public Double averageRating() {
        return rated == 0 ? null : (double) ratingSum / rated;
    }

    /** Ratings of 1–2 of those rated; null when nothing was rated. */
    public Double lowShare() {
        return rated == 0 ? null : (double) lowRated / rated;
    }

    public boolean isEmpty() {
        return received + answered + openOverdue + rated == 0;
    }

    RegionalFigures plus(RegionalFigures o) {
        return new RegionalFigures(received + o.received, answered + o.answered, onTime + o.onTime, late + o.late,
                openOverdue + o.openOverdue, forwarded + o.forwarded, rerouted + o.rerouted, reworked + o.reworked, rated + o.rated,
                lowRated + o.lowRated, ratingSum + o.ratingSum);
    }
}
