package ru.mcu.workflow.common;

import static ru.mcu.workflow.common.CaseVariables.ADDITIONAL_CONTROL;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_REMARKS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.CHANNEL;
import static ru.mcu.workflow.common.CaseVariables.CONTROL_DATE;
import static ru.mcu.workflow.common.CaseVariables.RESULT_TYPE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.CaseResults;
import ru.mcu.cases.Channel;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.cases.ResultType;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.workflow.pos.PlannedDates;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ApproveAnswer} (appeals and ПОС messages):
 * records the block head's approval, or the return of the draft with remarks. An appeal is
 * approved with its result type as ССТУ.РФ counts it and, when the answer promises works, with
 * the day of its additional control; a ПОС message has neither (its result is the author's rating).
 * A ПОС answer «запланировано» is approved only while its planned date is still ahead.
 */
@Component("approveAnswer")
class ApproveAnswer implements TaskListener {

    private final CaseConsideration consideration;
    private final CaseResults results;
    private final Clock clock;

    ApproveAnswer(CaseConsideration consideration, CaseResults results, Clock clock) {
        this.consideration = consideration;
        this.results = results;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ApprovalDecision decision = APPROVAL_DECISION.require(task, "Выберите решение по проекту ответа");
        String number = CASE_NUMBER.get(task);
        if (decision == ApprovalDecision.RETURN) {
            consideration.returnAnswer(number, APPROVAL_REMARKS.get(task), Actors.of(task));
        } else if (isAppeal(task)) {
            // the form asks for the type; an integration that approves without one leaves it untyped
            // («тип не указан» in the report) rather than guessing it
            ResultType type = RESULT_TYPE.get(task);
            LocalDate controlUntil = Boolean.TRUE.equals(ADDITIONAL_CONTROL.get(task)) ? controlDate(task) : null;
            if (type == null && controlUntil == null) {
                consideration.approveAnswer(number, Actors.of(task));
            } else {
                results.approveAnswer(number, RESULT_TYPE.require(task, "Выберите результат рассмотрения"), controlUntil, Actors.of(task));
            }
        } else {
            if (PlannedDates.isPlanned(task)) {
                PlannedDates.requireAheadOnApproval(task, LocalDate.now(clock.withZone(LocalZone.ZONE)));
            }
            consideration.approveAnswer(number, Actors.of(task));
        }
    }

    private static boolean isAppeal(DelegateTask task) {
        String channel = CHANNEL.get(task);
        return channel == null || Channel.valueOf(channel).isAppeal();
    }

    /** The control day as the form's date field gives it (2026-12-01), or a readable error. */
    private static LocalDate controlDate(DelegateTask task) {
        if (task.getVariable(CONTROL_DATE.name()) instanceof java.util.Date date) {
            return LocalDate.ofInstant(date.toInstant(), ru.mcu.platform.time.LocalZone.ZONE);
        }
        String raw = CONTROL_DATE.require(task, "Укажите дату дополнительного контроля");
        try {
            return LocalDate.parse(raw.strip().length() > 10 ? raw.strip().substring(0, 10) : raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCaseDataException(CONTROL_DATE.name(), "Дата контроля указана неверно: " + raw);
        }
    }
}
