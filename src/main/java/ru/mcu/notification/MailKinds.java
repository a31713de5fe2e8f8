package ru.mcu.notification;

import java.util.Map;
import ru.mcu.cases.Resolution;

/** The outbox's kinds of mail in Russian, for the pages that list them. */
public final class MailKinds {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("ESCALATION_BLOCK_HEAD", "Эскалация руководителю блока"),
            Map.entry("ESCALATION_MCU_HEAD", "Эскалация руководителю МЦУ"),
            Map.entry("REMINDER", "Напоминание исполнителю о сроке"),
            Map.entry("STAGE_OVERDUE", "Просрочен этап рассмотрения"),
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
            for (Resolution r : Resolution.values()) {
                if (kind.equals("CITIZEN_" + r.name())) {
                    String t = r.title();
                    return "Заявителю: " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
                }
            }
            return "Письмо заявителю";
        }
        return "Служебное письмо";
    }
}
