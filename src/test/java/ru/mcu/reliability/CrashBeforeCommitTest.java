package ru.mcu.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.CaseRepository;
import ru.mcu.cases.Channel;
import ru.mcu.intake.AppealIntake;
import ru.mcu.intake.AppealRequest;
import ru.mcu.intake.IntakeResult;
import ru.mcu.support.IntegrationTest;

/**
 * The short check in the normal suite of what {@link NodesScenario} (two JVMs, {@code mvn
 * -Prelease}) proves under load: a node that dies before its intake transaction commits leaves
 * no case, no process instance and no timer behind, and the client's repeat files the appeal
 * once; a node that dies after the commit, with the answer lost, is answered on the repeat with
 * the case filed before. Here the death is the transaction rolled back, in this JVM.
 */
class CrashBeforeCommitTest extends IntegrationTest {

    @Autowired
    private AppealIntake intake;

    @Autowired
    private CaseRepository cases;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private ManagementService management;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private static AppealRequest appeal(String externalId) {
        return new AppealRequest(Channel.SITE, externalId, AppealKind.COMPLAINT, null, "Разбит тротуар у школы", "roads.sidewalks",
                "center", "ул. Ленина, 10", null, null);
    }

    @Test
    void shouldLeaveNothingOfAnIntakeThatDiedBeforeItsCommitAndFileItOnceOnTheRepeat() {
        String lostNumber = new TransactionTemplate(transactionManager).execute(status -> {
            String number = intake.accept(appeal("crash-before-commit")).filedCase().getNumber();
            // the node dies here: its transaction never commits
            status.setRollbackOnly();
            return number;
        });

        assertThat(cases.findByChannelAndExternalId(Channel.SITE, "crash-before-commit")).isEmpty();
        assertThat(cases.findByNumber(lostNumber)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(lostNumber).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(lostNumber).count()).isZero();

        IntakeResult repeat = intake.accept(appeal("crash-before-commit"));
        IntakeResult answerLost = intake.accept(appeal("crash-before-commit"));

        String number = repeat.filedCase().getNumber();
        assertThat(repeat.created()).as("the repeat of an appeal that was never committed is new (201)").isTrue();
        assertThat(answerLost.created()).as("the repeat of a committed appeal whose answer was lost (200)").isFalse();
        assertThat(answerLost.filedCase().getNumber()).isEqualTo(number);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count())
                .as("process instances of " + number).isEqualTo(1);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        assertThat(management.createJobQuery().processInstanceId(instance).timers().activityId("Timer_RegistrationOverdue").count())
                .as("registration timers of " + number).isEqualTo(1);
    }
}
