package ru.mcu.casepage;


import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.openqa.selenium.By;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.calendar.PageSession;
import ru.mcu.directory.StaffGroups;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * Cases for the case page tests, each with a citizen and a place no other test uses, filed and
 * moved on through the API as staff do; and the one way these tests log in to the pages.
 */
final class CaseFixtures {

    /** A curator of these tests: the demo curator is locked for a moment by a test of wrong passwords. */
    static final String CURATOR = "casepage-curator";

    private static final String LETTERS = "абвгдежзиклмнопрстуфхцчшэюя";

    private CaseFixtures() {
    }

    /**
     * Logs in to the application's pages as a demo user. The only place the tests log in: when
     * the application's and Tasklist's logins become one page, this is what changes.
     */
    static PageSession login(int port, String user) {
        return PageSession.login("http://localhost:" + port, user);
    }

    /** The same login in the browser: the application's login form (fields {@code username}, {@code password}). */
    static void login(Browser browser, int port, String user) {
        browser.open("http://localhost:" + port + "/login");
        browser.await(By.name("username")).sendKeys(user);
        browser.driver().findElement(By.name("password")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form.login button[type='submit']")).click();
        browser.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    static void ensureCurator(IdentityService identity) {
        if (identity.createUserQuery().userId(CURATOR).count() == 0) {
            User user = identity.newUser(CURATOR);
            user.setFirstName("Пётр");
            user.setLastName("Куратов");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(CURATOR, StaffGroups.CURATORS);
        }
    }

    /** Letters no other case has: a surname «Ёлкина» with them, a street named by them. */
    static String uniqueLetters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            s.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return s.toString();
    }

    /** A filed appeal: who wrote it, where, what; the answer of the intake. */
    record Filed(String number, String surname, String street, String email) {
    }

    /**
     * Files an appeal of {@code surname} about a place on {@code street} and registers it to
     * {@code department} as the registrar does.
     */
    static Filed registered(Api api, String surname, String street, String rubric, String department, String text) {
        Filed filed = filed(api, surname, street, rubric, text);
        api.submit("mcu-registrar", filed.number(), variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, rubric).with(DEPARTMENT, department));
        return filed;
    }

    /** Files an appeal and leaves it waiting for registration. */
    static Filed filed(Api api, String surname, String street, String rubric, String text) {
        String email = "casepage-" + System.nanoTime() + "@example.ru";
        String body = """
                {"channel": "SITE", "kind": "COMPLAINT",
                 "citizen": {"fullName": "%s Мария Петровна", "postalAddress": "693000, г. Южно-Сахалинск, ул. Почтовая, д. 9, кв. 5",
                             "email": "%s", "phone": "+7 914 555-20-30"},
                 "text": "%s", "rubric": "%s", "district": "center", "address": "%s, 7",
                 "location": {"lat": %s, "lon": %s}, "receivedAt": "%s"}
                """.formatted(surname, email, text, rubric, street,
                        String.format(java.util.Locale.ROOT, "%.5f", 46.85 + ThreadLocalRandom.current().nextDouble(0.2)),
                        String.format(java.util.Locale.ROOT, "%.5f", 142.60 + ThreadLocalRandom.current().nextDouble(0.2)),
                        Json.RECEIVED_AT);
        ResponseEntity<String> answer = api.post("mcu-registrar", "/api/appeals", body);
        if (answer.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("Filing answered " + answer.getStatusCode() + ": " + answer.getBody());
        }
        JsonNode c = Json.parse(answer.getBody());
        return new Filed(c.get("number").asText(), surname, street, email);
    }
}
