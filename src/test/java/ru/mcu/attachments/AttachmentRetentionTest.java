package ru.mcu.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.security.retention.Retention;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/** When the retention job erases a closed case's personal data, the case's files go with them; a recent case keeps its own. */
class AttachmentRetentionTest extends IntegrationTest {

    @Autowired
    private Retention retention;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldEraseTheFilesOfACaseWhosePersonalDataAreErased() {
        Api api = new Api(rest);
        time.jumpTo(time.instant().minus(Duration.ofDays(6 * 366)));
        String old = answered(api);
        time.reset();
        String recent = answered(api);
        assertThat(files(old)).isEqualTo(2);

        retention.anonymiseDue();

        assertThat(files(old)).isZero();
        assertThat(api.getJson("mcu-head", "/api/cases/" + old + "/attachments")).isEmpty();
        assertThat(jdbc.queryForObject("select detail from audit_log where action = 'ANONYMISED' and case_number = ?", String.class, old))
                .endsWith("файлов удалено: 2");
        assertThat(files(recent)).isEqualTo(2);
    }

    private String answered(Api api) {
        String number = Filing.registeredToRoads(api,
                Filing.file("SCAN", "письмо.pdf", "application/pdf", SampleFiles.pdf()),
                Filing.file("AFTER", "после.png", "image/png", SampleFiles.png()));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Яма заделана."));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        return number;
    }

    private int files(String number) {
        return jdbc.queryForObject("select count(*) from case_attachment a join cases c on c.id = a.case_id where c.number = ?",
                Integer.class, number);
    }
}
