package ru.mcu.casepage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEvent;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;
import ru.mcu.cases.Resolution;
import ru.mcu.deadline.DeadlinePolicies;
import ru.mcu.deadline.DeadlinePolicy;
import ru.mcu.deadline.Deadlines;
import ru.mcu.deadline.RegimeTerms;
import ru.mcu.deadline.TermArithmetic.AppliedSuspension;
import ru.mcu.deadline.TermKind;
import ru.mcu.deadline.TermSpec;
import ru.mcu.deadline.TermUnit;
import ru.mcu.platform.time.LocalZone;

/**
 * Every term of a case and how it was computed: from what moment, by which policy, over which
 * calendar, what the extensions and each suspension added, and whether it was met. The due
 * moments shown are the ones recorded on the case (what the timers and escalations used); the
 * stage terms the case does not record (ПОС coordination, the rating window, forwarding) are
 * counted here by the same {@link Deadlines} the processes call.
 */
@Component
class TermExplanations {

    private static final DateTimeFormatter CALCULATOR_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(LocalZone.ZONE);

    private final Deadlines deadlines;
    private final DeadlinePolicies policies;
    private final Clock clock;

    TermExplanations(Deadlines deadlines, DeadlinePolicies policies, Clock clock) {
        this.deadlines = deadlines;
        this.policies = policies;
        this.clock = clock;
    }

    CaseFile.Terms explain(Case c, Function<String, String> names) {
        Instant now = clock.instant();
        List<CaseFile.Term> rows = new ArrayList<>();
        switch (c.getChannel().regime()) {
            case APPEAL_59FZ -> {
                rows.add(stage(c, "Регистрация", TermKind.REGISTRATION, "поступления", c.getReceivedAt(), c.getRegistrationDueAt(),
                        c.getRegisteredAt(), c.getStatus() == CaseStatus.RECEIVED, now));
                if (c.getResolution() == Resolution.FORWARDED && c.getRegisteredAt() != null) {
                    rows.add(stage(c, "Перенаправление по компетенции", TermKind.FORWARDING, "регистрации", c.getRegisteredAt(),
                            counted(c, TermKind.FORWARDING, c.getRegisteredAt()), c.getClosedAt(), false, now));
                }
            }
            case POS -> {
                rows.add(stage(c, "Модерация", TermKind.MODERATION, "поступления", c.getReceivedAt(), c.getRegistrationDueAt(),
                        c.getRegisteredAt() != null ? c.getRegisteredAt() : closedAtModeration(c), c.getStatus() == CaseStatus.RECEIVED, now));
                Instant accepted = first(c, CaseEventType.ACCEPTED_AT_MODERATION, null);
                if (accepted != null) {
                    rows.add(stage(c, "Координация", TermKind.COORDINATION, "принятия модератором", accepted,
                            counted(c, TermKind.COORDINATION, accepted), first(c, CaseEventType.DEPARTMENT_ASSIGNED, accepted),
                            c.getStatus() == CaseStatus.AWAITING_ROUTING, now));
                }
            }
            case INCIDENT -> {
                TermKind interim = RegimeTerms.of(Regime.INCIDENT).secondStage(c.getIncident().getImportance());
                Instant interimDone = c.getIncident().getInterimAnsweredAt() != null ? c.getIncident().getInterimAnsweredAt() : c.getAnsweredAt();
                String interimTitle = "Промежуточный ответ" + (interim == TermKind.INTERIM_HIGH ? " (высокая важность)" : "");
                if (c.getRegistrationDueAt() == null) {
                    // an incident received before triage had its own term: the interim answer counted from receipt
                    rows.add(stage(c, interimTitle, interim, "поступления", c.getReceivedAt(), c.getIncident().getInterimDueAt(), interimDone,
                            !c.isClosed() && interimDone == null, now));
                } else {
                    Instant returned = last(c, CaseEventType.RETURNED_NOT_OURS);
                    Instant triageStart = returned != null ? returned : c.getReceivedAt();
                    Instant handedOver = first(c, CaseEventType.DEPARTMENT_ASSIGNED, triageStart);
                    boolean inTriage = c.getStatus() == CaseStatus.RECEIVED || c.getStatus() == CaseStatus.AWAITING_ROUTING;
                    rows.add(stage(c, "Разбор координатором", TermKind.TRIAGE, returned != null ? "возврата исполнителем" : "поступления",
                            triageStart, c.getRegistrationDueAt(), handedOver != null ? handedOver
                                    : c.getResolution() == Resolution.DISMISSED ? c.getClosedAt() : null, inTriage, now));
                    if (handedOver != null && c.getIncident().getInterimDueAt() != null) {
                        rows.add(stage(c, interimTitle, interim, "передачи исполнителю", handedOver, c.getIncident().getInterimDueAt(), interimDone,
                                !c.isClosed() && !inTriage && interimDone == null, now));
                    }
                }
            }
        }
        List<CaseFile.Suspension> suspensions = new ArrayList<>();
        Optional<CaseFile.Term> answer = answer(c, names, suspensions, now);
        answer.ifPresent(rows::add);
        if (c.getChannel() == Channel.POS) {
            Instant published = last(c, CaseEventType.ANSWER_PUBLISHED);
            if (published != null) {
                Instant rated = c.getRatedAt() != null && !c.getRatedAt().isBefore(published) ? c.getRatedAt() : null;
                rows.add(stage(c, "Оценка ответа автором", TermKind.RATING_WINDOW, "публикации ответа", published,
                        counted(c, TermKind.RATING_WINDOW, published), rated, c.getStatus() == CaseStatus.AWAITING_RATING, now));
            }
        }
        List<CaseFile.Extension> extensions = c.getExtensions().stream().map(e -> new CaseFile.Extension(
                CaseFiles.at(e.getRequestedAt()), names.apply(e.getRequestedBy()), e.getDays(),
                e.getGround() == null ? e.getReason() : e.getGround().title() + ": " + e.getReason(),
                e.getApproved() == null ? "на рассмотрении" : e.getApproved() ? "продлено" : "отказано",
                CaseFiles.at(e.getDecidedAt()), e.getDecidedBy() == null ? null : names.apply(e.getDecidedBy()), e.getComment())).toList();
        List<CaseFile.Step> records = c.getEvents().stream()
                .filter(e -> e.getType() == CaseEventType.TERM_ASSIGNED || e.getType() == CaseEventType.TERM_CHANGED
                        || e.getType() == CaseEventType.OVERDUE || e.getType() == CaseEventType.INTERIM_OVERDUE)
                .map(e -> new CaseFile.Step(CaseFiles.at(e.getOccurredAt()), names.apply(e.getActor()), Titles.step(e.getType()),
                        e.getDescription(), e.getReason()))
                .toList();
        return new CaseFile.Terms(rows, suspensions, extensions, records, CALENDAR_NOTE);
    }

