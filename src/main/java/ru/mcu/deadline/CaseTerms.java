package ru.mcu.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.CaseTermRecords;
import ru.mcu.cases.Extension;
import ru.mcu.cases.ExtensionGround;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.cases.TermText;
import ru.mcu.platform.text.RussianPlural;

/**
 * The terms of one case: computes them from the policies and the production calendar and
 * records them on the case. The answer term is always recomputed from the record (the
 * registration instant, the policy, the suspension log and the extensions granted), so it can
 * be checked at any time. A 59-ФЗ appeal's term never counts suspensions (the law has none) and
 * is extended only by an extension decided before the term ran out.
 */
@Service
@Transactional
public class CaseTerms {

    private final CaseQueries cases;
    private final CaseTermRecords records;
    private final DeadlinePolicies policies;
    private final TermArithmetic arithmetic;
    private final Clock clock;

    CaseTerms(CaseQueries cases, CaseTermRecords records, DeadlinePolicies policies, TermArithmetic arithmetic, Clock clock) {
        this.cases = cases;
        this.records = records;
        this.policies = policies;
        this.arithmetic = arithmetic;
        this.clock = clock;
    }

    /**
     * A term, computed once, with the instants the process's timers need, how it was computed
     * and how it reads in the Tasklist column «Срок».
     */
    public record TermDates(Instant due, Instant remindAt, Instant escalateAt, String rule) {

        /** «до 18.12.2026 23:59». */
        public String text() {
            return TermText.until(due);
        }
    }

    /**
     * The term of the МЦУ's first step, counted from receipt: registration of an appeal,
     * moderation of a ПОС message, triage of an incident by the «Инцидент Менеджмент» coordinator.
     * An incident's interim answer has its own term, from the handover ({@link #assignInterimTerm}).
     */
    public TermDates assignFirstStageTerm(String caseNumber) {
        Case c = cases.get(caseNumber);
        TermKind kind = RegimeTerms.of(c.getChannel().regime()).firstStage();
        TermSpec spec = policy(c, kind);
        Instant due = arithmetic.due(c.getReceivedAt(), spec);
        records.assignRegistrationTerm(c, due, kind.title(), spec.describe());
        return stage(due, spec.describe());
    }

    /**
     * An incident back at triage (its department returned it as not its own): a fresh triage
     * term, counted from now, recorded on the case.
     */
    public TermDates assignTriageTerm(String caseNumber) {
        Case c = cases.get(caseNumber);
        TermSpec spec = policy(c, TermKind.TRIAGE);
        Instant due = arithmetic.due(clock.instant(), spec);
        String rule = spec.describe() + " с возврата исполнителем";
        records.assignRegistrationTerm(c, due, TermKind.TRIAGE.title(), rule);
        return stage(due, rule);
    }

    /**
     * The department's interim answer to an incident (9 working hours, 4 when of high importance,
     * by default), counted from now: the moment triage hands the incident over. Recorded on the case.
     */
    public TermDates assignInterimTerm(String caseNumber) {
        Case c = cases.get(caseNumber);
        TermSpec spec = policy(c, RegimeTerms.of(c.getChannel().regime()).secondStage(c.getIncident().getImportance()));
        Instant due = arithmetic.due(clock.instant(), spec);
        String rule = spec.describe() + " с передачи исполнителю";
        records.assignInterimTerm(c, due, rule);
        return stage(due, rule);
    }

    /** ПОС coordination: counted from now, when moderation accepted the message. */
    public TermDates coordinationTerm(String caseNumber) {
        TermSpec spec = policy(cases.get(caseNumber), TermKind.COORDINATION);
        return stage(arithmetic.due(clock.instant(), spec), spec.describe());
    }

    /** A fresh answer term after a low rating, counted from now, recorded on the case. */
    public TermDates assignReworkTerm(String caseNumber) {
        return assignAnswerTermFromNow(cases.get(caseNumber), " (повторное рассмотрение)");
    }

    /**
     * A ПОС message answered «запланировано» reached its planned date: the department has the
     * channel's answer term again, counted from now, to complete the works and give the final answer.
     */
    public TermDates assignPlannedWorkTerm(String caseNumber) {
        return assignAnswerTermFromNow(cases.get(caseNumber), " (окончательный ответ после запланированной даты)");
    }

    /** Until when the author of a ПОС answer may rate it, counted from now. */
    public Instant ratingWindowEnd(String caseNumber) {
        return arithmetic.due(clock.instant(), policy(cases.get(caseNumber), TermKind.RATING_WINDOW));
    }

