package ru.mcu.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.mcu.platform.time.LocalZone;

/**
 * A case as its author sees it, in plain Russian: what it is called («обращение» under 59-ФЗ,
 * «сообщение» for a ПОС message or an incident), where it stands, the answer term, the answer
 * once given, the explanations meant for him, and a short history of the steps he cares about.
 * Internal steps (rules, claims, drafts, approvals, reminders, escalations) and staff names
 * never appear. Used by the public case page and the citizen's e-mails alike.
 */
public final class CitizenCaseView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(LocalZone.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);
    /** A term as {@link Case} writes it into its history ("… до 18.12.2026 23:59"). */
    private static final Pattern TERM_IN_HISTORY = Pattern.compile("до (\\d{2}\\.\\d{2}\\.\\d{4}) (\\d{2}:\\d{2})");

    /** The word for the case in a citizen's text, in the cases a sentence needs. */
    public enum Noun {
        APPEAL("обращение", "обращения", "обращению", "обращении"),
        MESSAGE("сообщение", "сообщения", "сообщению", "сообщении");

        private final String nominative;
        private final String genitive;
        private final String dative;
        private final String prepositional;

        Noun(String nominative, String genitive, String dative, String prepositional) {
            this.nominative = nominative;
            this.genitive = genitive;
            this.dative = dative;
            this.prepositional = prepositional;
        }

        public static Noun of(Channel channel) {
            return channel.isAppeal() ? APPEAL : MESSAGE;
        }

        /** «обращение», «сообщение». */
        public String getNom() {
            return nominative;
        }

        /** «Обращение», «Сообщение». */
        public String getTitle() {
            return Character.toUpperCase(nominative.charAt(0)) + nominative.substring(1);
        }

        /** «обращения», «сообщения». */
        public String getGen() {
            return genitive;
        }

        /** «обращению», «сообщению». */
        public String getDat() {
            return dative;
        }

        /** «обращении», «сообщении». */
        public String getPrep() {
            return prepositional;
        }
    }

    /** How the status reads at a glance: still in work, done, or waiting for the citizen. */
    public enum Tone { IN_WORK, WAITING_FOR_YOU, DONE, ENDED }

    /** One step of the citizen's history: when, what, and an optional explanation. */
    public record Step(Instant at, String title, String detail) {

        public String getWhen() {
            return DATE_TIME.format(at);
        }

        public String getTitle() {
            return title;
        }

        public String getDetail() {
            return detail;
        }
    }

    private final Case c;
    private final Noun noun;
    private final List<Step> steps;

    private CitizenCaseView(Case c) {
        this.c = c;
        this.noun = Noun.of(c.getChannel());
        this.steps = steps(c, noun);
    }

    public static CitizenCaseView of(Case c) {
        return new CitizenCaseView(c);
    }

    /** Whether the author may rate the answer now: a ПОС answer awaiting its rating, or an answered appeal not yet rated. */
    public static boolean ratingOpen(Case c) {
        return c.getStatus() == CaseStatus.AWAITING_RATING
                || (c.isClosed() && c.getChannel().isAppeal() && c.getResolution() == Resolution.ANSWERED && c.getRatingScore() == null);
    }

    public String getNumber() {
        return c.getNumber();
    }

    public Noun getNoun() {
        return noun;
    }

    /** «Обращение № A-2026-000001». */
    public String getHeading() {
        return noun.getTitle() + " № " + c.getNumber();
    }

    /** The status in plain words, e.g. «Готовится ответ», «Дан ответ». */
    public String getStatus() {
        return switch (c.getStatus()) {
            case RECEIVED -> noun == Noun.APPEAL ? "Поступило, ожидает регистрации" : "Поступило, проходит проверку";
            case AWAITING_ROUTING -> "Определяется, кто подготовит ответ";
            case IN_DEPARTMENT -> c.getPos().getReworkCount() > 0 ? "Рассматривается повторно"
                    : noun == Noun.APPEAL ? "Готовится ответ" : "На исполнении";
            case ON_APPROVAL -> "Ответ на согласовании";
            case SUSPENDED -> "Рассмотрение приостановлено";
            case AWAITING_RATING -> "Дан ответ — оцените его";
            case PLANNED -> "Запланировано";
            case CLOSED -> closedStatus();
        };
    }

    private String closedStatus() {
        return switch (c.getResolution()) {
            case ANSWERED, ANSWERED_VIA_MAIN_CASE -> "Дан ответ";
            case RESOLVED_ON_SPOT -> "Проблема решена";
            case FORWARDED -> "Направлено в другой орган";
            case NO_ANSWER_ANONYMOUS, NO_ANSWER_OBSCENE, NO_ANSWER_UNREADABLE -> "Оставлено без ответа по существу";
            case RETURNED_COURT_DECISION -> "Возвращено";
            case CORRESPONDENCE_ENDED -> "Переписка прекращена";
            case REJECTED_SPAM, REJECTED_DUPLICATE, REJECTED_NOT_MUNICIPAL, REJECTED_OBSCENE, REJECTED_NO_ESSENCE, REJECTED_PERSONAL_DATA,
                    REJECTED_COURT, REJECTED_UNLAWFUL, REJECTED_OTHER -> "Не принято к рассмотрению";
            case REDIRECTED -> "Направлено в другую организацию";
            case DISMISSED -> "Не взято в работу";
            case CONVERTED_TO_APPEAL -> "Рассматривается как обращение";
            case ANSWERED_ORALLY -> "Дан ответ устно на личном приёме";
            case NO_ANSWER_UNREADABLE_NOTIFIED, NO_ANSWER_ESSENCE_UNCLEAR, NO_ANSWER_SECRET -> "Оставлено без ответа по существу";
            case ANSWERED_BY_PUBLISHED_ANSWER -> "Ответ размещён на официальном сайте";
            case FORWARDED_OFFENCE_REPORT -> "Направлено в другой орган";
        };
    }

    /** One or two sentences on what the status means for the citizen. */
    public String getStatusHint() {
        String department = departmentOfLastAssignment();
        return switch (c.getStatus()) {
            case RECEIVED -> noun == Noun.APPEAL
                    ? "Обращение зарегистрируют и направят в департамент, который подготовит ответ. Мы сообщим вам срок ответа."
                    : "Сообщение проверят и направят исполнителю. Мы сообщим вам срок ответа.";
            case AWAITING_ROUTING -> "Муниципальный центр управления определяет, какой департамент подготовит ответ.";
            case IN_DEPARTMENT -> c.getPos().getReworkCount() > 0
                    ? "По вашей оценке прошлого ответа " + noun.getNom() + " рассматривается ещё раз"
                            + (department == null ? "." : ": " + department + ".")
                    : department == null ? "Ответ готовит исполнитель." : "Ответ готовит " + department + ".";
            case ON_APPROVAL -> "Ответ подготовлен и проверяется руководителем. Как только его утвердят, вы получите его.";
            case SUSPENDED -> "Исполнитель ждёт документы, без которых ответ дать нельзя.";
            case AWAITING_RATING -> "Прочитайте ответ ниже и оцените его.";
            case PLANNED -> "Работы запланированы" + (c.getPos().getPlannedFor() == null ? "" : " на "
                    + TermText.day(c.getPos().getPlannedFor()))
                    + ". После их выполнения вы получите окончательный ответ.";
            case CLOSED -> closedHint();
        };
    }

    private String closedHint() {
        return switch (c.getResolution()) {
            case ANSWERED, ANSWERED_VIA_MAIN_CASE, RESOLVED_ON_SPOT -> ratingOpen(c)
                    ? "Рассмотрение завершено. Оцените, пожалуйста, ответ." : "Рассмотрение завершено.";
            case FORWARDED -> "Вопрос не относится к ведению администрации города; " + noun.getNom() + " направлено по компетенции"
                    + (c.getForwardedTo() == null ? "." : ": " + c.getForwardedTo() + ".");
            case REDIRECTED -> "Вопрос не относится к ведению администрации города; сообщение направлено в организацию по компетенции"
                    + (c.getForwardedTo() == null ? "." : ": " + c.getForwardedTo() + ".");
            case CONVERTED_TO_APPEAL -> "Сообщение будет рассмотрено как обращение по Федеральному закону № 59-ФЗ.";
            default -> c.getResolution().title() + ".";
        };
    }

    public Tone getTone() {
        return switch (c.getStatus()) {
            case AWAITING_RATING -> Tone.WAITING_FOR_YOU;
            case CLOSED -> switch (c.getResolution()) {
                case ANSWERED, ANSWERED_VIA_MAIN_CASE, RESOLVED_ON_SPOT, ANSWERED_ORALLY -> Tone.DONE;
                default -> Tone.ENDED;
            };
            default -> Tone.IN_WORK;
        };
    }

    /**
     * The answer term while the case is open and has one, else null. A ПОС message answered
     * «запланировано» has none until its planned date (the status hint tells the date).
     */
    public Instant getAnswerTerm() {
        return c.isClosed() || c.getStatus() == CaseStatus.AWAITING_RATING || c.getStatus() == CaseStatus.PLANNED
                ? null : c.getAnswerDueAt();
    }

    /** «до 18.12.2026 включительно», «до 02.12.2026 18:00»; null without a term. */
    public String getAnswerTermText() {
        return termText(getAnswerTerm());
    }

    /** How a term reads for a citizen: a term at the end of the day is that day, inclusive. */
    public static String termText(Instant term) {
        return TermText.untilForCitizen(term);
    }

    /** Whether the answer term passed while the case is still open. */
    public boolean isOverdue(Instant now) {
        Instant term = getAnswerTerm();
        return term != null && c.getStatus() != CaseStatus.SUSPENDED && c.getStatus() != CaseStatus.PLANNED && now.isAfter(term);
    }

    /** The answer given (published, dispatched), never a draft still in the department. */
    public String getAnswer() {
        return c.getAnsweredAt() == null ? null : c.getAnswerText();
    }

    public String getAnsweredOn() {
        return c.getAnsweredAt() == null ? null : DATE.format(c.getAnsweredAt());
    }

    /** The department that answers (or answered), in words; null before one is chosen. */
    public String getDepartment() {
        return departmentOfLastAssignment();
    }

    /** Where the case was forwarded, when it was. */
    public String getForwardedTo() {
        return c.getForwardedTo();
    }

    /** What the МЦУ explained to the citizen when it registered, forwarded or ended the case; null when nothing. */
    public String getExplanation() {
        CaseEvent e = explained(c);
        return e == null ? null : e.getReason();
    }

    /** The last step that came with an explanation for the citizen. */
    private static CaseEvent explained(Case c) {
        for (int i = c.getEvents().size() - 1; i >= 0; i--) {
            CaseEvent e = c.getEvents().get(i);
            if (EXPLAINED.contains(e.getType()) && e.getReason() != null && !e.getReason().isBlank()) {
                return e;
            }
        }
        return null;
    }

    private static final java.util.Set<CaseEventType> EXPLAINED = java.util.EnumSet.of(CaseEventType.REGISTERED,
            CaseEventType.FORWARDED, CaseEventType.CLOSED_WITHOUT_ANSWER, CaseEventType.REJECTED_AT_MODERATION);

    public boolean isRatingOpen() {
        return ratingOpen(c);
    }

    /** The author's last rating, 1–5, or null. */
    public Integer getRatingScore() {
        return c.getRatingScore();
    }

    public String getReceivedOn() {
        return DATE.format(c.getReceivedAt());
    }

    /** The steps the citizen cares about, oldest first. */
    public List<Step> getSteps() {
        return steps;
    }

    private String departmentOfLastAssignment() {
        if (c.getDepartmentCode() == null) {
            return null;
        }
        for (int i = c.getEvents().size() - 1; i >= 0; i--) {
            CaseEvent e = c.getEvents().get(i);
            String named = departmentNamed(e);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /** The department an assignment step names ("…: Департамент …"), as {@link Case} writes it. */
    private static String departmentNamed(CaseEvent e) {
        boolean assignment = e.getType() == CaseEventType.REGISTERED || e.getType() == CaseEventType.DEPARTMENT_ASSIGNED
                || (e.getType() == CaseEventType.ROUTED_MANUALLY && e.getDescription().contains(": "));
        if (!assignment || e.getDescription() == null) {
            return null;
        }
        int colon = e.getDescription().lastIndexOf(": ");
        return colon < 0 ? null : e.getDescription().substring(colon + 2);
    }

    private static List<Step> steps(Case c, Noun noun) {
        CaseEvent shown = explained(c);
        List<Step> steps = new ArrayList<>();
        boolean extended = false;
        boolean answeredBefore = false;
        for (CaseEvent e : c.getEvents()) {
            Instant at = e.getOccurredAt();
            switch (e.getType()) {
                case RECEIVED -> steps.add(new Step(c.getReceivedAt(), noun.getTitle() + " поступило", c.getChannel().title()));
                case REGISTERED -> {
                    steps.add(new Step(at, "Зарегистрировано", null));
                    steps.add(new Step(at, "Направлено исполнителю: " + departmentNamed(e), explanation(e, shown)));
                }
                case ACCEPTED_AT_MODERATION -> steps.add(new Step(at, noun.getTitle() + " проверено и принято в работу", null));
                case DEPARTMENT_ASSIGNED -> steps.add(new Step(at, "Направлено исполнителю: " + departmentNamed(e), null));
                case ROUTED_MANUALLY -> {
                    String department = departmentNamed(e);
                    if (department != null) {
                        steps.add(new Step(at, "Передано другому исполнителю: " + department, null));
                    }
                }
                case FORWARDED -> steps.add(new Step(at, "Направлено по компетенции: " + c.getForwardedTo(), explanation(e, shown)));
                case CLOSED_WITHOUT_ANSWER -> steps.add(new Step(at, e.getDescription(), explanation(e, shown)));
                case REJECTED_AT_MODERATION -> steps.add(new Step(at, "Не принято к рассмотрению: "
                        + e.getDescription().replaceFirst("^Отклонено при модерации: ", ""), explanation(e, shown)));
                case DISMISSED -> steps.add(new Step(at, "Не взято в работу", null));
                case TERM_ASSIGNED -> {
                    String term = termIn(e);
                    if (term != null && e.getDescription().startsWith("Срок ответа")) {
                        steps.add(new Step(at, "Срок ответа: " + term, null));
                    }
                }
                case EXTENSION_APPROVED -> extended = true;
                case TERM_CHANGED -> {
                    String term = termIn(e);
                    if (term != null) {
                        steps.add(new Step(at, (extended ? "Срок ответа продлён: " : "Новый срок ответа: ") + term, null));
                    }
                    extended = false;
                }
                case SUSPENDED -> steps.add(new Step(at, "Рассмотрение приостановлено: исполнитель ждёт документы", null));
                case RESUMED -> steps.add(new Step(at, "Рассмотрение возобновлено", null));
                case INTERIM_ANSWER_GIVEN -> steps.add(new Step(at, "Дан промежуточный ответ", e.getReason()));
                case ANSWER_DISPATCHED -> {
                    steps.add(new Step(at, answeredBefore ? "Дан новый ответ" : "Дан ответ", null));
                    answeredBefore = true;
                }
                case ANSWER_PUBLISHED -> {
                    if (c.getChannel() == Channel.INCIDENT) {
                        steps.add(new Step(at, "Ответ опубликован в социальной сети", null));
                    } else {
                        steps.add(new Step(at, answeredBefore ? "Дан новый ответ" : "Дан ответ", null));
                        answeredBefore = true;
                    }
                }
                case RESOLVED_ON_SPOT -> steps.add(new Step(at, "Проблема решена на месте", null));
                case ANSWERED_VIA_MAIN_CASE -> steps.add(new Step(at, "Дан ответ вместе с другими " + (noun == Noun.APPEAL
                        ? "обращениями" : "сообщениями") + " о той же проблеме", null));
                case RATED -> steps.add(new Step(at, "Получена ваша оценка ответа: " + scoreOf(e) + " из 5",
                        e.getReason() == null ? null : "Ваш комментарий: " + e.getReason()));
                case REWORK_STARTED -> steps.add(new Step(at, noun.getTitle() + " рассматривается повторно", null));
                case CLOSED -> steps.add(new Step(at, "Рассмотрение завершено", null));
                case CONVERTED -> steps.add(new Step(at, c.getChannel().isAppeal() ? "Создано по сообщению, поступившему ранее"
                        : "Будет рассмотрено как обращение по Федеральному закону № 59-ФЗ", null));
                default -> {
                    // internal: rules, claims, drafts, approvals, extension requests, reminders, escalations, links
                }
            }
        }
        return List.copyOf(steps);
    }

    /** The explanation of a step, unless it is the one the page shows on its own ({@code shown}). */
    private static String explanation(CaseEvent e, CaseEvent shown) {
        return e == shown || e.getReason() == null || e.getReason().isBlank() ? null : "Пояснение: " + e.getReason();
    }

    private static String scoreOf(CaseEvent e) {
        Matcher m = Pattern.compile("(\\d) из 5").matcher(e.getDescription());
        return m.find() ? m.group(1) : "?";
    }

    /** The term a term step names, as a citizen reads it. */
    private static String termIn(CaseEvent e) {
        Matcher m = TERM_IN_HISTORY.matcher(e.getDescription());
        String date = null;
        String time = null;
        while (m.find()) {
            date = m.group(1);
            time = m.group(2);
        }
        if (date == null) {
            return null;
        }
        return "23:59".equals(time) ? "до " + date + " включительно" : "до " + date + " " + time;
    }
}
