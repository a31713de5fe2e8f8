package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.ANSWER_AUTHOR;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.pos.PosProcess.Variables.NOT_OURS_REASON;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_AT;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ExecuteMessage}: the department's draft
 * answer to a ПОС message; its draft answer «запланировано» with the date of the works (after
 * today, within {@value #MAX_PLANNED_DAYS} days), which sets {@code Event_PlannedDateReached}; or
 * its request for the single extension (the coordinator decides); or its return to the
 * coordinator as "not ours".
 */
@Component("executeMessage")
class ExecuteMessage implements TaskListener {

    private final CaseConsideration consideration;
    private final Clock clock;
    private final CaseTerms terms;

    ExecuteMessage(CaseConsideration consideration, Clock clock, CaseTerms terms) {
        this.consideration = consideration;
        this.clock = clock;
        this.terms = terms;
    }

    private LocalDate plannedDate(DelegateTask task) {
        String value = PLANNED_DATE.require(task, "Укажите дату, на которую запланированы работы");
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Дата работ — в виде ГГГГ-ММ-ДД");
        }
        LocalDate today = LocalDate.now(clock.withZone(LocalZone.ZONE));
        if (!date.isAfter(today)) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Запланированная дата должна быть позже сегодняшнего дня");
        }
        if (date.isAfter(today.plusDays(MAX_PLANNED_DAYS))) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Запланированная дата — не позже чем через "
                    + MAX_PLANNED_DAYS + " дней");
        }
        return date;
    }

    /** The hour of the planned date at which the department gets its task back. */
    static final LocalTime PLANNED_HOUR = LocalTime.of(9, 0);
    /** The farthest a date may be planned: the next season, within a year and a month. */
    static final int MAX_PLANNED_DAYS = 400;

    @Override
    public void notify(DelegateTask task) {
        String outcome = CONSIDERATION_OUTCOME.require(task, "Выберите результат рассмотрения");
        String actor = Actors.of(task);
        switch (outcome) {
            case "ANSWER" -> {
                consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
            }
            case "PLANNED" -> {
                LocalDate planned = plannedDate(task);
                consideration.draftAnswer(CASE_NUMBER.get(task), ANSWER_TEXT.get(task), actor);
                ANSWER_AUTHOR.set(task, actor);
                PLANNED_AT.set(task, planned.atTime(PLANNED_HOUR).atZone(LocalZone.ZONE).toInstant());
            }
            case "EXTENSION" -> terms.requestPosExtension(CASE_NUMBER.get(task), EXTENSION_REASON.get(task), actor);
            case "NOT_OURS" -> consideration.returnAsNotOurs(CASE_NUMBER.get(task), NOT_OURS_REASON.get(task), actor);
            default -> throw new InvalidCaseDataException(CONSIDERATION_OUTCOME.name(), "Недопустимый результат: " + outcome);
        }
    }
}
