package ru.mcu.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.COPY_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.FORWARD_TO;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.OFFENCE_BODY;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.SPECIAL_REASON;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.pos.PosProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.Resolution;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;

/**
 * A written appeal answered through its process ends with numbered letters on paper in the
 * queue «Отправить почтой», a printable PDF signed by the block head who approved the answer,
 * and the registrar's mark of the post (date, tracking number) in the case's history; an
 * appeal by e-mail gets no letter.
 */
class PostalLettersTest extends IntegrationTest {

    private static final String ADDRESS = "693000, г. Южно-Сахалинск, ул. Ленина, д. 120, кв. 5";
    private static final String ANSWER = "Яма у дома 120 по ул. Ленина заделана 17 ноября 2026 года, покрытие восстановлено.";

    @Autowired
    private IdentityService identity;

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
    }

    @Test
    void shouldQueueSignedNumberedLetterWhenPaperAppealIsAnsweredAndRecordItsPosting() throws Exception {
        String number = file("LETTER", null);
        api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                .with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, "ANSWER").with(ANSWER_TEXT, ANSWER));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
        assertThat(api.getJson("mcu-head", "/api/appeals/" + number).get("status").asText()).isEqualTo("CLOSED");

        JsonNode ofCase = api.getJson("mcu-registrar", "/api/letters?caseNumber=" + number);
        assertThat(ofCase).hasSize(2);
        assertThat(ofCase.get(0).get("kind").asText()).isEqualTo("REGISTERED");
        assertThat(ofCase.get(0).get("signatoryName").asText()).isEqualTo(nameOf("pos-coordinator"));
        JsonNode letter = ofCase.get(1);
        assertThat(letter.get("kind").asText()).isEqualTo("ANSWER");
        String letterNumber = letter.get("number").asText();
        assertThat(letterNumber).matches("01-12/2026-\\d{6}");
        assertThat(letter.get("date").asText()).isEqualTo("2026-11-18");
        assertThat(letter.get("addresseeName").asText()).isEqualTo("Иванова Мария Петровна");
        assertThat(letter.get("signatoryName").asText()).isEqualTo(nameOf("roads-head"));
        assertThat(letter.get("signatoryPosition").asText()).isEqualTo("Руководитель блока дорожного хозяйства");
        assertThat(letter.has("sentOn")).isFalse();
        long id = letter.get("id").asLong();
        assertThat(ids(api.getJson("mcu-registrar", "/api/letters"))).contains(id, ofCase.get(0).get("id").asLong());
        assertThat(historyTypes(number)).endsWith("ANSWER_APPROVED", "ANSWER_DISPATCHED", "LETTER_REGISTERED");

        ResponseEntity<byte[]> pdf = as("mcu-registrar").getForEntity("/api/letters/" + id + "/pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        picture(pdf.getBody(), "letter-answer");
        // compared without whitespace: a line may break anywhere a space or a hyphen is
        String text = compact(text(pdf.getBody()));
        assertThat(text).contains(compact("АДМИНИСТРАЦИЯ ГОРОДА ЮЖНО-САХАЛИНСКА"))
                .contains(compact("№ " + letterNumber + " от 18.11.2026"))
                .contains(compact("на № " + number + " от 18.11.2026"))
                .contains(compact("Иванова Мария Петровна")).contains(compact(ADDRESS))
                .contains(compact("Уважаемая Мария Петровна!")).doesNotContain("Уважаемый(ая)")
                .contains(compact(nameOf("roads-head"))).contains(compact("Руководитель блока дорожного хозяйства"))
                .contains(compact(ANSWER))
                .doesNotContain(compact("Муниципальный центр управления"));
        String registration = text(as("mcu-registrar").getForEntity("/api/letters/" + ofCase.get(0).get("id").asLong() + "/pdf",
                byte[].class).getBody()).replaceAll("\\s+", " ");
        assertThat(registration).contains("Ответ будет дан в срок до 18.12.2026 включительно").doesNotContain("до до")
                .contains(nameOf("pos-coordinator"));
        assertThat(as("roads-clerk").getForEntity("/api/letters/" + id + "/pdf", String.class).getStatusCode())
                .as("a department's clerk is not a registrar").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> bad = api.post("mcu-registrar", "/api/letters/" + id + "/sent",
                "{\"sentOn\": \"19.11.2026\", \"trackingNumber\": \"12345\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(bad)).containsExactly("sentOn", "trackingNumber");
        ResponseEntity<String> future = api.post("mcu-registrar", "/api/letters/" + id + "/sent", "{\"sentOn\": \"2026-11-19\"}");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(future)).containsExactly("sentOn");
        assertThat(Json.parse(future.getBody()).get("errors").get(0).get("message").asText()).contains("позже сегодняшнего");
        assertThat(api.post("mcu-registrar", "/api/letters/" + id + "/sent", "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.getJson("mcu-registrar", "/api/letters/" + id).has("sentOn")).as("nothing half-written").isFalse();

        ResponseEntity<String> sent = api.post("mcu-registrar", "/api/letters/" + id + "/sent",
                "{\"sentOn\": \"2026-11-18\", \"trackingNumber\": \"6930 2012 3456 78\"}");
        assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode marked = api.getJson("mcu-registrar", "/api/letters/" + id);
        assertThat(marked.get("sentOn").asText()).isEqualTo("2026-11-18");
        assertThat(marked.get("trackingNumber").asText()).isEqualTo("69302012345678");
        assertThat(marked.get("sentBy").asText()).isEqualTo("mcu-registrar");
        assertThat(ids(api.getJson("mcu-registrar", "/api/letters"))).doesNotContain(id);
        JsonNode history = api.getJson("mcu-head", "/api/appeals/" + number).get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("LETTER_SENT");
        assertThat(last.get("actor").asText()).isEqualTo("mcu-registrar");
        assertThat(last.get("description").asText()).contains(letterNumber).contains("18.11.2026").contains("69302012345678");
        assertThat(api.post("mcu-registrar", "/api/letters/" + id + "/sent", "{\"sentOn\": \"2026-11-18\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldWriteForwardingNoticeOnPaperAndNoLetterToWhoWroteByEmail() {
        String paper = file("LETTER", "copy-" + System.nanoTime() + "@example.ru");
        api.submit("mcu-registrar", paper, variables().with(REGISTRATION_DECISION, RegistrationDecision.FORWARD)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "healthcare.clinics")
                .with(FORWARD_TO, "Министерство здравоохранения Сахалинской области"));
        JsonNode forwarded = api.getJson("mcu-registrar", "/api/letters?caseNumber=" + paper);
        assertThat(forwarded).extracting(l -> l.get("kind").asText()).containsExactlyInAnyOrder("FORWARDED", "BODY_FORWARDED");
        JsonNode notice = forwarded.get(0).get("kind").asText().equals("FORWARDED") ? forwarded.get(0) : forwarded.get(1);
        assertThat(notice.get("signatoryPosition").asText()).isEqualTo("Директор департамента по работе с обращениями граждан");

        String electronic = file("SITE", "site-" + System.nanoTime() + "@example.ru");
        api.submit("mcu-registrar", electronic, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                .with(DEPARTMENT, "roads"));
        assertThat(api.getJson("mcu-registrar", "/api/letters?caseNumber=" + electronic)).isEmpty();
    }

    @Test
    void shouldSendTheAppealToTheCompetentBodyWithACoveringLetterWhateverTheFormItCameIn() throws Exception {
        String body = "Министерство здравоохранения Сахалинской области";
        String electronic = file("SITE", "body-" + System.nanoTime() + "@example.ru");
        api.submit("mcu-registrar", electronic, variables().with(REGISTRATION_DECISION, RegistrationDecision.FORWARD)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "healthcare.clinics").with(FORWARD_TO, body)
                .with(REGISTRAR_COMMENT, "Вопрос о записи к врачу"));
        JsonNode letters = api.getJson("mcu-registrar", "/api/letters?caseNumber=" + electronic);
        assertThat(letters).as("no paper notice to whoever wrote by e-mail; the covering letter to the body").hasSize(1);
        JsonNode covering = letters.get(0);
        assertThat(covering.get("kind").asText()).isEqualTo("BODY_FORWARDED");
        assertThat(covering.get("addresseeName").asText()).isEqualTo(body);
        assertThat(covering.get("addresseeAddress").asText()).as("no citizen's address on a letter to a body").isEmpty();
        assertThat(covering.get("title").asText()).isEqualTo("О направлении обращения по компетенции");
        assertThat(ids(api.getJson("mcu-registrar", "/api/letters"))).as("in the queue").contains(covering.get("id").asLong());
        ResponseEntity<byte[]> pdf = as("mcu-registrar").getForEntity("/api/letters/" + covering.get("id").asLong() + "/pdf", byte[].class);
        picture(pdf.getBody(), "letter-to-body");
        String text = compact(text(pdf.getBody()));
        assertThat(text).contains(compact(body), compact("О направлении обращения по компетенции"), compact("частью 3 статьи 8"),
                        compact("направляем для рассмотрения обращение (заявитель — Иванова Мария Петровна)"), compact(electronic),
                        compact("Вопрос о записи к врачу"), compact("Ответ заявителю просим дать непосредственно"))
                .doesNotContain(compact("на № " + electronic)).doesNotContain("/public/").doesNotContain(compact("Уважаем"));

        String shared = file("LETTER", null);
        api.submit("mcu-registrar", shared, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.PROPOSAL).with(RUBRIC, "roads.potholes").with(DISTRICT, "center").with(DEPARTMENT, "roads")
                .with(COPY_TO, body));
        JsonNode ofShared = api.getJson("mcu-registrar", "/api/letters?caseNumber=" + shared);
        assertThat(ofShared).extracting(l -> l.get("kind").asText()).containsExactlyInAnyOrder("REGISTERED", "BODY_COPY");
        JsonNode copy = ofShared.get(0).get("kind").asText().equals("BODY_COPY") ? ofShared.get(0) : ofShared.get(1);
        assertThat(copy.get("addresseeName").asText()).isEqualTo(body);
        assertThat(compact(text(as("mcu-registrar").getForEntity("/api/letters/" + copy.get("id").asLong() + "/pdf", byte[].class)
                .getBody()))).contains(compact("частью 4 статьи 8"), compact("в части вопросов, относящихся к Вашей компетенции"),
                compact("(Департамент дорожного хозяйства и благоустройства)"));
        assertThat(ru.mcu.calendar.PageSession.login("http://localhost:" + port, "mcu-head").get("/cases/" + shared).body())
                .contains("Сопроводительное письмо: копия обращения (ч. 4 ст. 8 59-ФЗ); адресат: " + body);

        String anonymous = file("LETTER", null);
        api.submit("mcu-registrar", anonymous, variables().with(REGISTRATION_DECISION, RegistrationDecision.SPECIAL)
                .with(KIND, AppealKind.STATEMENT).with(SPECIAL_REASON, Resolution.FORWARDED_OFFENCE_REPORT)
                .with(OFFENCE_BODY, "УМВД России по г. Южно-Сахалинску").with(REGISTRAR_COMMENT, "Сообщение о незаконной вырубке"));
        JsonNode offence = api.getJson("mcu-registrar", "/api/letters?caseNumber=" + anonymous);
        assertThat(offence).extracting(l -> l.get("kind").asText()).containsExactly("BODY_OFFENCE_REPORT");
        assertThat(offence.get(0).get("addresseeName").asText()).isEqualTo("УМВД России по г. Южно-Сахалинску");
    }

    private String file(String channel, String email) {
        ResponseEntity<String> response = api.post("mcu-registrar", "/api/appeals",
                Json.appeal(channel, null, "roads.potholes", "Яма на дороге у дома 120 по ул. Ленина", email));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody()).get("number").asText();
    }

    private String nameOf(String login) {
        User user = identity.createUserQuery().userId(login).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }

    private List<String> historyTypes(String number) {
        List<String> types = new ArrayList<>();
        api.getJson("mcu-head", "/api/appeals/" + number).get("history").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    private static List<Long> ids(JsonNode letters) {
        List<Long> ids = new ArrayList<>();
        letters.forEach(l -> ids.add(l.get("id").asLong()));
        return ids;
    }

    private static List<String> fields(ResponseEntity<String> response) {
        List<String> fields = new ArrayList<>();
        Json.parse(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** The PDF's text as a reader copies it. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The first page as a picture, {@code target/screenshots/<name>.png}, for people to look at. */
    static void picture(byte[] pdf, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.nio.file.Path target = Browser.SCREENSHOTS.resolve(name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", target.toFile());
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
