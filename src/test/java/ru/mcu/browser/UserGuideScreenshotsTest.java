package ru.mcu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.CONSIDERATION_OUTCOME;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_DAYS;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_GROUND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.EXTENSION_REASON;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.KIND;
import static ru.mcu.workflow.appeal.AppealProcess.Variables.REGISTRATION_DECISION;
import static ru.mcu.workflow.common.CaseVariables.ANSWER_TEXT;
import static ru.mcu.workflow.common.CaseVariables.DEPARTMENT;
import static ru.mcu.workflow.common.CaseVariables.RUBRIC;
import static ru.mcu.workflow.support.ProcessVariables.variables;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;
import ru.mcu.cases.AppealKind;
import ru.mcu.cases.ExtensionGround;
import ru.mcu.workflow.appeal.AppealProcess.ConsiderationOutcome;
import ru.mcu.workflow.appeal.AppealProcess.RegistrationDecision;

/**
 * Walks through the screens of the user guide (docs/user-guide.ru.md) as each role sees them
 * and takes the screenshots, so that the guide shows the screens as they are. The PNGs go to
 * {@code target/screenshots/guide}. The whole walk is a tool run on demand and before a release
 * ({@code mvn -Prelease}, or {@code mvn -Pscreenshots -Dlint.skip=true -Dmcu.guide.update=true
 * verify}, which copies them into {@code docs/user-guide/img} as well); the normal suite renders
 * the first screen only and checks the guide's pictures are there.
 */
class UserGuideScreenshotsTest extends IntegrationTest {

    private static final Path GUIDE = Path.of("docs/user-guide.ru.md");

    @LocalServerPort
    private int port;

