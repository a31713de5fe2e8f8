package ru.mcu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.mcu.cases.CitizenCaseView;
import ru.mcu.platform.web.McuContacts;

/**
 * Every citizen's e-mail calls a ПОС message a «сообщение», ends with the МЦУ's contacts and
 * leaves out what it does not have.
 */
class CitizenMailTemplatesTest {

    private static final McuContacts CONTACTS = new McuContacts(null, null, "693020, г. Южно-Сахалинск, ул. Ленина, д. 173",
            "+7 (4242) 11-22-33", "mcu@city.example", "пн–пт 9:00–18:00");

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, Object> values(CitizenCaseView.Noun noun, String number) {
        Map<String, Object> values = new HashMap<>();
        values.put("number", number);
        values.put("n", noun);
        values.put("citizenName", "Ли Анна");
        values.put("link", "https://mcu.example/public/cases/" + number + "?code=ABCD2345");
        values.put("contacts", CONTACTS);
        values.put("code", "ABCD2345");
        values.put("department", "Департамент дорожного хозяйства и благоустройства");
        values.put("term", "до 02.12.2026 18:00");
        values.put("answer", "Яма заделана");
        values.put("resolution", "Отклонено при модерации: не относится к муниципальной компетенции");
        values.put("forwardedTo", "Министерство здравоохранения Сахалинской области");
        values.put("days", 20);
        values.put("canRate", true);
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGISTERED", "ACCEPTED_AT_MODERATION", "DEPARTMENT_ASSIGNED", "REWORK_STARTED", "citizen-answer-published",
            "citizen-answer", "citizen-extended", "citizen-forwarded", "citizen-without-answer"})
    void shouldCallAMessageAMessageAndEndWithTheContacts(String which) {
        String template = which.startsWith("citizen-") ? which : "citizen-status";
        Map<String, Object> values = values(CitizenCaseView.Noun.MESSAGE, "P-2026-000001");
        values.put("step", which);

        MailTemplates.Rendered mail = templates.render(template, values);

        assertThat(mail.subject()).contains("P-2026-000001").doesNotContainIgnoringCase("обращени");
        assertThat(mail.text()).contains("P-2026-000001").doesNotContainIgnoringCase("обращени")
                .contains("+7 (4242) 11-22-33", "mcu@city.example", "ул. Ленина, д. 173", "пн–пт 9:00–18:00",
                        "Муниципальный центр управления, Администрация города Южно-Сахалинска")
                .doesNotContain("null").doesNotContain("\n\n\n");
        assertThat(mail.html()).contains("P-2026-000001", "tel:+74242112233", "mailto:mcu@city.example").doesNotContainIgnoringCase("обращени");
    }

    @ParameterizedTest
    @ValueSource(strings = {"REGISTERED", "citizen-answer", "citizen-forwarded", "citizen-without-answer", "citizen-extended"})
    void shouldCallAnAppealAnAppeal(String which) {
        String template = which.startsWith("citizen-") ? which : "citizen-status";
        Map<String, Object> values = values(CitizenCaseView.Noun.APPEAL, "A-2026-000001");
        values.put("step", which);
        values.put("explanation", "Пришлите фото");

        MailTemplates.Rendered mail = templates.render(template, values);

        assertThat(mail.subject() + mail.text()).contains("обращени").doesNotContain("сообщени");
    }

    @org.junit.jupiter.api.Test
    void shouldLeaveOutTheTermAndContactsItDoesNotHave() {
        Map<String, Object> values = values(CitizenCaseView.Noun.MESSAGE, "P-2026-000001");
        values.put("step", "ACCEPTED_AT_MODERATION");
        values.put("term", null);
        values.put("contacts", new McuContacts(null, null, null, "", null, null));

        MailTemplates.Rendered mail = templates.render("citizen-status", values);

        assertThat(mail.text()).doesNotContain("Срок ответа", "Телефон", "Адрес", "null").doesNotContain("\n\n\n")
                .contains("Муниципальный центр управления");
    }
}
