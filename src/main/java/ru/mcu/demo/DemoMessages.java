package ru.mcu.demo;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.DISMISS_REASON;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_LINK;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.EVIDENCE_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.INTERIM_TEXT;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.RESPONSE_OUTCOME;
import static ru.mcu.workflow.incident.IncidentProcess.Variables.TRIAGE_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_REASON;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseRatings;
import ru.mcu.cases.CaseRepository;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Importance;
import ru.mcu.intake.AppealRequest;
import ru.mcu.intake.ChannelIntake;
import ru.mcu.intake.IncidentRequest;
import ru.mcu.intake.PosMessageRequest;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.incident.IncidentProcess.ResponseOutcome;
import ru.mcu.workflow.incident.IncidentProcess.TriageDecision;
import ru.mcu.workflow.pos.PosProcess;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;
import ru.mcu.workflow.pos.PosProcess.RejectionReason;
import ru.mcu.workflow.support.ProcessVariables;

/**
 * Demo ПОС messages and incidents, moved on as the coordinators and departments would, so
 * that the ПОС and «Инцидент Менеджмент» coordinators find work and the ratings have data.
 */
@Component
class DemoMessages {

    private static final Logger log = LoggerFactory.getLogger(DemoMessages.class);

    /** How far a demo ПОС message is moved on. */
    enum PosStage { MODERATION, COORDINATION, IN_DEPARTMENT, ON_APPROVAL, AWAITING_RATING, REWORK, CLOSED_RATED, REJECTED }

    /** How far a demo incident is moved on. */
    enum IncidentStage { TRIAGE, INTERIM, FULL_ANSWER, RESOLVED_ON_SPOT, DISMISSED }

    record PosDemo(String author, String email, String category, String subcategory, String text, String address,
                   double lat, double lon, int hoursAgo, String department, PosStage stage, int score) {
    }

    record IncidentDemo(String author, String network, String text, Importance importance, String address, double lat,
                        double lon, int hoursAgo, String rubric, String department, IncidentStage stage) {
    }

    static final List<PosDemo> MESSAGES = List.of(
            new PosDemo("Ким Ольга", "kim.olga@example.ru", "Дороги", "Ямы и разрушение дорожного покрытия",
                    "Большая яма на перекрёстке Победы и Ленина, машины объезжают по встречной", "пр. Победы, 1",
                    46.9750, 142.7385, 3, "roads", PosStage.MODERATION, 0),
            new PosDemo("Смирнов Алексей", null, "ЖКХ", "Отопление",
                    "В подъезде дома по ул. Комсомольской, 259 разбито окно, холодно", "ул. Комсомольская, 259",
                    46.9480, 142.7520, 6, "city-economy", PosStage.COORDINATION, 0),
            new PosDemo("Пак Елена", "pak.elena@example.ru", "Благоустройство", "Дворы и детские площадки",
                    "На детской площадке у дома Ленина, 236 сломана горка", "ул. Ленина, 236",
                    46.9720, 142.7390, 30, "roads", PosStage.IN_DEPARTMENT, 0),
            new PosDemo("Воронин Игорь", "voronin@example.ru", "Вывоз мусора (ТКО)", "Вывоз ТКО",
                    "Контейнерная площадка у дома Пуркаева, 112 не убирается неделю", "ул. Пуркаева, 112",
                    46.9730, 142.7620, 50, "city-economy", PosStage.ON_APPROVAL, 0),
            new PosDemo("Лим Светлана", "lim.sv@example.ru", "Уборка снега", "Уборка снега на дорогах",
                    "Не расчищена от снега ул. Горького между Ленина и Сахалинской", "ул. Горького, 15",
                    46.9590, 142.7300, 80, "roads-agency", PosStage.AWAITING_RATING, 0),
            new PosDemo("Тен Роман", "ten.roman@example.ru", "Дороги", "Уличное освещение",
                    "Не горит фонарь у остановки «Детская поликлиника» на Ленина", "ул. Ленина, 170",
                    46.9660, 142.7386, 120, "roads-agency", PosStage.REWORK, 2),
            new PosDemo("Белова Анна", "belova.a@example.ru", "Общественный транспорт", "Маршруты и расписание",
                    "Автобус № 63 по выходным ходит раз в час, прошу увеличить число рейсов", "ул. Мира, 420",
                    46.9800, 142.7540, 160, "city-economy", PosStage.CLOSED_RATED, 5),
            new PosDemo("Гордеев Павел", null, "Иное", null,
                    "Реклама услуг, не относится к городу", null, 46.95, 142.73, 10, null, PosStage.REJECTED, 0));

    static final List<IncidentDemo> INCIDENTS = List.of(
            new IncidentDemo("Наталья В.", "vk", "Третий день не вывозят мусор во дворе на Комсомольской, 190, всё переполнено",
                    Importance.NORMAL, "ул. Комсомольская, 190", 46.9522, 142.7351, 2, "waste.collection", "city-economy", IncidentStage.TRIAGE),
            new IncidentDemo("sakh_driver", "telegram", "На выезде из Хомутово огромная яма, уже пробил колесо",
                    Importance.HIGH, "Хомутово, ул. Вокзальная", 46.9120, 142.7425, 4, "roads.potholes", "roads", IncidentStage.INTERIM),
            new IncidentDemo("Ирина М.", "ok", "Во дворе на Емельянова, 34 прорвало трубу, вода хлещет на тротуар",
                    Importance.HIGH, "ул. Емельянова, 34", 46.9486, 142.7553, 20, "housing-utilities.water", "city-economy", IncidentStage.FULL_ANSWER),
            new IncidentDemo("Денис К.", "vk", "Не работает светофор на перекрёстке Ленина и Сахалинской",
                    Importance.HIGH, "ул. Ленина / ул. Сахалинская", 46.9634, 142.7386, 30, "roads.traffic-lights", "roads-agency", IncidentStage.RESOLVED_ON_SPOT),
            new IncidentDemo("anon_12", "telegram", "Опрос: какой ваш любимый сериал?",
                    Importance.NORMAL, null, 46.95, 142.73, 8, null, null, IncidentStage.DISMISSED));

