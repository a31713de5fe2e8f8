package ru.mcu.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.CaseReplay;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Citizen;
import ru.mcu.cases.ExtensionGround;
import ru.mcu.cases.Importance;
import ru.mcu.cases.NewCase;
import ru.mcu.cases.Place;
import ru.mcu.cases.Resolution;
import ru.mcu.cases.ResultType;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.deadline.TermKind;
import ru.mcu.deadline.TermSpec;
import ru.mcu.demo.HistoryScenario.HotSpot;
import ru.mcu.demo.HistoryScenario.Profile;
import ru.mcu.platform.text.RussianPlural;
import ru.mcu.platform.time.LocalZone;

/**
 * Generates the demo year in memory: every case is taken through the same {@link Case} methods
 * that the processes' delegates call, step by step, at the instants the staff would have acted
 * (working hours of the production calendar), with the terms computed by the application's
 * policies and {@link TermArithmetic}, the reminders and escalations its timers would have
 * recorded, and the citizens' ratings. So every column and history entry the readers look at is
 * what real processing writes. Only closed cases are made: a case whose steps would not all lie
 * before now is played faster, and left out when even that does not fit.
 *
 * <p>Deterministic: the same seed and the same "now" give the same cases; each case draws from a
 * generator of its own, so replaying one case replays it exactly.
 */
final class HistoryGenerator {

    /** A term rule for a channel, rubric (may be null) and kind. */
    interface Policies {
        TermSpec termFor(Channel channel, String rubric, TermKind kind);
    }

    /** What the generator knows of the reference data. */
    interface Reference {
        String departmentName(String code);

        String blockHeadName(String code);

        /** The rubric's default department, or null. */
        String defaultDepartment(String rubric);

        /** The rubric's name; its topic's name for a subrubric's category. */
        String rubricName(String code);

        String forwardTo(String rubric);

        boolean hasRubric(String code);

        boolean hasDistrict(String code);

        double[] districtCentre(String code);

        String districtName(String code);
    }

    /** One planned case before it is played. */
    record Plan(int index, Instant receivedAt, Channel channel, String rubric, String department, String district,
                String street, String house, double lat, double lon, HotSpot spot, int spotOrder) {
    }

    /** A citizen's rating as {@code case_rating} keeps it. */
    record Rating(int round, int score, String comment, Instant at) {
    }

    /** A history entry the generator writes itself (the link to the main case needs the stored ids). */
    record Extra(Instant at, String actor, CaseEventType type, String description) {
    }

    /** A played case. */
    static final class Generated {
        final Plan plan;
        final Case record;
        final List<Rating> ratings = new ArrayList<>();
        final List<Extra> extras = new ArrayList<>();
        Generated main;
        Instant end;

        Generated(Plan plan, Case record) {
            this.plan = plan;
            this.record = record;
        }
    }

    /** A step done later, at its time. */
    private record Step(Instant at, Runnable action) {
    }

    private static final double[] SCALES = {1, 0.5, 0.25, 0.1, 0.04};
    private static final Channel[] CHANNELS = {Channel.SITE, Channel.EPGU, Channel.LETTER, Channel.RECEPTION, Channel.POS,
            Channel.INCIDENT};
    private static final String REGISTRAR = "mcu-registrar";
    private static final String POS_COORDINATOR = "pos-coordinator";
    private static final String IM_COORDINATOR = "im-coordinator";

    private final long seed;
    private final Instant now;
    private final Instant limit;
    private final LocalDate firstDay;
    private final TermArithmetic arithmetic;
    private final Reference reference;
    private final Function<String, String> staffName;
    private final Map<String, TermSpec> specs = new HashMap<>();
    private final Policies policies;

    HistoryGenerator(long seed, Instant now, int months, TermArithmetic arithmetic, Policies policies, Reference reference,
                     Function<String, String> staffName) {
        this.seed = seed;
        this.now = now;
        this.limit = now.minus(Duration.ofMinutes(10));
        this.firstDay = LocalDate.ofInstant(now, LocalZone.ZONE).minusMonths(months);
        this.arithmetic = arithmetic;
        this.policies = policies;
        this.reference = reference;
        this.staffName = staffName;
    }

    // ------------------------------------------------------------------ planning

