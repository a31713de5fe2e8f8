package ru.mcu.browser.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.mcu.citizen.CitizenTestCases;
import ru.mcu.support.Api;
import ru.mcu.support.Browser;
import ru.mcu.support.Json;
import ru.mcu.support.Mails;

/**
 * What the journeys share: where the application is, the one place they log in, a task worked
 * in Tasklist through its Camunda Form, the citizen's phone, and the case the head of the МЦУ
 * and the curator both open. Cases come in through the API (they come from outside systems);
 * every step of the staff is taken in the browser.
 */
final class Journeys {

    /** The demo users' password. */
    static final String PASSWORD = "demo";


    private static final Pattern PUBLIC_LINK = Pattern.compile("https?://\\S+?(/public/cases/[A-Z]-\\d{4}-\\d+\\?code=[A-Z0-9]+)");

    /** The case on approval that the head of the МЦУ and the curator open, one per application (port). */
    private static final Map<Integer, Filed> ON_APPROVAL = new ConcurrentHashMap<>();

    private final int port;
    private final Api api;
    private final Clock clock;

    /** The journeys of a test on the application at {@code port}, whose pages read {@code clock} (the test's). */
    Journeys(int port, Api api, Clock clock) {
        this.port = port;
        this.api = api;
        this.clock = clock;
    }

