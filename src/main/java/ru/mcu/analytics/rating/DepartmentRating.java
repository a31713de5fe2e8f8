package ru.mcu.analytics.rating;

/**
 * One responsible recipient's figures in a period. Times are in days (answer) and hours
 * (first reaction); shares are 0..1; null where nothing was there to measure.
 *
 * @param rank            1 for the best; null when the department is below the minimum sample
 * @param reroutes        returns as "not ours" of cases received in the period (a case returned twice counts twice)
 * @param reworks         returns for rework after a low rating, of cases answered in the period
 */
public record DepartmentRating(String department, String name, Integer rank,
                               long received, long answered, long onTime, long late, long openOverdue,
                               Double onTimeShare, Double avgAnswerDays, Double medianAnswerDays, Double avgReactionHours,
                               long reroutes, long reworks, long rated, long satisfied, Double avgRating, Double satisfiedShare) {

    /** Late answers of the period plus cases open past their term. */
    public long overdue() {
        return late + openOverdue;
    }

    public boolean ranked() {
        return rank != null;
    }

    DepartmentRating withRank(Integer value) {
        return new DepartmentRating(department, name, value, received, answered, onTime, late, openOverdue, onTimeShare,
                avgAnswerDays, medianAnswerDays, avgReactionHours, reroutes, reworks, rated, satisfied, avgRating, satisfiedShare);
    }
}