    static final String CALENDAR_NOTE = "Календарные дни истекают в 23:59 последнего дня, а если он нерабочий — следующего рабочего дня "
            + "(ст. 193 ГК РФ); рабочие дни — в конце рабочего дня (18:00, в предпраздничный день 17:00), день начала отсчёта "
            + "не считается; рабочие часы считаются только в рабочее время 09:00–18:00. Рабочие и нерабочие дни — "
            + "по производственному календарю; год без постановления о переносе выходных считается по правилам "
            + "Трудового кодекса и помечен как предварительный.";

    /** A stage term: counted from {@code start} by the policy of {@code kind}. */
    private CaseFile.Term stage(Case c, String title, TermKind kind, String startName, Instant start, Instant due, Instant done,
                                boolean pending, Instant now) {
        Optional<DeadlinePolicy> policy = policy(c, kind);
        return new CaseFile.Term(title, start == null ? "—" : startName + " " + CaseFiles.at(start),
                policy.map(p -> p.term().describe()).orElse("—"), policy.map(DeadlinePolicy::scopeTitle).orElse(null),
                calendar(start, due), CaseFiles.at(due), CaseFiles.at(done), state(due, done, pending, false, now),
                isLate(due, done, pending, now), calculator(c, start), List.of());
    }

    /** The answer term: from registration (59-ФЗ) or receipt, or from the start of a rework; extensions and suspensions added. */
    private Optional<CaseFile.Term> answer(Case c, Function<String, String> names, List<CaseFile.Suspension> suspensions, Instant now) {
        Instant start = c.answerTermStart();
        String startName = c.getChannel().isAppeal() ? "регистрации" : "поступления";
        if (start == null && c.getAnswerDueAt() == null) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        if (c.getPos().getReworkCount() > 0) {
            startName = "начала повторного рассмотрения";
            notes.add("Повторное рассмотрение после низкой оценки (" + c.getPos().getReworkCount() + "-е): срок отсчитан заново");
        }
        boolean plannedDateReached = start != null && c.getPos().getPlannedFor() != null && c.getEvents().stream()
                .anyMatch(e -> e.getType() == ru.mcu.cases.CaseEventType.PLANNED_DATE_REACHED && !e.getOccurredAt().isBefore(start));
        if (plannedDateReached) {
            startName = "наступления запланированной даты";
            notes.add("Дан ответ «запланировано» на " + c.getPos().getPlannedFor().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + ": срок окончательного ответа отсчитан от этой даты");
        }
        Optional<DeadlinePolicy> policy = policy(c, TermKind.ANSWER);
        if (c.getExtensionDays() > 0) {
            if (c.getChannel().isAppeal()) {
                notes.add("Продлён на " + TermUnit.CALENDAR_DAYS.describe(c.getExtensionDays()) + " после основного срока (ст. 12 ч. 2 59-ФЗ)");
            } else {
                TermUnit unit = policy(c, TermKind.EXTENSION_MAX).map(p -> p.term().unit()).orElse(TermUnit.WORKING_DAYS);
                notes.add("Продлён на " + unit.describe(c.getExtensionDays()) + " после основного срока (однократное продление, "
                        + "решение координатора)");
            }
        }
        List<AppliedSuspension> applied = policy.isPresent() && start != null && !c.getSuspensions().isEmpty()
                ? deadlines.arithmetic().applied(start, policy.get().term(), c.getSuspensions().stream()
                        .map(s -> new ru.mcu.deadline.SuspensionPeriod(s.getSuspendedAt(), s.getResumedAt())).toList())
                : List.of();
        for (ru.mcu.cases.Suspension s : c.getSuspensions()) {
            // 59-ФЗ knows no suspension: one recorded under the old rule moved nothing
            String added = c.getChannel().isAppeal() ? "не сдвигает срок: 59-ФЗ не предусматривает приостановления"
                    : added(s, applied, policy.map(p -> p.term()).orElse(null));
            suspensions.add(new CaseFile.Suspension(CaseFiles.at(s.getSuspendedAt()),
                    s.getResumedAt() == null ? "продолжается" : CaseFiles.at(s.getResumedAt()), s.getReason(),
                    names.apply(s.getSuspendedBy()), s.getResumedBy() == null ? null : names.apply(s.getResumedBy()), added));
        }
        if (!suspensions.isEmpty()) {
            notes.add(c.getChannel().isAppeal()
                    ? "Приостановлений по прежнему порядку: " + suspensions.size() + " — срок не сдвигают: 59-ФЗ не предусматривает приостановления"
                    : "Приостановлений: " + suspensions.size() + " — сдвиг срока по каждому в журнале приостановлений ниже");
        }
        boolean answered = c.getAnsweredAt() != null;
        boolean pending = !answered && !c.isClosed();
        boolean stopped = c.getStatus() == CaseStatus.SUSPENDED && !c.getChannel().isAppeal();
        Instant due = c.getAnswerDueAt();
        Instant done = answered ? c.getAnsweredAt() : null;
        return Optional.of(new CaseFile.Term("Ответ по существу", start == null ? "—" : startName + " " + CaseFiles.at(start),
                policy.map(p -> p.term().describe()).orElse("—"), policy.map(DeadlinePolicy::scopeTitle).orElse(null),
                calendar(start, due), CaseFiles.at(due), CaseFiles.at(done), state(due, done, pending, stopped, now),
                isLate(due, done, pending && !stopped, now) || c.getOverdueSince() != null && !answered,
                calculator(c, start), notes));
    }

