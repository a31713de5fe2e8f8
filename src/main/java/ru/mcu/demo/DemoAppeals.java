package ru.mcu.demo;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.APPROVAL_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DEPARTMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.RUBRIC;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.ADDITIONAL_CONTROL;
import static ru.mcu.workflow.common.CaseVariables.CONTROL_DATE;
import static ru.mcu.workflow.common.CaseVariables.RESULT_TYPE;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Resolution;
import ru.mcu.cases.ResultType;
import ru.mcu.deadline.Deadlines;
import ru.mcu.deadline.TermArithmetic;
import ru.mcu.deadline.TermKind;
import ru.mcu.intake.AppealIntake;
import ru.mcu.intake.AppealRequest;
import ru.mcu.intake.IntakeResult;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.support.ProcessVariables;

/**
 * Files the demo appeals into an empty database and moves them on as staff would, so that
 * the registrar, several departments' clerks and block heads find work in Tasklist.
 */
@Component
class DemoAppeals {

    private static final Logger log = LoggerFactory.getLogger(DemoAppeals.class);

    /** How far a demo appeal is moved on after filing. */
    enum Stage { AWAITING_REGISTRATION, IN_DEPARTMENT, CLAIMED, ON_APPROVAL, RETURNED_NOT_OURS, ANSWERED, FORWARDED, ANONYMOUS }

    /** Where the answer term of an {@link Aged} demo appeal falls, seen from the day of the demo's start. */
    enum Due {
        /** Two to six days ago. */
        OVERDUE,
        /** Later today. */
        TODAY,
        /** Tomorrow. */
        TOMORROW
    }

    /** A demo appeal filed and registered in the past, on the day that puts its answer term where {@code due} says. */
    record Aged(Demo demo, Due due) {
    }

    /** One demo appeal. */
    record Demo(Channel channel, AppealKind kind, String citizen, String postalAddress, String email, String phone,
                String text, String rubric, String district, String address, Double lat, Double lon, int hoursAgo, Stage stage) {
    }

    private final DemoProperties properties;
    private final AppealIntake intake;
    private final DemoTasks tasks;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final DemoTimeMachine timeMachine;
    private final Deadlines deadlines;

    DemoAppeals(DemoProperties properties, AppealIntake intake, DemoTasks tasks, Clock clock, JdbcTemplate jdbc,
                DemoTimeMachine timeMachine, Deadlines deadlines) {
        this.properties = properties;
        this.timeMachine = timeMachine;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.intake = intake;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(30)
    public void seed() {
        // into a database without cases but the demo history's (DemoHistory writes it first)
        if (!properties.appeals() || Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from cases where external_id is null or external_id not like 'demo-history-%')", Boolean.class))) {
            return;
        }
        // the older ones first: they are registered on the day that puts their term where the dashboard shows it
        int aged = 0;
        int i = 0;
        for (Aged old : DemoAppealData.AGED) {
            String externalId = "demo-aged-" + (++i);
            Optional<Instant> registration = registrationDay(old);
            if (registration.isPresent() && timeMachine.available()) {
                timeMachine.at(registration.get(), () -> file(externalId, old.demo()));
                aged++;
            } else {
                // no such day (a term cannot fall later today late in the evening): filed today like the others
                file(externalId, old.demo());
            }
        }
        int j = 0;
        for (Demo demo : DemoAppealData.APPEALS) {
            file("demo-" + (++j), demo);
        }
        log.info("Filed {} demo appeals, {} of them registered weeks ago", i + j, aged);
    }

    private void file(String externalId, Demo demo) {
        IntakeResult result = intake.accept(new AppealRequest(demo.channel(), externalId, demo.kind(),
                new AppealRequest.CitizenData(demo.citizen(), demo.postalAddress(), demo.email(), demo.phone()),
                demo.text(), demo.rubric(), demo.district(), demo.address(),
                demo.lat() == null ? null : new AppealRequest.Location(demo.lat(), demo.lon()),
                OffsetDateTime.now(clock).minus(Duration.ofHours(demo.hoursAgo()))));
        moveOn(result.filedCase().getProcessInstanceId(), demo);
    }