    /** The answer term, counted from registration, with the extensions and suspensions so far. */
    public TermDates assignAnswerTerm(String caseNumber) {
        Case c = cases.get(caseNumber);
        TermDates dates = answerTerm(c);
        records.assignAnswerTerm(c, dates.due(), dates.rule());
        return dates;
    }

    /** A clerk asks for more time; checked against the most the policy allows. */
    public void requestExtension(String caseNumber, Integer days, String reason, String actor) {
        requestExtension(caseNumber, days, null, reason, actor);
    }

    /**
     * A clerk asks for more time on a ground (ст. 12 ч. 2 59-ФЗ), before the term runs out;
     * checked against the most the policy allows.
     */
    public void requestExtension(String caseNumber, Integer days, ExtensionGround ground, String reason, String actor) {
        if (days == null) {
            throw new InvalidCaseDataException("extensionDays", "Укажите, на сколько дней продлить срок");
        }
        Case c = cases.get(caseNumber);
        records.requestExtension(c, days, ground, reason, policy(c, TermKind.EXTENSION_MAX).amount(), actor);
    }

    /**
     * ПОС: the department asks for the single extension the project allows (docs/pos.md), of the
     * length of the policy {@code EXTENSION_MAX}, before the answer term runs out; the ПОС
     * coordinator decides ({@link #decidePosExtension}).
     */
    public void requestPosExtension(String caseNumber, String reason, String actor) {
        Case c = cases.get(caseNumber);
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseDataException("extensionReason", "Укажите, почему нужен дополнительный срок");
        }
        if (c.getExtensionDays() > 0) {
            throw new InvalidCaseDataException("considerationOutcome", "Срок ответа уже продлевался: продлить его можно один раз");
        }
        if (c.getAnswerDueAt() != null && !clock.instant().isBefore(c.getAnswerDueAt())) {
            throw new InvalidCaseDataException("considerationOutcome", "Срок ответа истёк " + TermText.format(c.getAnswerDueAt())
                    + ": продлить истёкший срок нельзя. Подготовьте ответ.");
        }
        int days = policy(c, TermKind.EXTENSION_MAX).amount();
        records.requestExtension(c, days, null, reason.strip(), days, actor);
    }

    /**
     * ПОС: the coordinator's decision on the extension asked for, with his reason; an approved
     * one moves the answer term on the working-day calendar. A request made after the term ran out
     * is not granted; one made in time may be, even when the coordinator decides after the term
     * (while he decides, the department's term timers are not running).
     */
    public void decidePosExtension(String caseNumber, boolean approved, String comment, String actor) {
        Case c = cases.get(caseNumber);
        if (approved && (comment == null || comment.isBlank())) {
            throw new InvalidCaseDataException("extensionComment", "Укажите основание продления");
        }
        Instant requestedAt = c.getExtensions().stream().filter(Extension::isPending)
                .map(Extension::getRequestedAt).findFirst().orElse(clock.instant());
        if (approved && c.getAnswerDueAt() != null && !requestedAt.isBefore(c.getAnswerDueAt())) {
            throw new InvalidCaseDataException("extensionDecision", "Продление запрошено после истечения срока ответа "
                    + TermText.format(c.getAnswerDueAt()) + ": продлить истёкший срок нельзя. Выберите «Отказать».");
        }
        decideExtension(c, approved, comment == null ? null : comment.strip(), actor);
    }

    /**
     * The term for forwarding a 59-ФЗ appeal to the competent body (ст. 8 ч. 3: 7 days), counted
     * from registration for every forwarding, also of an appeal a department returned as not its
     * own; the due date of the МЦУ's re-routing task and of its escalation timer.
     */
    public TermDates forwardingTerm(String caseNumber) {
        Case c = cases.get(caseNumber);
        Instant start = c.getRegisteredAt();
        if (start == null) {
            throw new IllegalStateException("Case " + caseNumber + " is not registered: no forwarding term yet");
        }
        TermSpec spec = policy(c, TermKind.FORWARDING);
        return stage(arithmetic.due(start, spec), spec.describe() + " с регистрации");
    }

    /**
     * The co-executors' sub-term, from now: the day the registrar chose (the end of that working
     * day), else the earlier of the policy's term from now (10 working days by default) and the
     * policy's reserve before the answer term (5 working days by default), so that the lead
     * department has time to gather the contributions. Never past the answer term, never in the past.
     */
    public TermDates coExecutionTerm(String caseNumber, java.time.LocalDate chosen) {
        Case c = cases.get(caseNumber);
        Instant now = clock.instant();
        Instant answerDue = c.getAnswerDueAt();
        Instant due;
        String rule;
        if (chosen != null) {
            due = arithmetic.endOfWorkingDay(chosen).orElseThrow(() -> new InvalidCaseDataException("coExecutionDueDate",
                    "Срок соисполнителей должен приходиться на рабочий день"));
            rule = "срок, назначенный регистратором";
            if (!due.isAfter(now) || answerDue != null && due.isAfter(answerDue)) {
                throw new InvalidCaseDataException("coExecutionDueDate", "Срок соисполнителей должен быть не раньше сегодняшнего "
                        + "дня и не позже срока ответа" + (answerDue == null ? "" : " (" + TermText.format(answerDue) + ")"));
            }
        } else {
            TermSpec spec = policy(c, TermKind.CO_EXECUTION);
            TermSpec reserve = policy(c, TermKind.CO_EXECUTION_RESERVE);
            due = arithmetic.due(now, spec);
            rule = spec.describe();
            if (answerDue != null) {
                Instant latest = arithmetic.before(answerDue, reserve);
                if (latest.isBefore(due)) {
                    due = latest;
                    rule = "за " + reserve.describe() + " до срока ответа";
                }
                if (!due.isAfter(now)) {
                    // a late re-routing leaves less than the reserve: the co-executors get the rest of the term
                    due = answerDue;
                    rule = "до срока ответа";
                }
            }
        }
        return stage(due, rule);
    }

    /** The block head's decision; an approved extension moves the term and the citizen is told. */
    public void decideExtension(String caseNumber, boolean approved, String comment, String actor) {
        decideExtension(cases.get(caseNumber), approved, comment, actor);
    }

    private void decideExtension(Case c, boolean approved, String comment, String actor) {
        Extension extension = records.decideExtension(c, approved, comment, actor);
        if (approved) {
            TermDates dates = answerTerm(c);
            records.extendAnswerTerm(c, extension.getDays(), dates.due(), dates.rule());
        }
    }

    /** A fresh answer term counted from now (a rework, the final answer after a planned date), recorded on the case. */
    private TermDates assignAnswerTermFromNow(Case c, String why) {
        TermSpec spec = policy(c, TermKind.ANSWER);
        String rule = spec.describe() + why;
        TermDates dates = answer(c, arithmetic.due(clock.instant(), spec), rule);
        records.assignAnswerTerm(c, dates.due(), rule);
        return dates;
    }

    /**
     * The answer term: a 59-ФЗ appeal counts from registration, a ПОС message and an incident
     * from receipt, a reworked message from the start of its rework; extensions and suspensions applied.
     */
    private TermDates answerTerm(Case c) {
        Instant start = c.answerTermStart();
        if (start == null) {
            throw new IllegalStateException("Case " + c.getNumber() + " is not registered: no answer term yet");
        }
        TermSpec spec = policy(c, TermKind.ANSWER);
        // 59-ФЗ knows no suspension: an appeal suspended under the old rule keeps its lawful term
        List<SuspensionPeriod> suspensions = c.getChannel().isAppeal() ? List.of() : c.getSuspensions().stream()
                .map(s -> new SuspensionPeriod(s.getSuspendedAt(), s.getResumedAt()))
                .toList();
        Instant due = arithmetic.due(start, spec, suspensions)
                .orElseThrow(() -> new IllegalStateException("Case " + c.getNumber() + " is suspended: no term while the clock stands"));
        String rule = spec.describe();
        if (c.getExtensionDays() > 0) {
            // 59-ФЗ extends by calendar days (ст. 12 ч. 2); a ПОС message in the unit of its extension policy
            TermSpec extension = c.getChannel().isAppeal() ? TermSpec.calendarDays(c.getExtensionDays())
                    : new TermSpec(policy(c, TermKind.EXTENSION_MAX).unit(), c.getExtensionDays());
            due = arithmetic.due(due, extension);
            rule += ", продлён на " + extension.describe();
        }
        if (!suspensions.isEmpty()) {
            rule += ", с учётом приостановления";
        }
        return answer(c, due, rule);
    }

    /** A stage's term: due, reminded the working day before, escalated by its own timer. */
    private TermDates stage(Instant due, String rule) {
        return new TermDates(due, arithmetic.reminderBefore(due), null, rule);
    }

    /** An answer term: due, reminded the working day before, escalated to the second level after the policy's delay. */
    private TermDates answer(Case c, Instant due, String rule) {
        return new TermDates(due, arithmetic.reminderBefore(due), arithmetic.due(due, policy(c, TermKind.ESCALATION_SECOND_LEVEL)), rule);
    }

    private TermSpec policy(Case c, TermKind kind) {
        return policies.termFor(c.getChannel(), c.getRubricCode(), kind);
    }
}
