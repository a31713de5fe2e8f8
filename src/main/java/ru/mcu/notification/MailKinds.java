package ru.mcu.notification;

import java.util.Map;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.Resolution;

/** The outbox's kinds of mail in Russian, for the pages that list them (the outbox, the case page). */
public final class MailKinds {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("ESCALATION_BLOCK_HEAD", "Эскалация руководителю блока"),
            Map.entry("ESCALATION_INTERIM", "Просрочен промежуточный ответ: руководителю блока"),
            Map.entry("ESCALATION_MCU_HEAD", "Эскалация руководителю МЦУ"),
            Map.entry("REMINDER", "Напоминание исполнителю о сроке"),
            Map.entry("STAGE_OVERDUE", "Просрочен этап рассмотрения"),
            Map.entry("CONTROL_REMINDER", "Напоминание о дополнительном контроле"),
            Map.entry("WEEKLY_NOTE", "Еженедельная аналитическая записка"),
            Map.entry("ROADMAP_MEASURE_OVERDUE", "Просрочено мероприятие дорожной карты"),
            Map.entry("CITIZEN_EXTENDED", "Заявителю: срок рассмотрения продлён"),
            Map.entry("CITIZEN_REGISTERED", "Заявителю: обращение зарегистрировано"),
            Map.entry("CITIZEN_ACCEPTED_AT_MODERATION", "Заявителю: сообщение принято"),
            Map.entry("CITIZEN_DEPARTMENT_ASSIGNED", "Заявителю: назначен исполнитель"),
            Map.entry("CITIZEN_ANSWER_PUBLISHED", "Заявителю: ответ опубликован"),
            Map.entry("CITIZEN_REWORK_STARTED", "Заявителю: повторное рассмотрение"));

    private MailKinds() {
    }

    /** «Эскалация руководителю блока», «Заявителю: дан ответ по существу»; never the raw code. */
    public static String title(String kind) {
        if (kind == null || kind.isBlank()) {
            return "—";
        }
        String known = TITLES.get(kind);
        if (known != null) {
            return known;
        }
        if (kind.startsWith("CITIZEN_")) {
            String rest = kind.substring("CITIZEN_".length());
            for (Resolution r : Resolution.values()) {
                if (r.name().equals(rest)) {
                    return toCitizen(r.title());
                }
            }
            for (CaseEventType t : CaseEventType.values()) {
                if (t.name().equals(rest)) {
                    return toCitizen(t.title());
                }
            }
            return "Письмо заявителю";
        }
        return "Служебное письмо";
    }

    private static String toCitizen(String what) {
        return "Заявителю: " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }
}