    /** What one suspension of the case added to the answer term, in the term's unit. */
    private static String added(ru.mcu.cases.Suspension s, List<AppliedSuspension> applied, TermSpec term) {
        if (term == null) {
            return "—";
        }
        for (AppliedSuspension a : applied) {
            if (Objects.equals(a.suspension().to(), s.getResumedAt())) {
                if (a.dueAfter() == null) {
                    return "срок остановлен, пока рассмотрение приостановлено";
                }
                if (term.unit() == TermUnit.WORKING_HOURS) {
                    return "+" + workingTime(a.workingTime()) + " рабочего времени, срок до " + CaseFiles.at(a.dueAfter());
                }
                return "+" + term.unit().describe(Math.toIntExact(a.days())) + ", срок до " + CaseFiles.at(a.dueAfter());
            }
        }
        return "не сдвигает срок (до начала отсчёта или после его окончания)";
    }

    private static String workingTime(Duration d) {
        long hours = d.toHours();
        long minutes = d.minusHours(hours).toMinutes();
        return minutes == 0 ? hours + " ч" : hours + " ч " + minutes + " мин";
    }

    private static String state(Instant due, Instant done, boolean pending, boolean stopped, Instant now) {
        if (done != null) {
            if (due == null || !done.isAfter(due)) {
                return "выполнено в срок";
            }
            return "выполнено с опозданием: " + ru.mcu.cases.TermText.timeLeft(due, done);
        }
        if (stopped) {
            return "срок остановлен: рассмотрение приостановлено";
        }
        if (due == null) {
            return pending ? "срок ещё не назначен" : "—";
        }
        if (!pending) {
            return "не потребовалось";
        }
        return ru.mcu.cases.TermText.timeLeft(due, now);
    }

