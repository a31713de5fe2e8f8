package ru.mcu.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The demo's way to write the past of a case not stored yet: the demo's history generator
 * replays a year of cases through the same transitions the services use, each applied here to
 * the case given. Nothing but {@code ru.mcu.demo} may use it (ArchitectureTest); the application
 * changes a case through this module's services.
 */
public final class CaseReplay {

    private CaseReplay() {
    }

    public static void routeByRule(Case c, String department, String departmentName, Instant now) {
        c.routeByRule(department, departmentName, now);
    }

    public static void noRuleMatched(Case c, Instant now) {
        c.noRuleMatched(now);
    }

    public static void register(Case c, AppealKind kind, Place place, String department, String departmentName, String comment, String actor, Instant now) {
        c.register(kind, place, department, departmentName, comment, actor, now);
    }

    public static void forward(Case c, AppealKind kind, Place place, String body, String reason, String actor, Instant now) {
        c.forward(kind, place, body, reason, actor, now);
    }

    public static void closeWithoutAnswer(Case c, AppealKind kind, Place place, Resolution resolution, String note, String body, String actor, Instant now) {
        c.closeWithoutAnswer(kind, place, resolution, note, body, actor, now);
    }

    public static void answerOrally(Case c, AppealKind kind, Place place, String answer, String actor, Instant now) {
        c.answerOrally(kind, place, answer, actor, now);
    }

    public static void acceptAtModeration(Case c, Place place, String comment, String actor, Instant now) {
        c.acceptAtModeration(place, comment, actor, now);
    }

    public static void rejectAtModeration(Case c, Resolution resolution, String comment, String actor, Instant now) {
        c.rejectAtModeration(resolution, comment, actor, now);
    }

    public static void assignDepartment(Case c, String department, String departmentName, Place place, String actor, Instant now) {
        c.assignDepartment(department, departmentName, place, actor, now);
    }

    public static void dismiss(Case c, String reason, String actor, Instant now) {
        c.dismiss(reason, actor, now);
    }

    public static void returnAsNotOurs(Case c, String reason, String actor, Instant now) {
        c.returnAsNotOurs(reason, actor, now);
    }

    public static void rerouteTo(Case c, String department, String departmentName, String reason, String actor, Instant now) {
        c.rerouteTo(department, departmentName, reason, actor, now);
    }

    public static void takenByClerk(Case c, String clerk, String clerkName, Instant now) {
        c.takenByClerk(clerk, clerkName, now);
    }

    public static void proposeSpecialHandling(Case c, Resolution resolution, String reason, String actor, Instant now) {
        c.proposeSpecialHandling(resolution, reason, actor, now);
    }

    public static void closeAfterConsideration(Case c, Resolution resolution, String note, String actor, Instant now) {
        c.closeAfterConsideration(resolution, note, actor, now);
    }

    public static void draftAnswer(Case c, String answer, String actor, Instant now) {
        c.draftAnswer(answer, actor, now);
    }

    public static void returnAnswer(Case c, String remarks, String actor, Instant now) {
        c.returnAnswer(remarks, actor, now);
    }

    public static void approveAnswer(Case c, String actor, Instant now) {
        c.approveAnswer(actor, now);
    }

    public static void approveAnswer(Case c, ResultType type, LocalDate controlUntil, LocalDate today, String actor, Instant now) {
        c.approveAnswer(type, controlUntil, today, actor, now);
    }

    public static void dispatchAnswer(Case c, Instant now) {
        c.dispatchAnswer(now);
    }

    public static void giveInterimAnswer(Case c, String text, String actor, Instant now) {
        c.giveInterimAnswer(text, actor, now);
    }

    public static void resolveOnSpot(Case c, String answer, String evidence, String actor, Instant now) {
        c.resolveOnSpot(answer, evidence, actor, now);
    }

    public static void giveFullAnswer(Case c, String answer, String actor, Instant now) {
        c.giveFullAnswer(answer, actor, now);
    }

    public static void recordResponsePublished(Case c, Instant now) {
        c.recordResponsePublished(now);
    }

    public static void publishAnswer(Case c, Instant now) {
        c.publishAnswer(now);
    }

    public static int rate(Case c, int score, String comment, Instant now) {
        return c.rate(score, comment, now);
    }

    public static void startRework(Case c, Instant now) {
        c.startRework(now);
    }

    public static void closeAnswered(Case c, String note, Instant now) {
        c.closeAnswered(note, now);
    }

    public static void assignRegistrationTerm(Case c, Instant due, String stage, String rule, Instant now) {
        c.assignRegistrationTerm(due, stage, rule, now);
    }

    public static void assignInterimTerm(Case c, Instant due, String rule, Instant now) {
        c.assignInterimTerm(due, rule, now);
    }

    public static void assignAnswerTerm(Case c, Instant due, String rule, Instant now) {
        c.assignAnswerTerm(due, rule, now);
    }

    public static void requestExtension(Case c, int days, ExtensionGround ground, String reason, int maxDays, String actor, Instant now) {
        c.requestExtension(days, ground, reason, maxDays, actor, now);
    }

    public static Extension decideExtension(Case c, boolean approved, String comment, String actor, Instant now) {
        return c.decideExtension(approved, comment, actor, now);
    }

    public static boolean markOverdue(Case c, Instant now) {
        return c.markOverdue(now);
    }

    public static boolean markInterimOverdue(Case c, Instant now) {
        return c.markInterimOverdue(now);
    }

    public static void recordEscalation(Case c, CaseEventType type, String description, Instant now) {
        c.recordEscalation(type, description, now);
    }

    public static void answerViaMainCase(Case c, Case main, Instant now) {
        c.answerViaMainCase(main, now);
    }

    public static boolean remindOfControl(Case c, LocalDate today, String whom, Instant now) {
        return c.remindOfControl(today, whom, now);
    }

    public static void closeControl(Case c, String note, String actor, Instant now) {
        c.closeControl(note, actor, now);
    }
}
