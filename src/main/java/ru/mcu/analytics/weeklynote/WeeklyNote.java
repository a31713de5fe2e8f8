package ru.mcu.analytics.weeklynote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.mcu.analytics.Period;
import ru.mcu.analytics.growth.GrowthFactor;
import ru.mcu.analytics.growth.RepeatedComplaints;
import ru.mcu.analytics.rating.DepartmentRating;

/**
 * The contents of the weekly analytical note for the head of administration: what came in and
 * how it compares with the week before, top problems and places, overdue cases and their owner
 * departments, the rating, growth factors, roadmap progress and satisfaction, and the block
 * heads' own account of what was done ({@link BlockReport}). Built from queries and those texts;
 * no citizen's data.
 */
public record WeeklyNote(Period week, Instant builtAt, Count total, List<Count> byChannel, List<Count> byTopic,
                         List<Count> topProblems, List<Count> topPlaces, List<Count> overdueByDepartment,
                         List<OverdueCase> overdueCases, long overdueTotal, List<DepartmentRating> rating, int minSample,
                         List<GrowthFactor> growth, RepeatedComplaints.Share repeated, List<RoadmapLine> roadmaps,
                         Satisfaction satisfaction, Satisfaction satisfactionBefore,
                         List<BlockReport> blockReports) {

    /** What a block head ({@code blockHead}: the author's name) reports as done on the themes of a department this week (Regulation 3.2.1). */
    public record BlockReport(String department, String blockHead, String text) {
    }

    /** A labelled count this week and the week before. */
    public record Count(String label, long count, long previous) {

        /** «+20 %», «−5 %», «впервые» or «без изменений». */
        public String change() {
            if (count == previous) {
                return "без изменений";
            }
            if (previous == 0) {
                return "впервые";
            }
            long percent = Math.round(100.0 * (count - previous) / previous);
            return (percent > 0 ? "+" : "−") + Math.abs(percent) + " %";
        }
    }

    /** An open case past its term: by number, with its owner department and how long overdue. */
    public record OverdueCase(String number, String department, String rubric, LocalDate due, long daysOverdue) {
    }

    /** A roadmap's progress. */
    public record RoadmapLine(long id, String title, String owner, String status, long done, long measures, long overdue) {
    }

    /** Citizens' ratings given in a week. */
    public record Satisfaction(long rated, Double average, Double satisfiedShare) {
    }

    public LocalDate weekStart() {
        return week.from();
    }

    public List<DepartmentRating> ranked() {
        return rating.stream().filter(DepartmentRating::ranked).toList();
    }

    /** Departments with any activity this week that are below the minimum sample. */
    public List<DepartmentRating> unrankedActive() {
        return rating.stream().filter(r -> !r.ranked() && (r.received() > 0 || r.answered() > 0 || r.openOverdue() > 0)).toList();
    }
}
