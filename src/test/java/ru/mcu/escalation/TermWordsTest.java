package ru.mcu.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.mcu.calendar.Decrees;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.notification.MailTemplates;

/**
 * How reminders and escalations name the term: «завтра» only for the next calendar day, the
 * weekday and date before a weekend or holidays, the overdue in working days or hours and never
 * «0 ч 0 мин», a ПОС message an «сообщение».
 */
class TermWordsTest {

    private final TermWords words = new TermWords(Decrees.calendar());
    private final MailTemplates templates = new MailTemplates();

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+11:00").toInstant();
    }

    @Test
    void shouldSayTomorrowOnlyForTheNextCalendarDay() {
        assertThat(TermWords.when(at("2026-11-19T18:00:00"), at("2026-11-18T09:00:00"))).isEqualTo("завтра, 19.11.2026");
        // Friday's reminder of a Monday term
        assertThat(TermWords.when(at("2026-11-23T18:00:00"), at("2026-11-20T09:00:00"))).isEqualTo("в понедельник, 23.11.2026");
        // before the 4 November holiday: the term ends on Thursday the 5th, the reminder comes on Tuesday the 3rd
        assertThat(TermWords.when(at("2026-11-05T23:59:59"), at("2026-11-03T09:00:00"))).isEqualTo("в четверг, 05.11.2026");
        assertThat(TermWords.time(at("2026-11-05T23:59:59"))).isEqualTo("23:59");
    }

    @Test
    void shouldNotPromiseTomorrowInTheReminderOfAMondayTerm() {
        Map<String, Object> values = staffValues(CitizenCaseView.Noun.APPEAL);
        values.put("dueWhen", TermWords.when(at("2026-11-23T18:00:00"), at("2026-11-20T09:00:00")));
        values.put("dueTime", "18:00");

        MailTemplates.Rendered mail = templates.render("reminder", values);

        assertThat(mail.subject()).isEqualTo("Напоминание: срок ответа по обращению № A-2026-000001 истекает в понедельник, 23.11.2026");
        assertThat(mail.subject() + mail.text() + mail.html()).doesNotContain("завтра");
        assertThat(mail.text()).contains("истекает в понедельник, 23.11.2026, в 18:00 (осталось 3 дня 9 часов)");
    }

    @Test
    void shouldTellTheOverdueInWorkingDaysOrHoursAndNothingAtTheTerm() {
        Instant term = at("2026-11-20T18:00:00");  // Friday
        assertThat(words.overdue(term, term)).isNull();
        assertThat(words.overdue(term, term.plusSeconds(40))).isNull();
        assertThat(words.overdue(term, at("2026-11-23T12:30:00"))).isEqualTo("просрочено на 3 рабочих часа");
        assertThat(words.overdue(term, at("2026-11-23T18:00:00"))).isEqualTo("просрочено на 1 рабочий день");
        assertThat(words.overdue(term, at("2026-11-25T18:00:00"))).isEqualTo("просрочено на 3 рабочих дня");
        // a calendar-day term ends at 23:59:59; the МЦУ head hears three working days later
        assertThat(words.overdue(at("2026-12-18T23:59:59"), at("2026-12-23T18:00:00"))).isEqualTo("просрочено на 3 рабочих дня");
    }

    @Test
    void shouldSayTheTermExpiredInsteadOfZeroHoursZeroMinutes() {
        Map<String, Object> values = staffValues(CitizenCaseView.Noun.APPEAL);
        values.put("overdue", words.overdue(at("2026-12-18T23:59:59"), at("2026-12-18T23:59:59")));

        MailTemplates.Rendered mail = templates.render("escalation-block-head", values);

        assertThat(mail.text()).contains("Истёк срок ответа по обращению № A-2026-000001: срок был 18.12.2026 23:59. Обращение отмечено")
                .doesNotContain("0 ч").doesNotContain("0 мин");
        assertThat(mail.html()).doesNotContain("0 ч").doesNotContain("0 мин");

        values.put("overdue", words.overdue(at("2026-12-18T23:59:59"), at("2026-12-23T18:00:00")));
        assertThat(templates.render("escalation-mcu-head", values).text())
                .contains("срок ответа истёк 18.12.2026 23:59, просрочено на 3 рабочих дня.");
    }

    @Test
    void shouldCallAPosMessageAMessageInEveryStaffLetter() {
        for (String template : new String[] {"reminder", "escalation-block-head", "escalation-mcu-head", "stage-overdue", "control-reminder"}) {
            Map<String, Object> values = staffValues(CitizenCaseView.Noun.MESSAGE);
            values.put("number", "P-2026-000001");

            MailTemplates.Rendered mail = templates.render(template, values);

            assertThat(mail.subject() + mail.text() + mail.html()).as(template).doesNotContainIgnoringCase("обращени")
                    .contains("P-2026-000001").contains("сообщени");
        }
    }

    private static Map<String, Object> staffValues(CitizenCaseView.Noun noun) {
        Map<String, Object> values = new HashMap<>();
        values.put("n", noun);
        values.put("number", "A-2026-000001");
        values.put("rubric", "Ямы на дорогах");
        values.put("department", "Департамент дорожного хозяйства и благоустройства");
        values.put("term", "18.12.2026 23:59");
        values.put("timeLeft", "осталось 3 дня 9 часов");
        values.put("dueWhen", "завтра, 19.11.2026");
        values.put("dueTime", "18:00");
        values.put("task", "Подготовить ответ");
        values.put("assignee", "Пётр Сидоров");
        values.put("link", "http://localhost/camunda/app/tasklist/default/#/?task=1");
        values.put("address", "ул. Ленина, 1");
        values.put("controlDate", "30.11.2026");
        values.put("answer", "Яму заделаем до 30 ноября");
        return values;
    }
}
