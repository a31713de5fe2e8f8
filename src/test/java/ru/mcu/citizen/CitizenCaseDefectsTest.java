package ru.mcu.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.support.Mails;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/** The defects the citizen met on his page and in his e-mails (issue 13), each as it was found. */
class CitizenCaseDefectsTest extends IntegrationTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId SAKHALIN = ZoneId.of("Asia/Sakhalin");

    @LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    private static String date(JsonNode instant) {
        return DATE.format(OffsetDateTime.parse(instant.asText()).atZoneSameInstant(SAKHALIN));
    }

    @Test
    void shouldShowAnsweredAppealNotYetRatedAndTakeItsRating() {
        JsonNode filed = CitizenTestCases.fileAppeal(api, CitizenTestCases.email("answered"));
        String number = filed.get("number").asText();
        CitizenTestCases.register(api, number, null);
        CitizenTestCases.answer(api, number, CitizenTestCases.ANSWER);

        CitizenPages citizen = new CitizenPages(port);
        String page = "/public/cases/" + number + "?code=" + filed.get("accessCode").asText();
        HttpResponse<String> shown = citizen.get(page);

        assertThat(shown.statusCode()).as("the answered appeal's page, not a server error").isEqualTo(200);
        assertThat(shown.body()).contains(CitizenTestCases.ANSWER).contains("name=\"score\"");

        HttpResponse<String> rated = citizen.post("/public/cases/" + number + "/rating",
                Map.of("code", filed.get("accessCode").asText(), "score", "4", "comment", "Спасибо"));
        assertThat(rated.statusCode()).as("back to the page, so that a reload posts nothing twice").isEqualTo(302);
        String location = rated.headers().firstValue("Location").orElseThrow();
        assertThat(citizen.get(location.replaceFirst("^https?://[^/]+", "")).body())
                .contains("Спасибо, оценка принята").doesNotContain("name=\"score\"");
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("rating").get("score").asInt()).isEqualTo(4);
    }

    @Test
    void shouldShowPosMessageAwaitingItsRating() {
        JsonNode filed = CitizenTestCases.posMessageInDepartment(api, "pos-citizen-awaiting", CitizenTestCases.email("pos"));
        String number = filed.get("number").asText();
        CitizenTestCases.answerMessage(api, number, "Яма заделана 20 ноября");
        assertThat(api.getJson("mcu-head", "/api/cases/" + number).get("status").asText()).isEqualTo("AWAITING_RATING");

        HttpResponse<String> shown = new CitizenPages(port).get("/public/cases/" + number + "?code=" + filed.get("accessCode").asText());

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Яма заделана 20 ноября").contains("name=\"score\"");
    }

    @Test
    void shouldGiveTheAnswerTermInTheRegistrationMail() {
        String email = CitizenTestCases.email("term");
        String number = CitizenTestCases.fileAppeal(api, email).get("number").asText();
        CitizenTestCases.register(api, number, null);
        JsonNode term = api.getJson("mcu-head", "/api/appeals/" + number).get("term");
        String answerTerm = date(term.get("answerDueAt"));
        String registrationTerm = date(term.get("registrationDueAt"));
        assertThat(answerTerm).isNotEqualTo(registrationTerm);

        MimeMessage mail = CitizenTestCases.awaitMail(SMTP, email, "Обращение № " + number);

        assertThat(Mails.text(mail)).contains(answerTerm).doesNotContain(registrationTerm);
        assertThat(Mails.html(mail)).contains(answerTerm).doesNotContain(registrationTerm);
    }

    @Test
    void shouldDeliverTheRegistrarsCommentWhenTheAppealIsRegistered() {
        String email = CitizenTestCases.email("comment");
        JsonNode filed = CitizenTestCases.fileAppeal(api, email);
        String number = filed.get("number").asText();
        String comment = "Ответ подготовит департамент дорожного хозяйства; фотографии можно прислать на адрес МЦУ";
        CitizenTestCases.register(api, number, comment);

        MimeMessage mail = CitizenTestCases.awaitMail(SMTP, email, "Обращение № " + number);
        assertThat(Mails.text(mail)).contains(comment);
        assertThat(Mails.html(mail)).contains(comment);
        assertThat(new CitizenPages(port).get("/public/cases/" + number + "?code=" + filed.get("accessCode").asText()).body())
                .contains(comment);
    }

    @Test
    void shouldDeliverTheRegistrarsCommentWhenTheAppealIsForwarded() {
        String email = CitizenTestCases.email("forward");
        JsonNode filed = Json.parse(api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "healthcare.clinics", "Нет записи к терапевту", email)).getBody());
        String number = filed.get("number").asText();
        String comment = "Вопросы записи к врачу решает Министерство здравоохранения области";
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.FORWARD)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "healthcare.clinics")
                .with(FORWARD_TO, "Министерство здравоохранения Сахалинской области").with(REGISTRAR_COMMENT, comment));

        MimeMessage mail = CitizenTestCases.awaitMail(SMTP, email, "Ваше обращение № " + number);
        assertThat(Mails.text(mail)).contains(comment);
        assertThat(new CitizenPages(port).get("/public/cases/" + number + "?code=" + filed.get("accessCode").asText()).body())
                .contains(comment).contains("Министерство здравоохранения Сахалинской области");
    }

    @Test
    void shouldDeliverTheRegistrarsCommentWhenTheAppealIsLeftWithoutAnAnswer() {
        String email = CitizenTestCases.email("special");
        JsonNode filed = CitizenTestCases.fileAppeal(api, email);
        String number = filed.get("number").asText();
        String comment = "Обращение содержит оскорбительные выражения; просим не злоупотреблять правом на обращение";
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes")
                .with(SPECIAL_REASON, Resolution.NO_ANSWER_OBSCENE).with(REGISTRAR_COMMENT, comment));

        MimeMessage mail = CitizenTestCases.awaitMail(SMTP, email, "О вашем обращении № " + number);
        assertThat(Mails.text(mail)).contains(comment);
        assertThat(new CitizenPages(port).get("/public/cases/" + number + "?code=" + filed.get("accessCode").asText()).body())
                .contains(comment).contains("Оставлено без ответа по существу");
    }

    @Test
    void shouldNameTheStateNeededWhenAMessageCannotBeRatedYet() {
        String number = CitizenTestCases.posMessageInDepartment(api, "pos-citizen-early", CitizenTestCases.email("early"))
                .get("number").asText();

        ResponseEntity<String> refused = api.post("pos-coordinator", "/api/cases/" + number + "/rating", "{\"score\": 2}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String message = Json.parse(refused.getBody()).get("message").asText();
        assertThat(message).contains("Оценить можно только ответ, ожидающий оценки")
                .contains("сообщение " + number + " сейчас «");
    }
}
