package ru.mcu.notification;

import java.util.EnumMap;
import java.util.Map;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.Resolution;

/** The outbox's kinds of mail in Russian, for the pages that list them (the outbox, the case page). */
public final class MailKinds {

    /** The steps whose mail to the citizen is named otherwise than by the step's title. */
    private static final Map<CaseEventType, String> CITIZEN_STEPS = new EnumMap<>(Map.of(
            CaseEventType.REGISTERED, "Заявителю: обращение зарегистрировано",
            CaseEventType.ACCEPTED_AT_MODERATION, "Заявителю: сообщение принято",
            CaseEventType.DEPARTMENT_ASSIGNED, "Заявителю: назначен исполнитель",
            CaseEventType.ANSWER_PUBLISHED, "Заявителю: ответ опубликован",
            CaseEventType.REWORK_STARTED, "Заявителю: повторное рассмотрение"));
    private static final String CITIZEN = MailKind.CITIZEN_STATUS.kindPrefix();

    private MailKinds() {
    }

    /**
     * How the mail list and the case page name a stored kind: «Эскалация руководителю блока»,
     * «Заявителю: дан ответ по существу»; never the raw code.
     */
    public static String title(String kind) {
        if (kind == null || kind.isBlank()) {
            return "—";
        }
        for (MailKind k : MailKind.values()) {
            if (k.title() != null && k.name().equals(kind)) {
                return k.title();
            }
        }
        if (kind.startsWith(CITIZEN)) {
            String rest = kind.substring(CITIZEN.length());
            for (Map.Entry<CaseEventType, String> step : CITIZEN_STEPS.entrySet()) {
                if (step.getKey().name().equals(rest)) {
                    return step.getValue();
                }
            }
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
