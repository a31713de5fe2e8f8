package ru.mcu.analytics.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.mcu.cases.Channel;

/**
 * The morning dashboard's figures as of {@code now}, each with the address of its cases.
 *
 * @param scopeTitle  whose cases: «все подразделения» or the block head's departments
 * @param riskDay     the last day whose terms count as at risk
 * @param departments the departments with something open and due, by overdue count
 * @param total       the same over every department (and cases not yet given to one)
 * @param atRisk      the first cases at risk, nearest term first
 */
public record Dashboard(Instant now, LocalDate today, String scopeTitle, LocalDate riskDay, int riskWorkingDays,
                        List<DepartmentLine> departments, DepartmentLine total, List<RiskCase> atRisk,
                        List<ChannelLine> newByChannel, Figure newTotal, String sinceTitle,
                        List<WeekLine> week, String weekTitle, String previousWeekTitle,
                        Satisfaction satisfaction) {

    /** A count and the list of its cases. */
    public record Figure(long count, String href) {
    }

    /** One department's open terms. {@code code} is null for the total line. */
    public record DepartmentLine(String code, String name, Figure overdue, Figure dueToday, Figure dueTomorrow, Figure atRisk) {
    }

    /** A case at risk: what and whose it is, never whose appeal. */
    public record RiskCase(String number, String href, Channel channel, String rubricName, String departmentName, Instant dueAt) {
    }

    /** Cases received since yesterday through one channel. */
    public record ChannelLine(Channel channel, Figure received) {
    }

    /** One measure this week to date and in the same days of the previous week. */
    public record WeekLine(String title, Figure current, Figure previous) {

        /** The change in percent, or null when the previous week had none. */
        public Long changePercent() {
            return previous.count() == 0 ? null : Math.round((current.count() - previous.count()) * 100.0 / previous.count());
        }
    }

    /**
     * Citizens' ratings given this month to date.
     *
     * @param average the mean score, null without ratings
     */
    public record Satisfaction(String monthTitle, Figure rated, Figure satisfied, Double average) {

        /** The share of 4–5 among the ratings, null without ratings. */
        public Double share() {
            return rated.count() == 0 ? null : (double) satisfied.count() / rated.count();
        }
    }

    /** True when nothing at all is open and due, received, answered or rated: an empty database. */
    public boolean empty() {
        return total.overdue().count() + total.dueToday().count() + total.dueTomorrow().count() + total.atRisk().count()
                + newTotal.count() + week.stream().mapToLong(w -> w.current().count() + w.previous().count()).sum()
                + satisfaction.rated().count() == 0;
    }
}