    /**
     * The latest working day, 11:00, on which registering {@code old} gives it an answer term
     * where {@link Aged#due()} wants it; empty when no day in the last three months does.
     */
    Optional<Instant> registrationDay(Aged old) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LocalZone.ZONE);
        TermArithmetic arithmetic = deadlines.arithmetic();
        for (int back = 1; back <= 92; back++) {
            LocalDate day = today.minusDays(back);
            if (arithmetic.endOfWorkingDay(day).isEmpty()) {
                continue;
            }
            Instant registered = day.atTime(11, 0).atZone(LocalZone.ZONE).toInstant();
            Instant due = deadlines.term(old.demo().channel(), old.demo().rubric(), TermKind.ANSWER, registered).dueAt();
            LocalDate dueDay = LocalDate.ofInstant(due, LocalZone.ZONE);
            boolean fits = switch (old.due()) {
                case OVERDUE -> !dueDay.isAfter(today.minusDays(2)) && !dueDay.isBefore(today.minusDays(6));
                case TODAY -> dueDay.equals(today) && due.isAfter(now);
                case TOMORROW -> dueDay.equals(today.plusDays(1));
            };
            if (fits) {
                return Optional.of(registered);
            }
        }
        return Optional.empty();
    }

    private void moveOn(String processInstanceId, Demo demo) {
        switch (demo.stage()) {
            case AWAITING_REGISTRATION -> { }
            case ANONYMOUS -> complete(processInstanceId, "mcu-registrar", variables()
                    .with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL).with(KIND, kindOf(demo))
                    .with(SPECIAL_REASON, Resolution.NO_ANSWER_ANONYMOUS)
                    .with(REGISTRAR_COMMENT, "Не указаны фамилия и почтовый адрес"));
            case FORWARDED -> complete(processInstanceId, "mcu-registrar", variables()
                    .with(REGISTRATION_DECISION, RegistrationDecision.FORWARD).with(KIND, kindOf(demo))
                    .with(FORWARD_TO, "Министерство здравоохранения Сахалинской области")
                    .with(REGISTRAR_COMMENT, "Вопросы организации медицинской помощи относятся к компетенции Министерства здравоохранения"));
            default -> {
                String department = register(processInstanceId, demo);
                String clerk = department + "-clerk";
                if (demo.stage() == Stage.IN_DEPARTMENT) {
                    return;
                }
                claim(processInstanceId, clerk);
                if (demo.stage() == Stage.CLAIMED) {
                    return;
                }
                if (demo.stage() == Stage.RETURNED_NOT_OURS) {
                    complete(processInstanceId, clerk, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.NOT_OURS)
                            .with(NOT_OURS_REASON, "Содержание и обслуживание указанной территории не входит в полномочия департамента; предлагаем направить в МКУ «Управление мониторинга городского хозяйства»"));
                    return;
                }
                complete(processInstanceId, clerk, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER).with(ANSWER_TEXT,
                        "Ваше обращение рассмотрено. Работы включены в план текущего месяца; о выполнении сообщим дополнительно."));
                if (demo.stage() == Stage.ON_APPROVAL) {
                    return;
                }
                // the demo answer promises works: approved as supported and put on additional control for two weeks
                complete(processInstanceId, department + "-head", variables()
                        .with(APPROVAL_DECISION, ApprovalDecision.APPROVE).with(RESULT_TYPE, ResultType.SUPPORTED)
                        .with(ADDITIONAL_CONTROL, true)
                        .with(CONTROL_DATE, java.time.LocalDate.now(clock.withZone(ru.mcu.platform.time.LocalZone.ZONE)).plusDays(14).toString()));
            }
        }
    }

    private String register(String processInstanceId, Demo demo) {
        Object department = tasks.variable(tasks.ofInstance(processInstanceId), DEPARTMENT);
        String chosen = department == null ? "city-monitoring" : department.toString();
        complete(processInstanceId, "mcu-registrar", variables()
                .with(REGISTRATION_DECISION, RegistrationDecision.REGISTER).with(KIND, kindOf(demo))
                .with(DEPARTMENT, chosen).with(RUBRIC, demo.rubric() == null ? "other" : demo.rubric()));
        return chosen;
    }

    private static AppealKind kindOf(Demo demo) {
        return demo.kind() == null ? AppealKind.STATEMENT : demo.kind();
    }

    private void claim(String processInstanceId, String user) {
        tasks.claim(tasks.ofInstance(processInstanceId), user);
    }

    private void complete(String processInstanceId, String user, ProcessVariables variables) {
        tasks.completeAs(tasks.ofInstance(processInstanceId), user, variables.build());
    }
}