    private final DemoProperties properties;
    private final CaseRepository cases;
    private final ChannelIntake intake;
    private final CaseRatings ratings;
    private final DemoTasks tasks;
    private final Clock clock;

    DemoMessages(DemoProperties properties, CaseRepository cases, ChannelIntake intake, CaseRatings ratings,
                 DemoTasks tasks, Clock clock) {
        this.properties = properties;
        this.cases = cases;
        this.intake = intake;
        this.ratings = ratings;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(31)
    public void seed() {
        if (!properties.appeals() || cases.findByChannelAndExternalId(Channel.POS, "demo-pos-1").isPresent()) {
            return;
        }
        int i = 0;
        for (PosDemo demo : MESSAGES) {
            i++;
            String number = intake.acceptPosMessage(new PosMessageRequest("demo-pos-" + i, demo.category(), demo.subcategory(), demo.text(),
                    new PosMessageRequest.Author(demo.author(), demo.email(), null), demo.address(),
                    new AppealRequest.Location(demo.lat(), demo.lon()), ago(demo.hoursAgo()))).filedCase().getNumber();
            moveOn(number, demo);
        }
        int j = 0;
        for (IncidentDemo demo : INCIDENTS) {
            j++;
            String number = intake.acceptIncident(new IncidentRequest("demo-im-" + j, demo.network(),
                    "https://" + demo.network() + ".example/post/" + (1000 + j), demo.author(), demo.text(), ago(demo.hoursAgo()),
                    demo.importance(), demo.address(), new AppealRequest.Location(demo.lat(), demo.lon()))).filedCase().getNumber();
            moveOn(number, demo);
        }
        log.info("Filed {} demo ПОС messages and {} demo incidents", i, j);
    }

    private OffsetDateTime ago(int hours) {
        return OffsetDateTime.now(clock).minus(Duration.ofHours(hours));
    }

    private void moveOn(String number, PosDemo demo) {
        if (demo.stage() == PosStage.MODERATION) {
            return;
        }
        if (demo.stage() == PosStage.REJECTED) {
            complete(number, "pos-coordinator", variables().with(MODERATION_DECISION, ModerationDecision.REJECT).with(REJECTION_REASON, RejectionReason.SPAM));
            return;
        }
        complete(number, "pos-coordinator", variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT));
        if (demo.stage() == PosStage.COORDINATION) {
            return;
        }
        complete(number, "pos-coordinator", variables().with(DEPARTMENT, demo.department()));
        if (demo.stage() == PosStage.IN_DEPARTMENT) {
            return;
        }
        complete(number, demo.department() + "-clerk", variables().with(PosProcess.Variables.CONSIDERATION_OUTCOME, "ANSWER")
                .with(ANSWER_TEXT, "Заявка принята в работу, выполнение запланировано на ближайшие дни."));
        if (demo.stage() == PosStage.ON_APPROVAL) {
            return;
        }
        complete(number, demo.department() + "-head", variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        if (demo.stage() == PosStage.REWORK || demo.stage() == PosStage.CLOSED_RATED) {
            ratings.rate(number, demo.score(), demo.score() <= 2 ? "Проблема не решена" : "Спасибо, сделали быстро");
        }
    }

    private void moveOn(String number, IncidentDemo demo) {
        switch (demo.stage()) {
            case TRIAGE -> { }
            case DISMISSED -> complete(number, "im-coordinator", variables().with(TRIAGE_DECISION, TriageDecision.DISMISS)
                    .with(DISMISS_REASON, "Публикация не касается городского хозяйства"));
            default -> {
                complete(number, "im-coordinator", variables().with(TRIAGE_DECISION, TriageDecision.TAKE)
                        .with(RUBRIC, demo.rubric()).with(DEPARTMENT, demo.department()));
                String clerk = demo.department() + "-clerk";
                if (demo.stage() == IncidentStage.RESOLVED_ON_SPOT) {
                    complete(number, clerk, variables().with(RESPONSE_OUTCOME, ResponseOutcome.RESOLVED)
                            .with(EVIDENCE_TEXT, "Светофор отремонтирован аварийной бригадой")
                            .with(EVIDENCE_LINK, "https://example.org/photos/svetofor.jpg"));
                } else if (demo.stage() == IncidentStage.FULL_ANSWER) {
                    complete(number, clerk, variables().with(RESPONSE_OUTCOME, ResponseOutcome.INTERIM)
                            .with(INTERIM_TEXT, "Аварийная бригада выехала на место"));
                }
            }
        }
    }

    private void complete(String number, String user, ProcessVariables variables) {
        tasks.completeAs(tasks.ofCase(number), user, variables.build());
    }
}
