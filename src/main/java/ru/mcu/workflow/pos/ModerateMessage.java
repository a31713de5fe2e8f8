package ru.mcu.workflow.pos;

import static ru.mcu.workflow.common.CaseVariables.ADDRESS;
import static ru.mcu.workflow.common.CaseVariables.CASE_NUMBER;
import static ru.mcu.workflow.common.CaseVariables.DECIDED_BY;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.LINK_TO_CASE;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.common.CaseVariables.STAGE_DUE_AT;
import static ru.mcu.workflow.common.CaseVariables.TERM_TEXT;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_COMMENT;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REDIRECT_ORGANIZATION;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_OTHER_TEXT;
import static ru.mcu.workflow.pos.PosProcess.Variables.REJECTION_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseLinks;
import ru.mcu.cases.CaseRegistration;
import ru.mcu.cases.InvalidCaseDataException;
import ru.mcu.cases.Place;
import ru.mcu.deadline.CaseTerms;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;
import ru.mcu.workflow.pos.PosProcess.RejectionReason;
import ru.mcu.workflow.support.Actors;

/**
 * Task listener ({@code complete}) of {@code Task_ModerateMessage}: an accepted message is
 * recorded with the rubric and place the moderator set and gets its coordination term; a
 * rejection (its reason from the list, «Иное» with its text) and a redirect (the organisation
 * named) are checked here and recorded by {@code Task_RejectMessage} and {@code Task_RedirectMessage}.
 * An instance of version 1, whose model has no redirect, takes the rejection path with the
 * reason «not municipal» and the organisation, and {@link RejectMessage} redirects it.
 */
@Component("moderateMessage")
class ModerateMessage implements TaskListener {

    private final CaseRegistration registration;
    private final CaseTerms terms;
    private final CaseLinks links;

    ModerateMessage(CaseRegistration registration, CaseTerms terms, CaseLinks links) {
        this.registration = registration;
        this.terms = terms;
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        ModerationDecision decision = MODERATION_DECISION.require(task, "Выберите решение модератора");
        String number = CASE_NUMBER.get(task);
        String actor = Actors.of(task);
        DECIDED_BY.set(task, actor);
        LINK_TO_CASE.find(task).ifPresent(main -> links.link(number, main, actor));
        switch (decision) {
            case ACCEPT -> {
                registration.acceptAtModeration(number, new Place(RUBRIC.get(task), DISTRICT.get(task), ADDRESS.get(task), null, null),
                        MODERATION_COMMENT.get(task), actor);
                CaseTerms.TermDates coordination = terms.coordinationTerm(number);
                STAGE_DUE_AT.set(task, coordination.due());
                TERM_TEXT.set(task, coordination.text());
            }
            case REJECT -> {
                RejectionReason reason = REJECTION_REASON.require(task, "Выберите причину отклонения");
                if (reason == RejectionReason.OTHER && REJECTION_OTHER_TEXT.find(task).filter(t -> !t.isBlank()).isEmpty()) {
                    throw new InvalidCaseDataException(REJECTION_OTHER_TEXT.name(), "Опишите причину отклонения");
                }
            }
            case REDIRECT -> {
                if (REDIRECT_ORGANIZATION.find(task).filter(t -> !t.isBlank()).isEmpty()) {
                    throw new InvalidCaseDataException(REDIRECT_ORGANIZATION.name(), "Укажите организацию, в компетенции которой вопрос");
                }
                if (task.getBpmnModelInstance().getModelElementById(PosProcess.Elements.REDIRECT) == null) {
                    MODERATION_DECISION.set(task, ModerationDecision.REJECT);
                    REJECTION_REASON.set(task, RejectionReason.NOT_MUNICIPAL);
                }
            }
            default -> throw new IllegalStateException("Unknown decision " + decision);
        }
    }
}
