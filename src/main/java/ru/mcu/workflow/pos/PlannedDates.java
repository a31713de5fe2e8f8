package ru.mcu.workflow.pos;

import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_AT;
import static ru.mcu.workflow.pos.PosProcess.Variables.PLANNED_DATE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.platform.time.LocalZone;

/**
 * The date of the works of a ПОС answer «запланировано» ({@code plannedDate}, ГГГГ-ММ-ДД), as the
 * clerk drafts it, revises it, and the block head approves it: it must still lie after today
 * when the answer goes out, else ПОС would be told a past date and the timer fire at once.
 */
public final class PlannedDates {

    /** The hour of the planned date at which the department gets its task back. */
    static final LocalTime PLANNED_HOUR = LocalTime.of(9, 0);
    /** The farthest a date may be planned: the next season, within a year and a month. */
    static final int MAX_PLANNED_DAYS = 400;

    private PlannedDates() {
    }

    /** Whether the draft in the process is an answer «запланировано». */
    public static boolean isPlanned(VariableScope scope) {
        return "PLANNED".equals(CONSIDERATION_OUTCOME.get(scope));
    }

    /** The date as entered, or an error naming the field. */
    public static LocalDate read(VariableScope scope) {
        String value = PLANNED_DATE.require(scope, "Укажите дату, на которую запланированы работы");
        try {
            return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Дата работ — в виде ГГГГ-ММ-ДД");
        }
    }

    /** The clerk's date checked (after today, within {@value #MAX_PLANNED_DAYS} days) and set as the timer's instant. */
    public static LocalDate draft(VariableScope scope, LocalDate today) {
        LocalDate date = read(scope);
        if (!date.isAfter(today)) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Запланированная дата должна быть позже сегодняшнего дня");
        }
        if (date.isAfter(today.plusDays(MAX_PLANNED_DAYS))) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Запланированная дата — не позже чем через "
                    + MAX_PLANNED_DAYS + " дней");
        }
        PLANNED_AT.set(scope, date.atTime(PLANNED_HOUR).atZone(LocalZone.ZONE).toInstant());
        return date;
    }

    /** The block head approves a planned answer only while its date is still ahead. */
    public static void requireAheadOnApproval(VariableScope scope, LocalDate today) {
        LocalDate date = read(scope);
        if (!date.isAfter(today)) {
            throw new InvalidCaseDataException(PLANNED_DATE.name(), "Запланированная дата работ "
                    + date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + " уже наступила: верните проект на доработку, чтобы исполнитель указал новую дату");
        }
    }
}
