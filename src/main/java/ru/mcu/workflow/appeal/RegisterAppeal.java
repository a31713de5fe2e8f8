package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.appeal.AppealProcess.Variables.ADDRESS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ANSWER_TEXT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EARLIER_ANSWERS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.OFFENCE_BODY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.ORAL_ANSWER_CONSENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.PUBLISHED_ANSWER_LINK;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CASE_NUMBER;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.COPY_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DECIDED_BY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DEPARTMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.DISTRICT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.LINK_TO_CASE;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.RUBRIC;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseLinks;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.cases.Place;
import ru.mcu.cases.Registration;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_RegisterAppeal}: records the registrar's
 * registration on the case, with his comment for the citizen. Forwarding, special handling (ст. 11)
 * and an oral answer at a personal reception (ст. 13 ч. 2) are recorded by the service tasks that
 * follow; here they are only checked, so that the registrar sees a missing field at once.
 */
@Component("registerAppeal")
class RegisterAppeal implements TaskListener {

    private final CaseRegistration registration;
    private final CaseLinks links;

    RegisterAppeal(CaseRegistration registration, CaseLinks links) {
        this.registration = registration;
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        RegistrationDecision decision = REGISTRATION_DECISION.require(task, "Выберите решение по обращению");
        String actor = Actors.of(task);
        DECIDED_BY.set(task, actor);
        LINK_TO_CASE.find(task).ifPresent(main -> links.link(CASE_NUMBER.get(task), main, actor));
        switch (decision) {
            case REGISTER -> registration.register(CASE_NUMBER.get(task), registrationOf(task),
                    DEPARTMENT.require(task, "Выберите ответственного исполнителя"), REGISTRAR_COMMENT.get(task),
                    COPY_TO.get(task), actor);
            case FORWARD -> FORWARD_TO.require(task, "Укажите орган, в который перенаправляется обращение");
            case SPECIAL -> checkSpecial(task);
            case ORAL_ANSWER -> {
                if (!Boolean.TRUE.equals(ORAL_ANSWER_CONSENT.get(task))) {
                    throw new InvalidCaseDataException(ORAL_ANSWER_CONSENT.name(), "Устный ответ допускается только с согласия "
                            + "гражданина: отметьте, что согласие получено и записано в карточке личного приёма");
                }
                ANSWER_TEXT.require(task, "Кратко изложите устный ответ, как он записан в карточке личного приёма");
            }
            default -> throw new InvalidCaseDataException(REGISTRATION_DECISION.name(), "Неизвестное решение " + decision);
        }
    }

    /** The fields some grounds of ст. 11 need, checked before the service task that records them. */
    private static void checkSpecial(DelegateTask task) {
        Resolution reason = SPECIAL_REASON.require(task, "Выберите основание по ст. 11 59-ФЗ");
        switch (reason) {
            case FORWARDED_OFFENCE_REPORT -> OFFENCE_BODY.require(task,
                    "Укажите государственный орган, в который направляется обращение о противоправном деянии");
            case ANSWERED_BY_PUBLISHED_ANSWER -> PUBLISHED_ANSWER_LINK.require(task,
                    "Укажите адрес страницы официального сайта, на которой размещён ответ");
            case CORRESPONDENCE_ENDED -> EARLIER_ANSWERS.require(task,
                    "Укажите ранее данные письменные ответы по существу (номера и даты)");
            case ANSWERED, FORWARDED, ANSWERED_ORALLY -> throw new InvalidCaseDataException(SPECIAL_REASON.name(),
                    "Выберите основание по ст. 11 59-ФЗ");
            default -> {
            }
        }
    }

    /** The kind and place as the registrar set them on the form. */
    static Registration registrationOf(VariableScope scope) {
        return new Registration(KIND.get(scope),
                new Place(RUBRIC.get(scope), DISTRICT.get(scope), ADDRESS.get(scope), null, null));
    }
}
