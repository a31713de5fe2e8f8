package ru.mcu.analytics.rating;

/**
 * One responsible recipient's figures in a period. Times are in days (answer) and hours
 * (first reaction); shares are 0..1; null where nothing was there to measure.
 *
 * @param rank            1 for the best; null when the department is below the minimum sample
 * @param reroutes        returns as "not ours" of cases received in the period (a case returned twice counts twice)
 * @param reworks         returns for rework after a low rating, of cases answered in the period
 * @param coExecutions    times the department was named co-executor of an appeal in the period (not in its own
 *                        figures as the lead department)
 * @param contributionsOnTime   of those, contributions given by the sub-term
 * @param contributionsLate     of those, contributions given after the sub-term or missing past it
 * @param contributionOnTimeShare on time of those whose outcome is known; null when none
 * @param interimOnTime   incidents' interim answers given in the period by their own term (from the handover)
 * @param interimLate     interim answers given late in the period, or missing past a term that fell in it
 * @param interimOnTimeShare on time of those; null when fewer than the rating's minimum sample
 * @param planned         ПОС messages answered «запланировано» in the period (seasonal works): neither on time nor overdue
 */
public record DepartmentRating(String department, String name, Integer rank,
                               long received, long answered, long onTime, long late, long openOverdue,
                               Double onTimeShare, Double avgAnswerDays, Double medianAnswerDays, Double avgReactionHours,
                               long reroutes, long reworks, long rated, long satisfied, Double avgRating, Double satisfiedShare,
                               long coExecutions, long contributionsOnTime, long contributionsLate, Double contributionOnTimeShare,
                               long interimOnTime, long interimLate, Double interimOnTimeShare, long planned) {

    /** Late answers of the period plus cases open past their term. */
    public long overdue() {
        return late + openOverdue;
    }

    public boolean ranked() {
        return rank != null;
    }

    DepartmentRating withRank(Integer value) {
        return new DepartmentRating(department, name, value, received, answered, onTime, late, openOverdue, onTimeShare,
                avgAnswerDays, medianAnswerDays, avgReactionHours, reroutes, reworks, rated, satisfied, avgRating, satisfiedShare,
                coExecutions, contributionsOnTime, contributionsLate, contributionOnTimeShare,
                interimOnTime, interimLate, interimOnTimeShare, planned);
    }

    /** The same figures with the department's work as co-executor. */
    DepartmentRating withCoExecution(long count, long givenOnTime, long givenLate) {
        return new DepartmentRating(department, name, rank, received, answered, onTime, late, openOverdue, onTimeShare,
                avgAnswerDays, medianAnswerDays, avgReactionHours, reroutes, reworks, rated, satisfied, avgRating, satisfiedShare,
                count, givenOnTime, givenLate, RatingQuery.share(givenOnTime, givenOnTime + givenLate),
                interimOnTime, interimLate, interimOnTimeShare, planned);
    }

    /** The same figures with the incidents' interim answers; the share only on the minimum sample. */
    DepartmentRating withInterim(long givenOnTime, long givenLate, int minSample) {
        long sample = givenOnTime + givenLate;
        return new DepartmentRating(department, name, rank, received, answered, onTime, late, openOverdue, onTimeShare,
                avgAnswerDays, medianAnswerDays, avgReactionHours, reroutes, reworks, rated, satisfied, avgRating, satisfiedShare,
                coExecutions, contributionsOnTime, contributionsLate, contributionOnTimeShare,
                givenOnTime, givenLate, sample > 0 && sample >= minSample ? RatingQuery.share(givenOnTime, sample) : null, planned);
    }

    /** Interim answers measured (on time and late). */
    public long interimSample() {
        return interimOnTime + interimLate;
    }
}
