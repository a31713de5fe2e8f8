package ru.mcu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.Resolution;

/** The kinds, templates and keys of the outbox's mails stay what rows already written hold. */
class MailKindTest {

    @Test
    void shouldRenderEveryKindFromAnExistingTemplatePair() {
        for (MailKind kind : MailKind.values()) {
            assertThat(getClass().getResource("/templates/mail/" + kind.template() + ".txt")).as(kind + " text").isNotNull();
            assertThat(getClass().getResource("/templates/mail/" + kind.template() + ".html")).as(kind + " html").isNotNull();
        }
    }

    @Test
    void shouldStoreTheKindsTheOutboxAlwaysHeld() {
        assertThat(Arrays.stream(MailKind.values()).filter(k -> !k.name().startsWith("CITIZEN_") || k == MailKind.CITIZEN_EXTENDED)
                .map(MailKind::kind)).containsExactly("REMINDER", "ESCALATION_BLOCK_HEAD", "ESCALATION_INTERIM",
                "ESCALATION_MCU_HEAD", "STAGE_OVERDUE", "CONTROL_REMINDER", "WEEKLY_NOTE", "ROADMAP_MEASURE_OVERDUE", "CITIZEN_EXTENDED");
        assertThat(MailKind.CITIZEN_STATUS.kind(CaseEventType.REGISTERED)).isEqualTo("CITIZEN_REGISTERED");
        assertThat(MailKind.CITIZEN_ANSWER_PUBLISHED.kind(CaseEventType.ANSWER_PUBLISHED)).isEqualTo("CITIZEN_ANSWER_PUBLISHED");
        assertThat(MailKind.CITIZEN_ANSWER.kind(Resolution.ANSWERED)).isEqualTo("CITIZEN_ANSWERED");
        assertThat(MailKind.CITIZEN_FORWARDED.kind(Resolution.REDIRECTED)).isEqualTo("CITIZEN_REDIRECTED");
        assertThatThrownBy(MailKind.CITIZEN_ANSWER::kind).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MailKind.REMINDER.kind(Resolution.ANSWERED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldFormTheKeysTheOutboxAlwaysHeld() {
        assertThat(MailKind.REMINDER.key("A-2026-000001", "roads", 1795330800L, "clerk@example.org"))
                .isEqualTo("reminder:A-2026-000001:roads:1795330800:clerk@example.org");
        assertThat(MailKind.STAGE_OVERDUE.key("A-2026-000001", "Регистрация", 0)).isEqualTo("stage-overdue:A-2026-000001:Регистрация:0");
        assertThat(MailKind.WEEKLY_NOTE.key(LocalDate.of(2026, 11, 16), "head@example.org")).isEqualTo("weekly-note:2026-11-16:head@example.org");
        assertThat(MailKind.CITIZEN_ANSWER_PUBLISHED.key("P-2026-000001", CaseEventType.ANSWER_PUBLISHED, 7))
                .as("published answers share the status mails' keys").isEqualTo("citizen-status:P-2026-000001:ANSWER_PUBLISHED:7");
        assertThat(MailKind.CITIZEN_WITHOUT_ANSWER.key("A-2026-000001")).isEqualTo("citizen-citizen-without-answer:A-2026-000001");
        assertThat(MailKind.CITIZEN_EXTENDED.key("A-2026-000001", 1795330800L)).isEqualTo("citizen-extended:A-2026-000001:1795330800");
    }

    @Test
    void shouldNameEveryStoredKindInRussian() {
        assertThat(MailKinds.title("ESCALATION_BLOCK_HEAD")).isEqualTo("Эскалация руководителю блока");
        assertThat(MailKinds.title("CITIZEN_EXTENDED")).isEqualTo("Заявителю: срок рассмотрения продлён");
        assertThat(MailKinds.title("CITIZEN_REGISTERED")).isEqualTo("Заявителю: обращение зарегистрировано");
        assertThat(MailKinds.title("CITIZEN_ANSWERED")).isEqualTo("Заявителю: дан ответ по существу");
        assertThat(MailKinds.title("CITIZEN_SOMETHING_NEW")).isEqualTo("Письмо заявителю");
        assertThat(MailKinds.title("SOMETHING_NEW")).isEqualTo("Служебное письмо");
        for (MailKind kind : MailKind.values()) {
            if (kind.title() != null) {
                assertThat(MailKinds.title(kind.kind())).as(kind.name()).isEqualTo(kind.title()).doesNotContain("_");
            }
        }
    }
}