    /** The cases of the year, in order of receipt: about {@code count} spread by the season, plus the hot spots. */
    List<Plan> plan(int count) {
        Random random = new Random(seed);
        List<HistoryScenario.Volume> volumes = HistoryScenario.VOLUMES.stream().filter(v -> reference.hasRubric(v.rubric())).toList();
        List<HistoryScenario.Area> areas = HistoryScenario.AREAS.stream().filter(a -> reference.hasDistrict(a.district())).toList();
        LocalDate lastDay = LocalDate.ofInstant(limit, LocalZone.ZONE);
        List<LocalDate> days = new ArrayList<>();
        double[] dayWeights = new double[(int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1];
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            double month = 0;
            for (HistoryScenario.Volume v : volumes) {
                month += v.perYear() * v.season()[d.getMonthValue() - 1];
            }
            dayWeights[days.size()] = month * weekday(d.getDayOfWeek());
            days.add(d);
        }
        double[] dayCumulative = cumulative(dayWeights);
        List<Plan> plans = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < count; i++) {
            LocalDate day = days.get(pick(dayCumulative, random));
            double[] rubricWeights = volumes.stream().mapToDouble(v -> v.perYear() * v.season()[day.getMonthValue() - 1]).toArray();
            String rubric = volumes.get(pick(cumulative(rubricWeights), random)).rubric();
            HistoryScenario.Area area = areas.get(pick(cumulative(areas.stream().mapToDouble(HistoryScenario.Area::weight).toArray()), random));
            Channel channel = CHANNELS[pick(cumulative(HistoryScenario.streetTopic(rubric) ? HistoryScenario.STREET_CHANNELS
                    : HistoryScenario.PAPER_CHANNELS), random)];
            Instant received = receivedOn(day, channel, random);
            if (received == null) {
                continue;
            }
            double[] centre = reference.districtCentre(area.district());
            String street = area.streets().get(random.nextInt(area.streets().size()));
            String house = Integer.toString(1 + random.nextInt(area.district().equals("center") ? 300 : 60));
            double lat = centre[0] + random.nextGaussian() * area.spread();
            double lon = centre[1] + random.nextGaussian() * area.spread() * 1.4;
            String department = HistoryScenario.departmentFor(rubric, reference.defaultDepartment(rubric), random);
            plans.add(new Plan(index++, received, channel, rubric, department, area.district(), street, house, lat, lon, null, 0));
        }
        List<HotSpot> spots = new ArrayList<>(HistoryScenario.HOT_SPOTS);
        spots.add(HistoryScenario.recentBurst(LocalDate.ofInstant(now, LocalZone.ZONE).getMonthValue()));
        for (HotSpot spot : spots) {
            if (!reference.hasRubric(spot.rubric()) || !reference.hasDistrict(spot.district())) {
                continue;
            }
            LocalDate start = spotStart(spot, random);
            for (int k = 0; k < spot.cases(); k++) {
                LocalDate day = start.plusDays(spot.month() == 0 ? random.nextInt(7) : k * 2L + random.nextInt(3));
                Channel channel = CHANNELS[pick(cumulative(HistoryScenario.STREET_CHANNELS), random)];
                if (spot.linked() && (channel == Channel.LETTER || channel == Channel.RECEPTION)) {
                    channel = Channel.SITE;
                }
                Instant received = receivedOn(day, channel, random);
                if (received == null || day.isBefore(firstDay) || !received.isBefore(limit)) {
                    continue;
                }
                String[] parts = spot.address().split(", ");
                String department = HistoryScenario.departmentFor(spot.rubric(), reference.defaultDepartment(spot.rubric()), random);
                plans.add(new Plan(index++, received, channel, spot.rubric(), department, spot.district(), parts[0], parts[1],
                        spot.lat() + random.nextGaussian() * 0.0001, spot.lon() + random.nextGaussian() * 0.0001, spot, k));
            }
        }
        plans.sort(Comparator.comparing(Plan::receivedAt).thenComparing(Plan::index));
        return plans;
    }

    /** The first day of a hot spot: in its month's latest occurrence before this month, or the last complete week. */
    private LocalDate spotStart(HotSpot spot, Random random) {
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        if (spot.month() == 0) {
            return today.minusWeeks(1).with(DayOfWeek.MONDAY);
        }
        LocalDate first = today.withDayOfMonth(1).withMonth(spot.month());
        if (!first.isBefore(today.withDayOfMonth(1))) {
            first = first.minusYears(1);
        }
        return first.plusDays(3 + random.nextInt(8));
    }

    private static double weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.25;
            case TUESDAY, WEDNESDAY, THURSDAY -> 1.1;
            case FRIDAY -> 1.0;
            case SATURDAY -> 0.55;
            case SUNDAY -> 0.5;
        };
    }

    /** When a case of the channel arrives on the day: letters and receptions on working days in office hours. */
    private Instant receivedOn(LocalDate day, Channel channel, Random random) {
        LocalTime time;
        if (channel == Channel.LETTER || channel == Channel.RECEPTION) {
            LocalDate d = day;
            while (!arithmetic.afterWorkingTime(at(d, LocalTime.NOON), Duration.ZERO).equals(at(d, LocalTime.NOON))) {
                d = d.plusDays(1);
            }
            day = d;
            time = LocalTime.of(10, 0).plusMinutes(random.nextInt(6 * 60));
        } else {
            // online: most in the day and the evening
            int minute = (int) Math.round((7 + 16 * Math.pow(random.nextDouble(), 0.9)) * 60) + random.nextInt(30);
            time = LocalTime.MIDNIGHT.plusMinutes(Math.min(minute, 24 * 60 - 1));
        }
        Instant instant = at(day, time).plusSeconds(random.nextInt(60));
        return instant.isBefore(limit) ? instant : null;
    }

    // ------------------------------------------------------------------ playing

    /** Registration numbers in order of receipt: the next one of a plan's counter, used only when the case is kept. */
    interface Numbers {
        String next(Plan plan);

        void used(Plan plan);
    }

    /** Plays every plan in order; plans that do not fit before now are left out and take no number. */
    List<Generated> play(List<Plan> plans, Numbers numbers) {
        List<Generated> result = new ArrayList<>();
        Map<String, Generated> mains = new HashMap<>();
        for (Plan plan : plans) {
            String number = numbers.next(plan);
            Generated main = plan.spot() != null && plan.spot().linked() ? mains.get(spotKey(plan.spot())) : null;
            Generated g = null;
            for (double scale : SCALES) {
                g = new Run(plan, number, scale, main).play();
                if (g != null && !g.end.isAfter(limit)) {
                    break;
                }
                g = null;
            }
            if (g == null) {
                continue;
            }
            numbers.used(plan);
            if (plan.spot() != null && plan.spot().linked() && main == null) {
                mains.put(spotKey(plan.spot()), g);
            }
            result.add(g);
        }
        return result;
    }

    private static String spotKey(HotSpot spot) {
        return spot.rubric() + "@" + spot.address();
    }

    /** One play of one case at one pace ({@code scale} shortens the staff's delays). */
    private final class Run {

        private final Plan plan;
        private final String number;
        private final double scale;
        private final Generated main;
        private final Random random;
        private final Profile profile;
        private Case c;
        private Generated g;
        private String department;
        private String assignee;
        private Instant remindAt;
        private Instant dueAt;
        private Instant secondAt;
        private Instant interimDueAt;
        private Instant last;

        Run(Plan plan, String number, double scale, Generated main) {
            this.plan = plan;
            this.number = number;
            this.scale = scale;
            this.main = main;
            this.random = new Random(seed * 1_000_003L + plan.index());
            this.profile = HistoryScenario.profileOf(plan.department() == null ? "other" : plan.department());
        }

        Generated play() {
            return switch (plan.channel().regime()) {
                case APPEAL_59FZ -> appeal();
                case POS -> message();
                case INCIDENT -> incident();
            };
        }

        // ---- 59-ФЗ appeals

        private Generated appeal() {
            Channel channel = plan.channel();
            boolean paper = channel == Channel.LETTER || channel == Channel.RECEPTION;
            boolean anonymous = channel == Channel.LETTER && chance(0.03);
            boolean rubricKnown = !paper || chance(0.5);
            Instant created = plan.receivedAt().plus(Duration.ofMinutes(paper ? 20 + random.nextInt(90) : 1 + random.nextInt(15)));
            AppealKind kind = chance(0.55) ? AppealKind.COMPLAINT : chance(0.75) ? AppealKind.STATEMENT : AppealKind.PROPOSAL;
            Place atReceipt = rubricKnown ? place(!paper) : new Place(null, null, paper ? null : address(), null, null);
            start(Case.receive(number, channel, externalId(), kind, anonymous ? new Citizen(null, null, null, null) : citizen(channel),
                    text(), atReceipt, plan.receivedAt(), NewCase.Source.NONE, created), created);
            TermSpec registration = spec(TermKind.REGISTRATION);
            CaseReplay.assignRegistrationTerm(c, arithmetic.due(plan.receivedAt(), registration), TermKind.REGISTRATION.title(),
                    registration.describe(), created);
            route(created);
            Instant registeredAt = work(created, 0.3, 9);
            Place place = new Place(plan.rubric(), plan.district(), address(), null, null);
            if (anonymous) {
                CaseReplay.closeWithoutAnswer(c, kind, place, Resolution.NO_ANSWER_ANONYMOUS, "Не указаны фамилия и почтовый адрес", null,
                        REGISTRAR, registeredAt);
                return finish(registeredAt);
            }
            String forwardTo = reference.forwardTo(plan.rubric());
            if (forwardTo != null || chance(0.02)) {
                String body = forwardTo != null ? forwardTo : forwardBody();
                CaseReplay.forward(c, kind, place, body, "Вопрос не относится к компетенции органов местного самоуправления; обращение "
                        + "перенаправлено, заявитель уведомлён", REGISTRAR, registeredAt);
                return finish(registeredAt);
            }
            if (channel == Channel.RECEPTION && chance(0.2)) {
                CaseReplay.answerOrally(c, kind, place, "Даны разъяснения по существу вопроса; гражданин согласен на устный ответ", REGISTRAR,
                        registeredAt);
                return finish(registeredAt);
            }
            boolean notOurs = misrouted();
            String first = notOurs ? wrongDepartment() : plan.department();
            CaseReplay.register(c, kind, place, first, reference.departmentName(first), null, REGISTRAR, registeredAt);
            TermSpec answer = spec(TermKind.ANSWER);
            Instant due = arithmetic.due(registeredAt, answer);
            CaseReplay.assignAnswerTerm(c, due, answer.describe(), registeredAt);
            timers(due, registeredAt);
            department = first;
            if (linkToMain(registeredAt, REGISTRAR)) {
                return finish(last);
            }
            Instant taken = take(registeredAt);
            if (notOurs) {
                Instant returned = work(taken, 0.5, 12);
                tick(returned);
                CaseReplay.returnAsNotOurs(c, notOursReason(), department + "-clerk", returned);
                assignee = null;
                Instant rerouted = work(returned, 0.5, 6);
                CaseReplay.rerouteTo(c, plan.department(), reference.departmentName(plan.department()), "Направлено по компетенции после возврата",
                        REGISTRAR, rerouted);
                department = plan.department();
                taken = take(rerouted);
            }
            if (chance(0.005)) {
                Instant proposed = work(taken, 4, 40);
                tick(proposed);
                CaseReplay.proposeSpecialHandling(c, Resolution.CORRESPONDENCE_ENDED, "Повторное обращение без новых доводов; ранее даны "
                        + "ответы по существу", department + "-clerk", proposed);
                Instant decided = work(proposed, 1, 8);
                tick(decided);
                CaseReplay.closeAfterConsideration(c, Resolution.CORRESPONDENCE_ENDED, "Переписка прекращена, заявитель уведомлён",
                        department + "-head", decided);
                return finish(decided);
            }
            boolean late = chance(profile.lateShare());
            if (!late && chance(LATE_PRONE.contains(department) ? 0.12 : 0.03)) {
                due = extend(registeredAt, taken, answer);
            }
            Instant approved = draftAndApprove(registeredAt, taken, due, late);
            ResultType type = resultType();
            LocalDate approvalDay = LocalDate.ofInstant(approved, LocalZone.ZONE);
            LocalDate control = type.supported() && chance(0.35) ? approvalDay.plusDays(14 + random.nextInt(30)) : null;
            CaseReplay.approveAnswer(c, type, control, approvalDay, department + "-head", approved);
            Instant dispatched = approved.plusSeconds(1 + random.nextInt(3));
            CaseReplay.dispatchAnswer(c, dispatched);
            // what follows the answer, in order of time: the citizen's rating, the additional control
            List<Step> after = new ArrayList<>();
            if (control != null) {
                control(control, dispatched, after);
            }
            if (chance(0.22)) {
                Instant rated = dispatched.plus(Duration.ofMinutes(Math.round(60 * (2 + 360 * random.nextDouble() * scale))));
                if (rated.isBefore(limit)) {
                    int score = score(0);
                    String comment = comment(score);
                    after.add(new Step(rated, () -> g.ratings.add(new Rating(CaseReplay.rate(c, score, comment, rated), score, comment, rated))));
                }
            }
            after.sort(Comparator.comparing(Step::at));
            after.forEach(step -> step.action().run());
            return finish(after.isEmpty() ? dispatched : after.get(after.size() - 1).at());
        }

        /** A control day passed: the department was reminded; most confirm the works done. */
        private void control(LocalDate control, Instant answered, List<Step> after) {
            Instant day = at(control, LocalTime.of(0, 5));
            Instant closed = chance(0.55) ? work(day.minus(Duration.ofDays(2 + random.nextInt(10))), 0, 8) : work(day, 2, 40);
            if (closed.isBefore(answered)) {
                closed = work(answered, 4, 30);
            }
            if (day.isBefore(limit) && day.isBefore(closed)) {
                after.add(new Step(day, () -> CaseReplay.remindOfControl(c, control, "исполнителям департамента", day)));
            }
            Instant done = closed;
            if (closed.isBefore(limit) && chance(0.97)) {
                after.add(new Step(done, () -> CaseReplay.closeControl(c, "Работы выполнены, фотоотчёт подрядчика приложен", department + "-clerk", done)));
            }
        }

        /** An extension asked for and granted before the term; returns the new term. */
        private Instant extend(Instant registeredAt, Instant taken, TermSpec answer) {
            Instant due = c.getAnswerDueAt();
            Instant asked = work(taken, 8, 60);
            Instant decided = work(asked, 1, 8);
            if (!decided.isBefore(due.minus(Duration.ofDays(1)))) {
                return due;
            }
            tick(asked);
            int days = chance(0.7) ? 30 : 20;
            ExtensionGround ground = chance(0.7) ? ExtensionGround.DOCUMENTS_REQUESTED : ExtensionGround.OTHER;
            CaseReplay.requestExtension(c, days, ground, pick(HistoryScenario.EXTENSION_REASONS), 30, department + "-clerk", asked);
            tick(decided);
            CaseReplay.decideExtension(c, true, "Продление согласовано", department + "-head", decided);
            Instant extended = arithmetic.afterCalendarDays(arithmetic.due(registeredAt, answer), c.getExtensionDays());
            CaseReplay.assignAnswerTerm(c, extended, answer.describe() + ", продлён на " + RussianPlural.days(c.getExtensionDays()), decided);
            timers(extended, decided);
            last = decided;
            return extended;
        }

        // ---- ПОС messages

        private Generated message() {
            Instant created = plan.receivedAt().plus(Duration.ofMinutes(1 + random.nextInt(5)));
            String topic = HistoryScenario.topicOf(plan.rubric());
            String category = reference.rubricName(topic);
            String subcategory = plan.rubric().contains(".") ? reference.rubricName(plan.rubric()) : null;
            start(Case.receive(number, Channel.POS, externalId(), null, posAuthor(), text(),
                    new Place(plan.rubric(), null, address(), plan.lat(), plan.lon()), plan.receivedAt(),
                    new NewCase.Source(category, subcategory, null, null, null), created), created);
            TermSpec moderation = spec(TermKind.MODERATION);
            CaseReplay.assignRegistrationTerm(c, arithmetic.due(plan.receivedAt(), moderation), TermKind.MODERATION.title(),
                    moderation.describe(), created);
            route(created);
            Instant moderated = work(created, 0.2, 6);
            if (reference.forwardTo(plan.rubric()) != null) {
                CaseReplay.rejectAtModeration(c, Resolution.REJECTED_NOT_MUNICIPAL, "Вопрос относится к компетенции "
                        + reference.forwardTo(plan.rubric()), POS_COORDINATOR, moderated);
                return finish(moderated);
            }
            if (chance(0.04)) {
                Resolution why = chance(0.5) ? Resolution.REJECTED_DUPLICATE : Resolution.REJECTED_SPAM;
                CaseReplay.rejectAtModeration(c, why, why == Resolution.REJECTED_DUPLICATE ? "Дубликат ранее поданного сообщения" : "Реклама услуг",
                        POS_COORDINATOR, moderated);
                return finish(moderated);
            }
            Place place = new Place(plan.rubric(), plan.district(), address(), null, null);
            CaseReplay.acceptAtModeration(c, place, null, POS_COORDINATOR, moderated);
            Instant coordinated = chance(0.7) ? moderated.plusSeconds(30 + random.nextInt(300)) : work(moderated, 0.2, 5);
            boolean notOurs = misrouted();
            String first = notOurs ? wrongDepartment() : plan.department();
            CaseReplay.assignDepartment(c, first, reference.departmentName(first), place, POS_COORDINATOR, coordinated);
            department = first;
            TermSpec answer = spec(TermKind.ANSWER);
            Instant due = arithmetic.due(plan.receivedAt(), answer);
            CaseReplay.assignAnswerTerm(c, due, answer.describe(), coordinated);
            timers(due, coordinated);
            if (linkToMain(coordinated, POS_COORDINATOR)) {
                return finish(last);
            }
            Instant taken = take(coordinated);
            if (notOurs) {
                taken = returnedAndReassigned(taken, 0.5, 8, 0.3, 4, place, POS_COORDINATOR);
            }
            Instant start = plan.receivedAt();
            for (int round = 1; ; round++) {
                boolean late = chance(profile.lateShare() * (round == 1 ? 1 : 0.5));
                Instant approved = draftAndApprove(start, taken, c.getAnswerDueAt(), late);
                CaseReplay.approveAnswer(c, department + "-head", approved);
                Instant published = approved.plusSeconds(1 + random.nextInt(3));
                CaseReplay.publishAnswer(c, published);
                Instant window = arithmetic.due(published, spec(TermKind.RATING_WINDOW));
                boolean rates = chance(0.65) || !window.isBefore(limit);
                if (!rates) {
                    CaseReplay.closeAnswered(c, "Закрыто: оценка не поступила в срок", window);
                    return finish(window);
                }
                Instant rated = published.plus(Duration.ofSeconds(Math.round(
                        Duration.between(published, window).toSeconds() * Math.min(0.9, random.nextDouble() * scale + 0.02))));
                int score = score(round - 1);
                String comment = comment(score);
                CaseReplay.rate(c, score, comment, rated);
                g.ratings.add(new Rating(round, score, comment, rated));
                if (score > 2 || round >= 2) {
                    Instant closed = rated.plusSeconds(1 + random.nextInt(5));
                    CaseReplay.closeAnswered(c, "Закрыто: автор оценил ответ", closed);
                    return finish(closed);
                }
                Instant rework = rated.plusSeconds(1 + random.nextInt(5));
                CaseReplay.startRework(c, rework);
                start = rework;
                last = rework;
                Instant reworkDue = arithmetic.due(rework, answer);
                CaseReplay.assignAnswerTerm(c, reworkDue, answer.describe() + " (повторное рассмотрение)", rework);
                timers(reworkDue, rework);
                taken = rework;
            }
        }

        // ---- incidents

        /**
         * An incident as {@code incident.bpmn} plays it: the coordinator's triage term from receipt
         * and the answer term; at each handover to a department the department's own interim term,
         * counted from then, whose timer records the overdue and tells the block head when the
         * department lets it pass; a «не наше» return gives triage a fresh term.
         */
        private Generated incident() {
            Instant created = plan.receivedAt().plus(Duration.ofMinutes(1 + random.nextInt(30)));
            Importance importance = chance(0.25) ? Importance.HIGH : Importance.NORMAL;
            String network = pick(HistoryScenario.NETWORKS);
            start(Case.receive(number, Channel.INCIDENT, externalId(), null,
                    new Citizen(pick(HistoryScenario.NICKNAMES), null, null, null), text(),
                    new Place(null, null, address(), plan.lat(), plan.lon()), plan.receivedAt(),
                    new NewCase.Source(null, null, importance, network, "https://" + network + ".example/post/" + (100_000 + plan.index())),
                    created), created);
            TermSpec triage = spec(TermKind.TRIAGE);
            CaseReplay.assignRegistrationTerm(c, arithmetic.due(plan.receivedAt(), triage), TermKind.TRIAGE.title(), triage.describe(), created);
            TermSpec answer = spec(TermKind.ANSWER);
            Instant due = arithmetic.due(plan.receivedAt(), answer);
            CaseReplay.assignAnswerTerm(c, due, answer.describe(), created);
            if (chance(0.6) && reference.defaultDepartment(plan.rubric()) != null) {
                CaseReplay.routeByRule(c, reference.defaultDepartment(plan.rubric()), reference.departmentName(reference.defaultDepartment(plan.rubric())),
                        created);
            } else {
                CaseReplay.noRuleMatched(c, created);
            }
            Instant triaged = triage(created, c.getRegistrationDueAt());
            if (reference.forwardTo(plan.rubric()) != null || plan.department() == null || chance(0.07)) {
                CaseReplay.dismiss(c, chance(0.5) ? "Публикация не касается городского хозяйства" : "Повтор ранее взятого в работу инцидента",
                        IM_COORDINATOR, triaged);
                return finish(triaged);
            }
            Place place = new Place(plan.rubric(), plan.district(), address(), null, null);
            TermSpec interim = spec(importance == Importance.HIGH ? TermKind.INTERIM_HIGH : TermKind.INTERIM);
            boolean linked = main != null && main.record.getAnsweredAt() != null
                    && main.record.getAnsweredAt().isAfter(triaged.plus(Duration.ofHours(1)));
            boolean notOurs = !linked && misrouted();
            String first = notOurs ? wrongDepartment() : plan.department();
            if (linked) {
                g.extras.add(new Extra(triaged.plusSeconds(5), IM_COORDINATOR, CaseEventType.LINKED, "Связано с основным номером проблемы "
                        + main.record.getNumber() + ": ответ будет дан по нему"));
                g.main = main;
            }
            handOver(first, place, triaged, interim);
            timers(due, triaged);
            Instant[] reaction = reaction(triaged);
            if (notOurs) {
                // the wrong department returns it from its interim task; triage, with a fresh term, gives it on
                claim(reaction[0]);
                Instant returned = reaction[1];
                tick(returned);
                CaseReplay.returnAsNotOurs(c, notOursReason(), department + "-clerk", returned);
                interimDueAt = null;
                assignee = null;
                Instant retriageDue = arithmetic.due(returned, triage);
                CaseReplay.assignRegistrationTerm(c, retriageDue, TermKind.TRIAGE.title(), triage.describe() + " с возврата исполнителем", returned);
                Instant reassigned = triage(returned, retriageDue);
                handOver(plan.department(), place, reassigned, interim);
                reaction = reaction(reassigned);
            }
            if (linked && !reaction[1].isBefore(main.record.getAnsweredAt())) {
                return answeredViaMain();
            }
            claim(reaction[0]);
            String clerk = department + "-clerk";
            Instant reacted = reaction[1];
            tick(reacted);
            if (!linked && chance(0.25)) {
                CaseReplay.resolveOnSpot(c, answerText(), "https://example.org/photos/" + number + ".jpg", clerk, reacted);
                Instant published = reacted.plusSeconds(2 + random.nextInt(5));
                CaseReplay.recordResponsePublished(c, published);
                return finish(published);
            }
            CaseReplay.giveInterimAnswer(c, "Информация принята, специалисты выехали на место", clerk, reacted);
            interimDueAt = null;
            last = reacted;
            if (linked) {
                return answeredViaMain();
            }
            Instant full = answerAt(plan.receivedAt(), reacted, due, chance(profile.lateShare()));
            tick(full);
            CaseReplay.giveFullAnswer(c, answerText(), clerk, full);
            Instant published = full.plusSeconds(2 + random.nextInt(5));
            CaseReplay.recordResponsePublished(c, published);
            return finish(published);
        }

        /** The coordinator's triage: almost always within its term; when not, its timer told the head of the МЦУ. */
        private Instant triage(Instant from, Instant triageDue) {
            Duration term = arithmetic.workingTimeBetween(from, triageDue);
            if (scale == 1 && (term.isNegative() || term.isZero() || chance(0.04))) {
                Instant late = arithmetic.afterWorkingTime(triageDue, Duration.ofMinutes(5 + random.nextInt(120)));
                CaseReplay.recordEscalation(c, CaseEventType.ESCALATED_TO_MCU_HEAD, "Просрочен этап «Разобрать инцидент»: сообщено руководителю МЦУ",
                        triageDue);
                return late;
            }
            long minutes = Math.max(1, term.toMinutes());
            return arithmetic.afterWorkingTime(from, Duration.ofSeconds(Math.round(minutes * 60 * (0.1 + 0.8 * random.nextDouble()) * scale)));
        }

        /** Triage hands the incident to a department: its own interim term from now, whose timer {@link #tick} plays. */
        private void handOver(String to, Place place, Instant at, TermSpec interim) {
            CaseReplay.assignDepartment(c, to, reference.departmentName(to), place, IM_COORDINATOR, at);
            department = to;
            interimDueAt = arithmetic.due(at, interim);
            CaseReplay.assignInterimTerm(c, interimDueAt, interim.describe() + " с передачи исполнителю", at);
        }

        /**
         * When the department's clerk takes the incident and when it reacts (interim answer,
         * resolution or return): within the interim term at the department's pace, or after it as
         * often as the department is late.
         */
        private Instant[] reaction(Instant handover) {
            Duration term = arithmetic.workingTimeBetween(handover, interimDueAt);
            long seconds = Math.max(600, term.toSeconds());
            Instant reacted;
            if (scale == 1 && chance(profile.lateShare())) {
                reacted = arithmetic.afterWorkingTime(interimDueAt, Duration.ofSeconds(Math.round(seconds * (0.05 + 0.9 * random.nextDouble()))));
            } else {
                double share = Math.min(0.95, Math.max(0.08, profile.pace() * (0.3 + 1.2 * random.nextDouble()))) * scale;
                reacted = arithmetic.afterWorkingTime(handover, Duration.ofSeconds(Math.round(seconds * share)));
            }
            Duration until = arithmetic.workingTimeBetween(handover, reacted);
            Instant taken = arithmetic.afterWorkingTime(handover, Duration.ofSeconds(Math.round(until.toSeconds() * (0.1 + 0.6 * random.nextDouble()))));
            if (!taken.isBefore(reacted)) {
                taken = reacted.minusSeconds(30);
            }
            return new Instant[] {taken, reacted};
        }

        /** The department's clerk claims the interim task. */
        private void claim(Instant taken) {
            tick(taken);
            String clerk = department + "-clerk";
            CaseReplay.takenByClerk(c, clerk, staffName.apply(clerk), taken);
            assignee = clerk;
            last = taken;
        }

        /** A linked incident closed by its main case's answer. */
        private Generated answeredViaMain() {
            Instant answered = main.record.getAnsweredAt();
            tick(answered);
            CaseReplay.answerViaMainCase(c, main.record, answered);
            last = answered;
            return finish(answered);
        }

        // ---- shared steps

        private void start(Case record, Instant at) {
            c = record;
            g = new Generated(plan, record);
            last = at;
        }

        private Generated finish(Instant end) {
            g.end = end.isAfter(last) ? end : last;
            return g;
        }

        /** The routing table's choice on the case as received. */
        private void route(Instant at) {
            String byRule = c.getRubricCode() == null ? null : reference.defaultDepartment(c.getRubricCode());
            if (byRule != null) {
                CaseReplay.routeByRule(c, byRule, reference.departmentName(byRule), at);
            } else {
                CaseReplay.noRuleMatched(c, at);
            }
        }

        /** A case of a cluster whose main case is answered later: linked to it, answered with it. */
        private boolean linkToMain(Instant at, String actor) {
            if (main == null || main.record.getAnsweredAt() == null || !main.record.getAnsweredAt().isAfter(at.plus(Duration.ofHours(1)))) {
                return false;
            }
            Instant linked = at.plusSeconds(5);
            g.extras.add(new Extra(linked, actor, CaseEventType.LINKED, "Связано с основным номером проблемы "
                    + main.record.getNumber() + ": ответ будет дан по нему"));
            g.main = main;
            Instant answered = main.record.getAnsweredAt();
            tick(answered);
            CaseReplay.answerViaMainCase(c, main.record, answered);
            last = answered;
            return true;
        }

        /** The clerk takes the case into work (the department's first step). */
        /**
         * A message's department returns it as «не наше» some hours after taking it; its coordinator
         * gives it to the right department, whose clerk takes it (the hours of each step drawn
         * between the bounds given). When that clerk took it.
         */
        private Instant returnedAndReassigned(Instant taken, double returnFrom, double returnWithin, double reassignFrom,
                                              double reassignWithin, Place place, String coordinator) {
            Instant returned = work(taken, returnFrom, returnWithin);
            tick(returned);
            CaseReplay.returnAsNotOurs(c, notOursReason(), department + "-clerk", returned);
            assignee = null;
            Instant reassigned = work(returned, reassignFrom, reassignWithin);
            CaseReplay.assignDepartment(c, plan.department(), reference.departmentName(plan.department()), place, coordinator, reassigned);
            department = plan.department();
            return take(reassigned);
        }

        private Instant take(Instant from) {
            Instant taken = work(from, profile.reactionHours() * 0.3, profile.reactionHours() * 1.7);
            tick(taken);
            String clerk = department + "-clerk";
            CaseReplay.takenByClerk(c, clerk, staffName.apply(clerk), taken);
            assignee = clerk;
            last = taken;
            return taken;
        }

        /** The draft, perhaps returned once by the block head, and the approval; returns when approved. */
        private Instant draftAndApprove(Instant termStart, Instant taken, Instant due, boolean late) {
            // after the clerk took it and after whatever happened since (an extension, say)
            taken = taken.isAfter(last) ? taken : last;
            Instant answerAt = answerAt(termStart, taken, due, late);
            String clerk = department + "-clerk";
            String head = department + "-head";
            Instant drafted = arithmetic.afterWorkingTime(answerAt.minus(Duration.ofMinutes(20 + random.nextInt(200))), Duration.ZERO);
            if (!drafted.isBefore(answerAt)) {
                drafted = answerAt.minus(Duration.ofMinutes(10));
            }
            if (!drafted.isAfter(taken)) {
                drafted = taken.plus(Duration.ofMinutes(10 + random.nextInt(20)));
            }
            if (chance(0.1)) {
                Instant firstDraft = drafted.minus(Duration.between(taken, drafted).dividedBy(3));
                tick(firstDraft);
                CaseReplay.draftAnswer(c, answerText(), clerk, firstDraft);
                Instant returned = firstDraft.plus(Duration.between(firstDraft, drafted).dividedBy(2));
                tick(returned);
                CaseReplay.returnAnswer(c, pick(HistoryScenario.REMARKS), head, returned);
            }
            tick(drafted);
            CaseReplay.draftAnswer(c, answerText(), clerk, drafted);
            Instant approved = answerAt.isAfter(drafted) ? answerAt : drafted.plus(Duration.ofMinutes(15));
            tick(approved);
            last = approved;
            return approved;
        }

        /** When the answer is given: within the term at the department's pace, or after it. */
        private Instant answerAt(Instant termStart, Instant from, Instant due, boolean late) {
            Duration term = arithmetic.workingTimeBetween(termStart, due);
            Instant at;
            if (late && scale == 1) {
                at = arithmetic.afterWorkingTime(due, Duration.ofMinutes(Math.max(30, Math.round(
                        term.toMinutes() * (0.03 + 0.45 * random.nextDouble())))));
            } else {
                double share = Math.min(0.97, Math.max(0.04, profile.pace() * (0.35 + 1.3 * random.nextDouble()))) * scale;
                at = arithmetic.afterWorkingTime(termStart, Duration.ofMinutes(Math.round(term.toMinutes() * share)));
            }
            Instant earliest = work(from, 0.5, 3);
            return at.isAfter(earliest) ? at : earliest;
        }

        /** The timers of the answer term: reminder, the block head at the term, the head of the МЦУ later. */
        private void timers(Instant due, Instant from) {
            Instant remind = arithmetic.reminderBefore(due);
            remindAt = remind.isAfter(from) ? remind : null;
            dueAt = due;
            secondAt = arithmetic.due(due, spec(TermKind.ESCALATION_SECOND_LEVEL));
        }

        /** Whatever the timers recorded before {@code until} while the case was in the department. */
        private void tick(Instant until) {
            if (c.isClosed() || (c.getStatus() != CaseStatus.IN_DEPARTMENT && c.getStatus() != CaseStatus.ON_APPROVAL)) {
                return;
            }
            if (interimDueAt != null && interimDueAt.isBefore(until)) {
                // Timer_InterimOverdue: the interim task still open at its term
                if (CaseReplay.markInterimOverdue(c, interimDueAt)) {
                    CaseReplay.recordEscalation(c, CaseEventType.ESCALATED_TO_BLOCK_HEAD, "Просрочен промежуточный ответ: сообщено руководителю блока ("
                            + reference.blockHeadName(department) + ")", interimDueAt);
                }
                interimDueAt = null;
            }
            if (remindAt != null && remindAt.isBefore(until)) {
                CaseReplay.recordEscalation(c, CaseEventType.REMINDER_SENT, "Напоминание о сроке направлено: "
                        + (assignee != null ? staffName.apply(assignee) : "исполнителям департамента"), remindAt);
                remindAt = null;
            }
            if (dueAt != null && dueAt.isBefore(until)) {
                CaseReplay.markOverdue(c, dueAt);
                CaseReplay.recordEscalation(c, CaseEventType.ESCALATED_TO_BLOCK_HEAD, "Просрочка: сообщено руководителю блока ("
                        + reference.blockHeadName(department) + ")", dueAt);
                dueAt = null;
            }
            if (dueAt == null && secondAt != null && secondAt.isBefore(until)) {
                CaseReplay.recordEscalation(c, CaseEventType.ESCALATED_TO_MCU_HEAD, "Длительная просрочка: сообщено руководителю МЦУ", secondAt);
                secondAt = null;
            }
        }

        /** A staff step between {@code min} and {@code max} working hours after {@code from}, shortened by the pace. */
        private Instant work(Instant from, double min, double max) {
            double hours = (min + (max - min) * random.nextDouble()) * scale;
            return arithmetic.afterWorkingTime(from, Duration.ofSeconds(Math.round(hours * 3600) + random.nextInt(60)));
        }

        private boolean misrouted() {
            String usual = reference.defaultDepartment(plan.rubric());
            boolean elsewhere = usual != null && !plan.department().equals(usual);
            return chance(elsewhere ? 0.3 : 0.045);
        }

        /** Where a misrouted case goes first: the rubric's usual department, or a neighbour of the right one. */
        private String wrongDepartment() {
            String usual = reference.defaultDepartment(plan.rubric());
            if (usual != null && !usual.equals(plan.department())) {
                return usual;
            }
            return HistoryScenario.CONFUSED_WITH.getOrDefault(plan.department(), "city-monitoring");
        }

        private String notOursReason() {
            return String.format(pick(HistoryScenario.NOT_OURS), reference.departmentName(plan.department()));
        }

        private String forwardBody() {
            return switch (HistoryScenario.topicOf(plan.rubric())) {
                case "safety" -> "УМВД России по г. Южно-Сахалинску";
                case "housing-utilities" -> "Государственная жилищная инспекция Сахалинской области";
                case "roads", "transport" -> "Министерство транспорта и дорожного хозяйства Сахалинской области";
                default -> "Правительство Сахалинской области";
            };
        }

        private ResultType resultType() {
            double r = random.nextDouble();
            return r < 0.3 ? ResultType.MEASURES_TAKEN : r < 0.45 ? ResultType.SUPPORTED : r < 0.85 ? ResultType.EXPLAINED
                    : r < 0.95 ? ResultType.NOT_SUPPORTED : ResultType.ANSWERED_TO_AUTHOR;
        }

        /** The citizen's score around the department's mean; a second round after rework is kinder. */
        private int score(int bonus) {
            double value = profile.satisfaction() + bonus * 1.2 + random.nextGaussian() * 1.1;
            return (int) Math.max(1, Math.min(5, Math.round(value)));
        }

        private String comment(int score) {
            String comment = score >= 4 ? pick(HistoryScenario.GOOD_COMMENTS) : score <= 2 ? pick(HistoryScenario.BAD_COMMENTS) : "";
            return comment.isEmpty() ? null : comment;
        }

        private String text() {
            List<String> texts = "other".equals(plan.rubric())
                    ? List.of(HistoryScenario.OTHER_TEXTS.getOrDefault(plan.department(), "Прошу рассмотреть вопрос по адресу {a}."))
                    : HistoryScenario.TEXTS.getOrDefault(plan.rubric(), List.of("Прошу рассмотреть вопрос по адресу {a}."));
            return pick(texts).replace("{a}", address());
        }

        private String answerText() {
            String noun = plan.channel().isAppeal() ? "Ваше обращение рассмотрено." : "Ваше сообщение рассмотрено.";
            return noun + " " + HistoryScenario.ANSWERS.getOrDefault(HistoryScenario.topicOf(plan.rubric()), "Разъясняем порядок решения вопроса.");
        }

        private String address() {
            return plan.street() + ", " + plan.house();
        }

        private Place place(boolean located) {
            return new Place(plan.rubric(), plan.district(), address(), located ? plan.lat() : null, located ? plan.lon() : null);
        }

        private String externalId() {
            return "demo-history-" + plan.index();
        }

        private Citizen citizen(Channel channel) {
            boolean female = chance(0.58);
            String surname = pick(HistoryScenario.SURNAMES);
            if (female && (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин"))) {
                surname += "а";
            }
            String name = pick(female ? HistoryScenario.FEMALE_NAMES : HistoryScenario.MALE_NAMES);
            String patronymic = pick(HistoryScenario.PATRONYMIC_ROOTS) + (female ? "на" : "ич");
            String flat = chance(0.7) ? ", кв. " + (1 + random.nextInt(120)) : "";
            String town = "center".equals(plan.district()) ? "г. Южно-Сахалинск"
                    : List.of("novo-aleksandrovsk", "lugovoe", "khomutovo").contains(plan.district())
                    ? "г. Южно-Сахалинск, пл.р. " + reference.districtName(plan.district())
                    : "Сахалинская обл., с. " + reference.districtName(plan.district());
            String postcode = "center".equals(plan.district()) ? String.format(Locale.ROOT, "6930%02d", random.nextInt(25))
                    : town.startsWith("г.") ? "6930" + (20 + random.nextInt(5)) : "694020";
            String postal = postcode + ", " + town + ", " + plan.street() + ", д. " + plan.house() + flat;
            boolean online = channel == Channel.SITE || channel == Channel.EPGU;
            String email = chance(online ? 0.8 : 0.25) ? "citizen" + (10_000 + plan.index()) + "@example.ru" : null;
            String phone = chance(0.5) ? String.format(Locale.ROOT, "+7 914 %03d-%02d-%02d", random.nextInt(1000), random.nextInt(100),
                    random.nextInt(100)) : null;
            return new Citizen(surname + " " + name + " " + patronymic, postal, email, phone);
        }

        private Citizen posAuthor() {
            boolean female = chance(0.6);
            String surname = pick(HistoryScenario.SURNAMES);
            if (female && (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин"))) {
                surname += "а";
            }
            String email = chance(0.7) ? "pos" + (10_000 + plan.index()) + "@example.ru" : null;
            return new Citizen(surname + " " + pick(female ? HistoryScenario.FEMALE_NAMES : HistoryScenario.MALE_NAMES), null, email, null);
        }

        private TermSpec spec(TermKind kind) {
            return HistoryGenerator.this.spec(plan.channel(), c == null ? plan.rubric() : c.getRubricCode(), kind);
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static final java.util.Set<String> LATE_PRONE = HistoryScenario.LATE.keySet();

    private TermSpec spec(Channel channel, String rubric, TermKind kind) {
        return specs.computeIfAbsent(channel + "|" + rubric + "|" + kind, k -> policies.termFor(channel, rubric, kind));
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, LocalZone.ZONE).toInstant();
    }

    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static int pick(double[] cumulative, Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, cumulative.length - 1);
    }
}
