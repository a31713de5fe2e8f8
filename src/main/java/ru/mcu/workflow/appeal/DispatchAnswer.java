package ru.mcu.workflow.appeal;

import static ru.mcu.workflow.common.CaseVariables.caseNumberOf;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.mcu.cases.CaseConsideration;
import ru.mcu.cases.CaseQueries;
import ru.mcu.cases.Channel;
import ru.mcu.outbound.OutboundAnswers;

/**
 * Service task {@code Task_DispatchAnswer}: records the approved answer as sent and closes the
 * case. In the same transaction the answer is written in the form the appeal came in (59-ФЗ
 * ст. 10 ч. 4, {@code ru.mcu.letters.ReplyForm}): a numbered letter signed by the approving block
 * head, waiting in the queue «Отправить почтой» (a paper appeal, or no e-mail given), and the
 * e-mail through the outbox when the citizen gave an address. A failure of either rolls the
 * dispatch back and the job is retried; once committed, the letter stays in the queue. An appeal
 * that came through ЕПГУ has its answer enqueued for the portal ({@link OutboundAnswers}), sent
 * after the commit or placed by hand on the page «Ответы на площадки».
 */
@Component("dispatchAnswer")
class DispatchAnswer implements JavaDelegate {

    private final CaseConsideration consideration;
    private final CaseQueries cases;
    private final OutboundAnswers outbound;

    DispatchAnswer(CaseConsideration consideration, CaseQueries cases, OutboundAnswers outbound) {
        this.consideration = consideration;
        this.cases = cases;
        this.outbound = outbound;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = caseNumberOf(execution);
        consideration.dispatchAnswer(number);
        if (cases.get(number).getChannel() == Channel.EPGU) {
            outbound.epguAnswer(number);
        }
    }
}
