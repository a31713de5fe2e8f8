package ru.mcu.casepage;

import java.util.EnumMap;
import java.util.Map;
import ru.mcu.cases.CaseEventType;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Resolution;

/** Russian names for what the page shows as codes elsewhere: history steps, kinds of letters, people who are not staff. */
final class Titles {

    private static final Map<CaseEventType, String> STEPS = new EnumMap<>(CaseEventType.class);

    static {
        STEPS.put(CaseEventType.RECEIVED, "Поступление");
        STEPS.put(CaseEventType.ROUTED_BY_RULE, "Исполнитель по автоправилу");
        STEPS.put(CaseEventType.NO_RULE_MATCHED, "Автоправило не подошло");
        STEPS.put(CaseEventType.REGISTERED, "Регистрация");
        STEPS.put(CaseEventType.ROUTED_MANUALLY, "Направление исполнителю");
        STEPS.put(CaseEventType.FORWARDED, "Перенаправление по компетенции");
        STEPS.put(CaseEventType.CLOSED_WITHOUT_ANSWER, "Закрыто без ответа по существу");
        STEPS.put(CaseEventType.TAKEN_BY_CLERK, "Взято в работу");
        STEPS.put(CaseEventType.RETURNED_NOT_OURS, "Возврат исполнителем «не наше»");
        STEPS.put(CaseEventType.ANSWER_DRAFTED, "Проект ответа");
        STEPS.put(CaseEventType.ANSWER_RETURNED, "Проект ответа на доработку");
        STEPS.put(CaseEventType.ANSWER_APPROVED, "Ответ согласован");
        STEPS.put(CaseEventType.ANSWER_DISPATCHED, "Ответ дан");
        STEPS.put(CaseEventType.ACCEPTED_AT_MODERATION, "Принято модератором");
        STEPS.put(CaseEventType.REJECTED_AT_MODERATION, "Отклонено модератором");
        STEPS.put(CaseEventType.DEPARTMENT_ASSIGNED, "Назначен исполнитель");
        STEPS.put(CaseEventType.DISMISSED, "Не взято в работу");
        STEPS.put(CaseEventType.INTERIM_ANSWER_GIVEN, "Промежуточный ответ");
        STEPS.put(CaseEventType.RESOLVED_ON_SPOT, "Решено на месте");
        STEPS.put(CaseEventType.ANSWER_PUBLISHED, "Ответ опубликован");
        STEPS.put(CaseEventType.RATED, "Оценка автора");
        STEPS.put(CaseEventType.REWORK_STARTED, "Повторное рассмотрение");
        STEPS.put(CaseEventType.CLOSED, "Закрыто");
        STEPS.put(CaseEventType.CONVERTED, "Перевод в обращение по 59-ФЗ");
        STEPS.put(CaseEventType.LINKED, "Связь по одной проблеме");
        STEPS.put(CaseEventType.ANSWERED_VIA_MAIN_CASE, "Ответ по основному в проблеме");
        STEPS.put(CaseEventType.TERM_ASSIGNED, "Назначен срок");
        STEPS.put(CaseEventType.TERM_CHANGED, "Срок изменён");
        STEPS.put(CaseEventType.EXTENSION_REQUESTED, "Запрос продления срока");
        STEPS.put(CaseEventType.EXTENSION_APPROVED, "Срок продлён");
        STEPS.put(CaseEventType.EXTENSION_REJECTED, "Отказ в продлении срока");
        STEPS.put(CaseEventType.SUSPENDED, "Приостановление");
        STEPS.put(CaseEventType.RESUMED, "Возобновление");
        STEPS.put(CaseEventType.REMINDER_SENT, "Напоминание о сроке");
        STEPS.put(CaseEventType.OVERDUE, "Просрочка");
        STEPS.put(CaseEventType.ESCALATED_TO_BLOCK_HEAD, "Эскалация руководителю блока");
        STEPS.put(CaseEventType.ESCALATED_TO_MCU_HEAD, "Эскалация руководителю МЦУ");
    }

    private static final Map<String, String> MAILS = Map.ofEntries(
            Map.entry("CITIZEN_EXTENDED", "Заявителю: срок продлён"),
            Map.entry("CITIZEN_REGISTERED", "Заявителю: зарегистрировано"),
            Map.entry("CITIZEN_ACCEPTED_AT_MODERATION", "Заявителю: сообщение принято"),
            Map.entry("CITIZEN_DEPARTMENT_ASSIGNED", "Заявителю: назначен исполнитель"),
            Map.entry("CITIZEN_ANSWER_PUBLISHED", "Заявителю: ответ опубликован"),
            Map.entry("CITIZEN_REWORK_STARTED", "Заявителю: повторное рассмотрение"),
            Map.entry("REMINDER", "Напоминание о сроке"),
            Map.entry("ESCALATION_BLOCK_HEAD", "Эскалация руководителю блока"),
            Map.entry("ESCALATION_MCU_HEAD", "Эскалация руководителю МЦУ"),
            Map.entry("STAGE_OVERDUE", "Просрочен этап: руководителю МЦУ"));

    /** The prefix of the kinds of letters written to the case's author. */
    static final String TO_CITIZEN = "CITIZEN_";

    private Titles() {
    }

    /** The step of the history in Russian; a step added later than this page reads as a plain «Событие». */
    static String step(CaseEventType type) {
        return type == null ? "Событие" : STEPS.getOrDefault(type, "Событие");
    }

    /** What a letter of the outbox is, in Russian, never its code. */
    static String mail(String kind) {
        if (kind == null) {
            return "Письмо";
        }
        String known = MAILS.get(kind);
        if (known != null) {
            return known;
        }
        if (kind.startsWith(TO_CITIZEN)) {
            String rest = kind.substring(TO_CITIZEN.length());
            for (Resolution r : Resolution.values()) {
                if (r.name().equals(rest)) {
                    return "Заявителю: " + lowerFirst(r.title());
                }
            }
            for (CaseEventType t : CaseEventType.values()) {
                if (t.name().equals(rest) && STEPS.containsKey(t)) {
                    return "Заявителю: " + lowerFirst(STEPS.get(t));
                }
            }
            return "Письмо заявителю";
        }
        return "Служебное письмо";
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
