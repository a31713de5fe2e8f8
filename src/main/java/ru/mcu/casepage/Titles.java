package ru.mcu.casepage;

import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.Channel;
import ru.mcu.notification.MailKinds;

/** Russian names for what the page shows as codes elsewhere: history steps, kinds of letters, people who are not staff. */
final class Titles {

    /** The prefix of the kinds of letters written to the case's author. */
    static final String TO_CITIZEN = "CITIZEN_";

    private Titles() {
    }

    /** The step of the history in Russian. */
    static String step(CaseEventType type) {
        return type == null ? "Событие" : type.title();
    }

    /** What a letter of the outbox is, in Russian, never its code. */
    static String mail(String kind) {
        return MailKinds.title(kind);
    }

    /** Who did a step: a person's name, or what the history's technical actors stand for. */
    static String technicalActor(String actor) {
        return switch (actor == null ? "" : actor) {
            case "system", "" -> "Система";
            case "rule" -> "Автоправило";
            case "citizen" -> "Заявитель";
            default -> null;
        };
    }

    /** How the page names a case of the channel: a ПОС message or an incident is a «сообщение», never an «обращение». */
    static String noun(Channel channel) {
        return switch (channel.regime()) {
            case APPEAL_59FZ -> "Обращение";
            case POS -> "Сообщение ПОС";
            case INCIDENT -> "Сообщение (инцидент)";
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