    /** The test's clock, for {@link Browser#start}. */
    Clock clock() {
        return clock;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Tasklist with the search for the case's number, as a clerk who typed the number into its search. */
    String tasklistFor(String number) {
        String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + number + "\",\"name\":\"caseNumber\"}]";
        return url("/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------
    // Logging in

    /**
     * Opens {@code url} and logs in as {@code user} on the login form it leads to; back on
     * {@code url} when the login lands elsewhere. The only place the journeys log in.
     */
    void openAs(Browser browser, String url, String user) {
        browser.open(url);
        login(browser, user);
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        if (!browser.driver().getCurrentUrl().startsWith(path)) {
            browser.open(url);
        }
    }

    /** Logs in on the one staff login page on screen through {@link Browser#login}, and waits until it is gone. */
    static void login(Browser browser, String user) {
        browser.login(user, PASSWORD);
        browser.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Opens the home page and logs in as {@code user} through the header's «Войти»; back on the home page after. */
    void openHomeAs(Browser browser, String user) {
        browser.open(url("/"));
        browser.clickOnByScript(By.cssSelector("header a.login"));
        login(browser, user);
        if (!browser.driver().getCurrentUrl().equals(url("/"))) {
            browser.open(url("/"));
        }
    }

    // ------------------------------------------------------------------------------------------
    // The case search

    /** The search box of the pages' header (a form to {@code /cases/search}, field {@code q}). */
    private static final By HEADER_SEARCH = By.cssSelector("header form[action$='/cases/search'] input[name='q']");

    /** Types {@code query} into the search box of the pages' header and sends it. */
    void search(Browser browser, String query) {
        WebElement box = browser.await(HEADER_SEARCH);
        // on a results page the box still holds the last query
        box.clear();
        box.sendKeys(query, Keys.ENTER);
    }

    // ------------------------------------------------------------------------------------------
    // Tasklist

    /**
     * Logs {@code user} into Tasklist with the search for the case's number, opens the case's
     * task {@code taskName} from the list and claims it.
     */
    TaskForm claim(Browser browser, String user, String number, String taskName) {
        openAs(browser, tasklistFor(number), user);
        return claimFromList(browser, number, taskName);
    }

    /** The same in a Tasklist the user is logged into already: the case's next task for him. */
    TaskForm claimNext(Browser browser, String number, String taskName) {
        browser.open(tasklistFor(number));
        return claimFromList(browser, number, taskName);
    }

    private static TaskForm claimFromList(Browser browser, String number, String taskName) {
        // found and clicked in one step: Tasklist re-renders its list while it loads
        browser.until(d -> {
            WebElement item = d.findElements(By.cssSelector(".tasks-list .task")).stream()
                    .filter(t -> t.getText().contains(number) && t.getText().contains(taskName)).findFirst().orElse(null);
            if (item == null) {
                return null;
            }
            item.findElement(By.cssSelector("a")).click();
            return true;
        });
        browser.clickOn(By.cssSelector("button.claim"));
        browser.until(d -> d.findElements(By.cssSelector("button.claim")).isEmpty());
        browser.await(By.cssSelector("button[ng-click='complete()']"));
        return new TaskForm(browser);
    }

    /** A task open in Tasklist, claimed, with its Camunda Form on screen. */
    static final class TaskForm {

        private final Browser browser;

        TaskForm(Browser browser) {
            this.browser = browser;
        }

        /** The value of a form field, by the end of its id ({@code Field_AnswerText}). */
        String value(String field) {
            return browser.await(field(field)).getAttribute("value");
        }

        /** The label of a form field, by the end of its id. */
        String label(String field) {
            return browser.await(By.cssSelector("label[for$='-" + field + "']")).getText();
        }

        /** Picks the radio button or checkbox labelled {@code label}. */
        TaskForm choose(String label) {
            browser.clickOnByScript(By.xpath("//form//label[contains(., '" + label + "')]"));
            browser.until(d -> d.findElement(By.xpath("//form//label[contains(., '" + label + "')]//input")).isSelected());
            return this;
        }

        TaskForm type(String field, String text) {
            browser.type(field(field), text);
            return this;
        }

        /** Picks {@code option} in a select of the form that is not searchable (a display opening a list). */
        TaskForm pick(String field, String option) {
            By display = By.cssSelector("[id$='-" + field + "-display']");
            browser.clickOn(display);
            // found and pressed in one step: the list re-renders while it opens
            browser.clickFirst(By.cssSelector(".fjs-dropdownlist-item"), i -> option.equals(i.getText()));
            browser.until(d -> option.equals(d.findElement(display).getText()));
            return this;
        }

        /**
         * Picks {@code option} in a select of the form (a searchable one: typing filters the list)
         * unless it shows it already.
         */
        TaskForm select(String field, String option) {
            WebElement input = browser.await(field(field));
            if (option.equals(input.getAttribute("value"))) {
                return this;
            }
            browser.click(input);
            input.sendKeys(option.substring(option.lastIndexOf('/') + 1).strip());
            // the list reacts to a real mouse press, not to a script's click; found and pressed
            // in one step, as the list re-renders while it filters
            browser.clickFirst(By.cssSelector(".fjs-dropdownlist-item"), i -> option.equals(i.getText()));
            browser.until(d -> option.equals(d.findElement(field(field)).getAttribute("value")));
            return this;
        }

        /**
         * «Завершить»: completes the task and returns what Tasklist then says became of the case
         * («Передано на согласование руководителю блока, срок до …»).
         */
        String complete() {
            By notices = By.xpath("//*[contains(@class,'alert')][contains(., 'Задача завершена')]");
            List<WebElement> earlier = browser.driver().findElements(notices);
            browser.clickOnByScript(By.cssSelector("button[ng-click='complete()']"));
            return browser.until(d -> d.findElements(notices).stream().filter(n -> !earlier.contains(n) && n.isDisplayed())
                    .findFirst().orElse(null)).getText();
        }

        private static By field(String id) {
            return By.cssSelector("[id$='-" + id + "']");
        }
    }

    // ------------------------------------------------------------------------------------------
    // The citizen

    /** The link of the e-mail, opened on this test's server: the path and code the citizen follows. */
    String publicLinkIn(MimeMessage mail) {
        Matcher m = PUBLIC_LINK.matcher(Mails.text(mail));
        assertThat(m.find()).as("a link to the case page in the e-mail").isTrue();
        return url(m.group(1));
    }

    static MimeMessage awaitMail(GreenMail smtp, String recipient, String subjectStart) {
        return CitizenTestCases.awaitMail(smtp, recipient, subjectStart);
    }

    static List<MimeMessage> mailsTo(GreenMail smtp, String recipient) {
        return CitizenTestCases.mailsTo(smtp, recipient);
    }

    /** The browser as a phone 375 CSS pixels wide. */
    static void phone(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    /** The page needs no sideways scrolling on the phone. */
    static void assertFitsThePhone(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) js.executeScript("return window.innerWidth;");
        assertThat(viewport.intValue()).isEqualTo(375);
        assertThat(scrollWidth.intValue()).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(375);
    }

    /** The whole page, beyond the screen, under {@code target/screenshots/<name>.png}. */
    static Path fullPage(Browser browser, String name) {
        Object data = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true)).get("data");
        try {
            Path target = Browser.SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, Base64.getDecoder().decode(String.valueOf(data)));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    static String source(Browser browser) {
        return browser.driver().getPageSource();
    }

    // ------------------------------------------------------------------------------------------
    // Cases

    /** Who wrote an appeal and how to reach him, as filed. */
    record Citizen(String surname, String fullName, String postalAddress, String email, String phone) {

        static Citizen unique(String who) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String surname = "Ёлкина" + letters(random);
            return new Citizen(surname, surname + " Мария Петровна",
                    "693000, г. Южно-Сахалинск, ул. Почтовая, д. " + random.nextInt(10, 99) + ", кв. " + random.nextInt(100, 300),
                    who + "-" + random.nextLong(1L << 40) + "@example.ru",
                    "+7 914 " + random.nextInt(100, 999) + "-" + random.nextInt(10, 99) + "-" + random.nextInt(10, 99));
        }

        /** Seven letters no other case has, so that a search by the surname finds this case only. */
        private static String letters(ThreadLocalRandom random) {
            String alphabet = "абвгдежзиклмнопрстуфхцчшэюя";
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return s.toString();
        }
    }

    /** A case filed through the API: its number, its citizen, the access code given at filing. */
    record Filed(String number, Citizen citizen, String accessCode) {
    }

    /** Files an appeal of {@code citizen} through the API, as the city's website sends it. */
    Filed fileAppeal(Citizen citizen, String rubric, String address, String text) {
        String body = """
                {"channel": "SITE", "kind": "COMPLAINT",
                 "citizen": {"fullName": "%s", "postalAddress": "%s", "email": "%s", "phone": "%s"},
                 "text": "%s", "rubric": "%s", "district": "center", "address": "%s",
                 "location": {"lat": 46.9612, "lon": 142.7383}, "receivedAt": "%s"}
                """.formatted(citizen.fullName(), citizen.postalAddress(), citizen.email(), citizen.phone(), text, rubric,
                address, Json.RECEIVED_AT);
        JsonNode filed = created(api.post("mcu-registrar", "/api/appeals", body));
        return new Filed(filed.get("number").asText(), citizen, filed.get("accessCode").asText());
    }

    static JsonNode created(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return Json.parse(response.getBody());
    }

    JsonNode caseView(String number) {
        return api.getJson("mcu-head", "/api/cases/" + number);
    }

    /**
     * An appeal about a pothole that the registrar registered in Tasklist (with a comment for
     * the citizen) and the roads clerk answered in Tasklist: it waits for the block head's
     * approval. Made once per application for the journeys of the head of the МЦУ and the
     * curator, who open the same case.
     */
    Filed caseOnApproval() {
        return ON_APPROVAL.computeIfAbsent(port, p -> {
            Filed filed = fileAppeal(Citizen.unique("head-and-curator"), "roads.potholes", "ул. Ленина, 88",
                    "Во дворе дома 88 по ул. Ленина провал асфальта у подъезда, дети спотыкаются");
            try (Browser registrar = Browser.start("ru", clock)) {
                claim(registrar, "mcu-registrar", filed.number(), "Зарегистрировать обращение")
                        .choose("Зарегистрировать и направить исполнителю")
                        .type("Field_RegistrarComment", "Обращение направлено в департамент дорожного хозяйства")
                        .complete();
            }
            try (Browser clerk = Browser.start("ru", clock)) {
                claim(clerk, "roads-clerk", filed.number(), "Рассмотреть обращение и подготовить ответ")
                        .choose("Подготовить ответ по существу")
                        .type("Field_AnswerText", "Провал асфальта у дома 88 будет устранён до 5 декабря.")
                        .complete();
            }
            return filed;
        });
    }
}
