package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTION_DUE_AT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTION_DUE_DATE;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTION_REMIND_AT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CO_EXECUTOR_DEPARTMENTS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseCoExecution;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.deadline.CaseTerms.TermDates;
import ru.mcu.workflow.support.Actors;

/**
 * Service task {@code Task_AssignCoExecutors}, after the answer term is set: the co-executor
 * departments the registrar named get their sub-term (his date, else the policy's default) and
 * are recorded on the case; {@code Gateway_CoExecutors} then starts one {@code Task_ContributeAnswer}
 * each. Runs in the registrar's transaction, so a wrong choice is an error on his form.
 */
@Component("assignCoExecutors")
class AssignCoExecutors implements JavaDelegate {

    private final CaseCoExecution coExecution;
    private final CaseTerms terms;

    AssignCoExecutors(CaseCoExecution coExecution, CaseTerms terms) {
        this.coExecution = coExecution;
        this.terms = terms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        List<String> chosen = coExecution.check(CoExecutorChoice.of(execution), DEPARTMENT.get(execution));
        if (chosen.isEmpty()) {
            CO_EXECUTION.set(execution, false);
            return;
        }
        TermDates term = terms.coExecutionTerm(number, dateOf(CO_EXECUTION_DUE_DATE.get(execution)));
        coExecution.assign(number, chosen, term.due(), Actors.of(execution));
        CO_EXECUTOR_DEPARTMENTS.set(execution, Variables.objectValue(new ArrayList<>(chosen))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        CO_EXECUTION_DUE_AT.set(execution, term.due());
        CO_EXECUTION_REMIND_AT.set(execution, term.remindAt());
        CO_EXECUTION.set(execution, true);
    }

    private static LocalDate dateOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            // form-js gives a date as 2026-11-25
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidCaseDataException(CO_EXECUTION_DUE_DATE.name(), "Ожидается дата: " + value);
        }
    }
}
