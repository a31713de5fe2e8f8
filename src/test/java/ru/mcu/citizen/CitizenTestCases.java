package ru.mcu.citizen;

import static org.awaitility.Awaitility.await;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRAR_COMMENT;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.APPROVAL_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.DISTRICT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.pos.PosProcess.Variables.MODERATION_DECISION;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.Json;
import ru.mcu.support.TestDays;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;
import ru.mcu.workflow.common.CaseVariables.ApprovalDecision;
import ru.mcu.workflow.pos.PosProcess.ModerationDecision;

/** Cases the citizen-side tests need, moved on through the API as staff do, and the mails they bring. */
public final class CitizenTestCases {

    public static final String ANSWER = "Яма у дома 7 по ул. Ленина будет заделана до 1 декабря.";

    private CitizenTestCases() {
    }

    /** A fresh address per test, so that a test finds only its own mails. */
    public static String email(String who) {
        return who + "-" + System.nanoTime() + "@example.ru";
    }

    /** Files a pothole appeal with the citizen's e-mail; returns the filed case (with its access code). */
    public static JsonNode fileAppeal(Api api, String email) {
        ResponseEntity<String> filed = api.post("mcu-registrar", "/api/appeals",
                Json.appeal("SITE", null, "roads.potholes", "Яма во дворе дома 7 по ул. Ленина", email));
        if (filed.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("Filing answered " + filed.getStatusCode() + ": " + filed.getBody());
        }
        return Json.parse(filed.getBody());
    }

    /** Registers the appeal to the roads department, with the registrar's comment when given. */
    public static void register(Api api, String number, String comment) {
        if (comment == null) {
            api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                    .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                    .with(DEPARTMENT, "roads"));
        } else {
            api.submit("mcu-registrar", number, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                    .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DISTRICT, "center")
                    .with(DEPARTMENT, "roads").with(REGISTRAR_COMMENT, comment));
        }
    }

    /** The department answers and its head approves: the appeal is answered. */
    public static void answer(Api api, String number, String text) {
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, text));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
    }

    /** A ПОС message with the author's e-mail, moderated and given to the roads department. */
    public static JsonNode posMessageInDepartment(Api api, String externalId, String email) {
        String body = """
                {"externalId": "%s", "category": "Дороги", "subcategory": "Ямы и разрушение дорожного покрытия",
                 "text": "На ул. Сахалинской у дома 48 яма на дороге", "author": {"fullName": "Ли Анна", "email": "%s"},
                 "address": "ул. Сахалинская, 48", "location": {"lat": 46.9634, "lon": 142.7465}, "receivedAt": "%s"}
                """.formatted(externalId, email, TestDays.RECEIVED_AT);
        ResponseEntity<String> filed = api.post("pos-coordinator", "/api/pos/messages", body);
        if (filed.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("Filing answered " + filed.getStatusCode() + ": " + filed.getBody());
        }
        JsonNode view = Json.parse(filed.getBody());
        String number = view.get("number").asText();
        api.submit("pos-coordinator", number, variables().with(MODERATION_DECISION, ModerationDecision.ACCEPT)
                .with(RUBRIC, "roads.potholes").with(DISTRICT, "center"));
        api.submit("pos-coordinator", number, variables().with(DEPARTMENT, "roads"));
        return view;
    }

    /** The ПОС message's answer: drafted by the clerk, approved by the head, published for rating. */
    public static void answerMessage(Api api, String number, String text) {
        api.submit("roads-clerk", number, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, text));
        api.submit("roads-head", number, variables().with(APPROVAL_DECISION, ApprovalDecision.APPROVE));
    }

    /** Every mail delivered to {@code recipient} so far. */
    public static List<MimeMessage> mailsTo(com.icegreen.greenmail.util.GreenMail smtp, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits for the mail to {@code recipient} whose subject starts so. */
    public static MimeMessage awaitMail(com.icegreen.greenmail.util.GreenMail smtp, String recipient, String subjectStart) {
        return await().atMost(Browser.WAIT).until(() -> mailsTo(smtp, recipient).stream().filter(m -> {
            try {
                return m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null), m -> m != null);
    }
}