    private static boolean isLate(Instant due, Instant done, boolean pending, Instant now) {
        if (due == null) {
            return false;
        }
        return done != null ? done.isAfter(due) : pending && now.isAfter(due);
    }

    private String calendar(Instant start, Instant due) {
        if (start == null || due == null) {
            return "производственный календарь";
        }
        int from = start.atZone(LocalZone.ZONE).getYear();
        int to = due.atZone(LocalZone.ZONE).getYear();
        String years = from == to ? from + " г." : from + "–" + to + " гг.";
        return "производственный календарь " + years + (deadlines.arithmetic().involvesProvisionalYear(start, due)
                ? " — предварительный (год без постановления о переносе выходных)" : "");
    }

    /** The deadline calculator for the case's channel, rubric and importance, counted from {@code start}. */
    private static String calculator(Case c, Instant start) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/deadlines").queryParam("channel", c.getChannel().name());
        if (c.getRubricCode() != null) {
            link.queryParam("rubric", c.getRubricCode());
        }
        if (start != null) {
            link.queryParam("receivedAt", CALCULATOR_INPUT.format(start));
        }
        if (c.getIncident().getImportance() != null) {
            link.queryParam("importance", c.getIncident().getImportance().name());
        }
        return link.encode().build().toUriString();
    }

    /** A stage term the case does not record, counted now as the process counted it. */
    private Instant counted(Case c, TermKind kind, Instant start) {
        try {
            return deadlines.term(c.getChannel(), c.getRubricCode(), kind, start).dueAt();
        } catch (RuntimeException e) {
            return null; // no policy for the kind: the row says so
        }
    }

    private Optional<DeadlinePolicy> policy(Case c, TermKind kind) {
        try {
            return Optional.of(policies.policyFor(c.getChannel(), c.getRubricCode(), kind));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Instant closedAtModeration(Case c) {
        return first(c, CaseEventType.REJECTED_AT_MODERATION, null);
    }

    /** The first step of the type at or after {@code after}. */
    private static Instant first(Case c, CaseEventType type, Instant after) {
        return c.getEvents().stream().filter(e -> e.getType() == type && (after == null || !e.getOccurredAt().isBefore(after)))
                .map(CaseEvent::getOccurredAt).findFirst().orElse(null);
    }

    private static Instant last(Case c, CaseEventType type) {
        Instant last = null;
        for (CaseEvent e : c.getEvents()) {
            if (e.getType() == type) {
                last = e.getOccurredAt();
            }
        }
        return last;
    }
}
