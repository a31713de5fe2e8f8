package ru.mcu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.platform.web.McuContacts;

/**
 * The citizen's letters read as a letter of the administration: the greeting by first name and
 * patronymic, declined numbers of days, where the case went in one phrase, no stacked colons.
 */
class CitizenMailWordingTest {

    private static final String ROADS = "Департамент дорожного хозяйства и благоустройства";

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, Object> values(CitizenCaseView.Noun noun, String citizenName) {
        Map<String, Object> values = new HashMap<>();
        values.put("number", noun == CitizenCaseView.Noun.APPEAL ? "A-2026-000001" : "P-2026-000001");
        values.put("n", noun);
        values.put("citizenName", citizenName);
        values.put("link", "https://mcu.example/public/cases/A-2026-000001?code=ABCD2345");
        values.put("contacts", new McuContacts(null, null, null, "+7 (4242) 11-22-33", null, null));
        values.put("code", "ABCD2345");
        values.put("department", ROADS);
        values.put("term", "до 18.12.2026 включительно");
        values.put("answer", "Яма заделана");
        return values;
    }

    @Test
    void shouldGreetByFirstNameAndPatronymic() {
        Map<String, Object> values = values(CitizenCaseView.Noun.APPEAL, "Петрова Мария Петровна");
        values.put("step", "REGISTERED");

        MailTemplates.Rendered mail = templates.render("citizen-status", values);

        assertThat(mail.text()).startsWith("Уважаемая Мария Петровна!").doesNotContain("Петрова").doesNotContain("(ая)");
        assertThat(mail.html()).contains("Уважаемая Мария Петровна!").doesNotContain("Уважаемый(ая)");
        for (String template : new String[] {"citizen-answer", "citizen-answer-published", "citizen-extended", "citizen-forwarded",
                "citizen-without-answer"}) {
            values.put("days", 30);
            assertThat(templates.render(template, values).text()).as(template).startsWith("Уважаемая Мария Петровна!");
        }
    }

    @Test
    void shouldGreetTheApplicantWhenTheNameHasNoPatronymic() {
        for (String name : new String[] {"Ли Анна", null}) {
            Map<String, Object> values = values(CitizenCaseView.Noun.MESSAGE, name);
            values.put("step", "ACCEPTED_AT_MODERATION");

            MailTemplates.Rendered mail = templates.render("citizen-status", values);

            assertThat(mail.text()).startsWith("Уважаемый заявитель!");
            assertThat(mail.html()).contains("Уважаемый заявитель!");
        }
    }

    @Test
    void shouldDeclineTheDaysOfAnExtension() {
        for (Object[] days : new Object[][] {{30, "продлён на 30 дней."}, {21, "продлён на 21 день."}, {2, "продлён на 2 дня."}}) {
            Map<String, Object> values = values(CitizenCaseView.Noun.APPEAL, "Иванов Сергей Николаевич");
            values.put("days", days[0]);

            MailTemplates.Rendered mail = templates.render("citizen-extended", values);

            assertThat(mail.text()).contains((String) days[1]).doesNotContain("дн.");
            assertThat(mail.html().replaceAll("<[^>]+>", "")).contains((String) days[1]).doesNotContain("дн.");
        }
    }

    @Test
    void shouldSayWhereTheAppealWentInOnePhraseWithoutStackedColonsOrTheDepartmentTwice() {
        for (String step : new String[] {"REGISTERED", "DEPARTMENT_ASSIGNED", "REWORK_STARTED"}) {
            Map<String, Object> values = values(CitizenCaseView.Noun.APPEAL, "Петрова Мария Петровна");
            values.put("step", step);
            values.put("explanation", "Пришлите фото: ямы и знака");

            MailTemplates.Rendered mail = templates.render("citizen-status", values);

            assertThat(mail.text()).as(step).contains("направлено на рассмотрение в " + ROADS + ".")
                    .doesNotContain(": " + ROADS).doesNotContain("для подготовки ответа:");
            assertThat(mail.text().indexOf(ROADS)).as(step + ": the department once").isEqualTo(mail.text().lastIndexOf(ROADS));
            assertThat(mail.text().lines().filter(l -> !l.contains("http") && l.split(": ", -1).length > 2).toList())
                    .as(step + ": no colon stacked on another").isEmpty();
            assertThat(mail.html()).contains("на рассмотрение в " + ROADS);
        }
    }

    @Test
    void shouldNameAnAgencyAndAnUnknownFormOfANameRightly() {
        Map<String, Object> values = values(CitizenCaseView.Noun.APPEAL, null);
        values.put("step", "REGISTERED");
        values.put("department", "МКУ «Управление дорожного хозяйства и благоустройства»");
        assertThat(templates.render("citizen-status", values).text())
                .contains("направлено на рассмотрение в МКУ «Управление дорожного хозяйства и благоустройства».");

        values.put("department", "Администрация Ново-Александровского планировочного района");
        assertThat(templates.render("citizen-status", values).text())
                .contains("направлено на рассмотрение: Администрация Ново-Александровского планировочного района.");
    }

    @Test
    void shouldNotStackAParenthesisAndAColonInThePublishedAnswer() {
        MailTemplates.Rendered mail = templates.render("citizen-answer-published", values(CitizenCaseView.Noun.MESSAGE, null));

        assertThat(mail.text()).contains("На ваше сообщение № P-2026-000001 дан ответ. Ответ подготовил исполнитель — " + ROADS + ".")
                .doesNotContain("):");
    }
}