    private final List<Path> shots = new ArrayList<>();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String taskUrl(String taskId) {
        return url("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    private void shot(Browser browser, String name) {
        shots.add(browser.screenshot("guide/" + name));
    }

    private void openTask(Browser browser, String taskId, String title) {
        browser.open(taskUrl(taskId));
        browser.awaitText(title);
    }

    @Test
    void shouldRenderTheGuidesFirstScreenAsThePictureInTheGuide() throws IOException {
        try (Browser visitor = Browser.start("ru", time)) {
            visitor.open(url("/login"));
            visitor.await(By.cssSelector("form#login-form"));
            shot(visitor, "01-login");
        }

        Path committed = GUIDE.resolveSibling("user-guide/img/01-login.png");
        BufferedImage taken = ImageIO.read(shots.get(0).toFile());
        BufferedImage inGuide = ImageIO.read(committed.toFile());
        assertThat(Files.size(shots.get(0))).isGreaterThan(10_000);
        assertThat(new int[] {taken.getWidth(), taken.getHeight()}).as("the size of the guide's pictures")
                .containsExactly(inGuide.getWidth(), inGuide.getHeight());
        Matcher pictures = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+\\.png)\\)").matcher(Files.readString(GUIDE));
        List<String> missing = new ArrayList<>();
        int count = 0;
        while (pictures.find()) {
            count++;
            if (!Files.isRegularFile(GUIDE.resolveSibling(pictures.group(1)))) {
                missing.add(pictures.group(1));
            }
        }
        assertThat(count).as("pictures in " + GUIDE).isGreaterThan(10);
        assertThat(missing).as("pictures the guide shows that are not in docs/").isEmpty();
    }

    @Test
    @Tag("screenshots")
    void shouldTakeTheScreenshotsOfTheUserGuide() throws IOException {
        Api api = new Api(rest);
        String toConsider = file(api, "SITE", "roads.potholes", "Яма на проспекте Победы у дома 45, машины бьют колёса", "guide-1@example.ru");
        api.submit("mcu-registrar", toConsider, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.potholes").with(DEPARTMENT, "roads"));
        String toRegister = file(api, "LETTER", null, "Во дворе дома по ул. Чехова, 70 сломаны качели на детской площадке", null);
        String toApprove = file(api, "EPGU", "roads.sidewalks", "Разрушен тротуар вдоль ул. Есенина", null);
        api.submit("mcu-registrar", toApprove, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.sidewalks").with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", toApprove, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.ANSWER)
                .with(ANSWER_TEXT, "Ремонт тротуара включён в план работ на май; до этого ямы будут засыпаны щебнем."));
        String toExtend = file(api, "SITE", "roads.lighting", "Не горят фонари на ул. Крайней в Хомутово", null);
        api.submit("mcu-registrar", toExtend, variables().with(REGISTRATION_DECISION, RegistrationDecision.REGISTER)
                .with(KIND, AppealKind.COMPLAINT).with(RUBRIC, "roads.lighting").with(DEPARTMENT, "roads"));
        api.submit("roads-clerk", toExtend, variables().with(CONSIDERATION_OUTCOME, ConsiderationOutcome.EXTENSION)
                .with(EXTENSION_DAYS, 20).with(EXTENSION_GROUND, ExtensionGround.OTHER)
                .with(EXTENSION_REASON, "Нужна замена кабеля, запрошена смета у подрядчика"));
        String message = Json.parse(api.post("pos-coordinator", "/api/pos/messages", """
                {"externalId": "guide-pos", "category": "ЖКХ", "subcategory": "Отопление",
                 "text": "В доме по Коммунистическому проспекту, 32 холодные батареи", "author": {"fullName": "Ли Анна"},
                 "address": "Коммунистический пр-т, 32"}""").getBody()).get("number").asText();
        String incident = Json.parse(api.post("im-coordinator", "/api/incidents", """
                {"externalId": "guide-im", "network": "vk", "url": "https://vk.com/wall-1_99", "author": "Наталья В.",
                 "text": "Третий день не вывозят мусор во дворе на Комсомольской, 190", "importance": "HIGH",
                 "address": "ул. Комсомольская, 190"}""").getBody()).get("number").asText();

        try (Browser clerk = Browser.start("ru", time)) {
            clerk.open(taskUrl(api.taskOf("roads-clerk", toConsider).get("id").asText()));
            clerk.await(By.cssSelector("form#login-form"));  // the one staff login page, also for Tasklist
            shot(clerk, "01-login");
            clerk.login("roads-clerk", "demo");
            clerk.clickOn(By.cssSelector("button.claim"));
            clerk.awaitText("Рассмотрение обращения");
            shot(clerk, "03-consider-form");
            clerk.clickOnByScript(By.xpath("//label[contains(., 'Запросить продление срока')]"));
            clerk.awaitText("На сколько дней продлить срок");
            clerk.clickOnByScript(By.cssSelector("textarea[id$='Field_ExtensionReason']"));
            shot(clerk, "04-extension-request");
            clerk.clickOnByScript(By.xpath("//*[contains(text(), 'Задачи моего подразделения')]"));
            clerk.awaitText("Номер");
            shot(clerk, "02-task-list");
        }
        try (Browser registrar = Browser.start("ru", time)) {
            registrar.open(taskUrl(api.taskOf("mcu-registrar", toRegister).get("id").asText()));
            registrar.login("mcu-registrar", "demo");
            registrar.awaitText("Регистрация обращения");
            registrar.clickOnByScript(By.xpath("//label[contains(., 'Зарегистрировать и направить исполнителю')]"));
            registrar.awaitText("Ответственный исполнитель");
            shot(registrar, "05-register-form");
        }
        try (Browser head = Browser.start("ru", time)) {
            head.open(taskUrl(api.taskOf("roads-head", toApprove).get("id").asText()));
            head.login("roads-head", "demo");
            head.awaitText("Согласование ответа");
            shot(head, "06-approve-form");
            openTask(head, api.taskOf("roads-head", toExtend).get("id").asText(), "Продление срока рассмотрения");
            shot(head, "07-decide-extension");
        }
        try (Browser pos = Browser.start("ru", time)) {
            pos.open(taskUrl(api.taskOf("pos-coordinator", message).get("id").asText()));
            pos.login("pos-coordinator", "demo");
            pos.awaitText("Модерация сообщения ПОС");
            shot(pos, "08-moderate-message");
        }
        try (Browser im = Browser.start("ru", time)) {
            im.open(taskUrl(api.taskOf("im-coordinator", incident).get("id").asText()));
            im.login("im-coordinator", "demo");
            im.awaitText("Разбор инцидента");
            shot(im, "09-triage-incident");
        }
        try (Browser mcuHead = Browser.start("ru", time)) {
            mcuHead.open(url("/login"));
            mcuHead.await(By.name("username")).sendKeys("mcu-head");
            mcuHead.driver().findElement(By.name("password")).sendKeys("demo");
            mcuHead.driver().findElement(By.cssSelector("form.login button[type='submit']")).click();
            mcuHead.awaitText("Муниципальный центр управления");
            shot(mcuHead, "10-home");
            mcuHead.open(url("/outbox"));
            mcuHead.awaitText("Исходящая почта");
            shot(mcuHead, "11-outbox");
            mcuHead.open(url("/deadlines?channel=LETTER&receivedAt=2026-12-25T10:00"));
            mcuHead.awaitText("Калькулятор");
            shot(mcuHead, "12-deadlines");
        }
        try (Browser citizen = Browser.start("ru", time)) {
            String code = Json.parse(api.post("mcu-registrar", "/api/appeals",
                    Json.appeal("SITE", "guide-public", "waste.collection", "Не вывозят мусор", null)).getBody()).get("accessCode").asText();
            String number = api.getJson("mcu-head", "/api/appeals?rubric=waste.collection&size=1").get("items").get(0).get("number").asText();
            citizen.open(url("/public/cases/" + number + "?code=" + code));
            citizen.awaitText("Ход рассмотрения");
            shot(citizen, "13-public-case");
        }

        for (Path shot : shots) {
            assertThat(Files.size(shot)).as(shot.toString()).isGreaterThan(10_000);
        }
        assertThat(shots).hasSize(13);
        if (Boolean.getBoolean("mcu.guide.update")) {
            Path docs = Path.of("docs/user-guide/img");
            Files.createDirectories(docs);
            for (Path shot : shots) {
                Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String file(Api api, String channel, String rubric, String text, String email) {
        return Json.parse(api.post("mcu-registrar", "/api/appeals", Json.appeal(channel, null, rubric, text, email)).getBody())
                .get("number").asText();
    }
}
