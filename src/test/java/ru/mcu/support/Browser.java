package ru.mcu.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, for tests of what staff do in the
 * webapps. Fails (does not skip) when the browser is missing: {@code .ci/run} installs it.
 *
 * <p>Every wait of a browser test is {@link #WAIT}: long enough for a load average of 4 on two
 * cores, and it only costs time when the condition never comes. The page's JavaScript clock
 * ({@code Date}) reads the test's clock, not the machine's, so that "due in 3 days" is the
 * same on any day the suite runs.
 *
 * <p>Chromium is started once per interface language and reused: {@link #close()} hands the
 * browser back with its cookies, storage, emulations, window size and clock reset (a test
 * sees a browser as fresh as a new one, with a warm HTTP cache), so the suite does not pay
 * a browser start per test. A browser that cannot be reset is quit instead.
 */
public final class Browser implements AutoCloseable {

    /** How long a browser test waits for any condition; {@code -Dmcu.browser.wait=PT3M} to change. */
    public static final Duration WAIT = Duration.parse(System.getProperty("mcu.browser.wait", "PT2M"));

    public static final Path CHROMIUM = Path.of(System.getProperty("mcu.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("mcu.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Idle browsers by interface language, quit when the test JVM ends. */
    private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();
    private static final List<Browser> ALL = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                ALL.forEach(Browser::quit);
            }
        }, "browser-pool-shutdown"));
    }

    private final WebDriver driver;
    private final Path profile;
    private final String language;
    private String clockScript;
    private boolean idle;

    private Browser(WebDriver driver, Path profile, String language) {
        this.driver = driver;
        this.profile = profile;
        this.language = language;
    }

    /**
     * Starts a browser whose interface language is {@code language} (ru, en) and whose pages
     * read {@code clock} (the test's clock, running) as the current time.
     */
    public static Browser start(String language, Clock clock) {
        Browser browser = start(language);
        browser.clock(clock.instant());
        return browser;
    }

    private static Browser start(String language) {
        synchronized (IDLE) {
            Browser reused = IDLE.getOrDefault(language, new ArrayDeque<>()).poll();
            if (reused != null) {
                reused.idle = false;
                return reused;
            }
        }
        Browser started = launch(language);
        synchronized (IDLE) {
            ALL.add(started);
        }
        return started;
    }

    private static Browser launch(String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, or run .ci/run");
        }
        try {
            Path profile = Files.createTempDirectory("mcu-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000", "--lang=" + language,
                    "--user-data-dir=" + profile.toAbsolutePath());
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, language);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * From the next page on, the page's {@code Date} reads {@code now} plus the real time
     * elapsed since (call again after the test moves its clock).
     */
    public void clock(Instant now) {
        long offset = Duration.between(Instant.now(), now).toMillis();
        String script = """
                (() => {
                  const Real = Date, offset = %d;
                  function Shifted(...args) {
                    if (!new.target) { return new Real(Real.now() + offset).toString(); }
                    return args.length === 0 ? new Real(Real.now() + offset) : new Real(...args);
                  }
                  Shifted.prototype = Real.prototype;
                  Shifted.now = () => Real.now() + offset;
                  Shifted.parse = Real.parse;
                  Shifted.UTC = Real.UTC;
                  window.Date = Shifted;
                })();""".formatted(offset);
        if (clockScript != null) {
            ((ChromeDriver) driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
        }
        clockScript = String.valueOf(((ChromeDriver) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script)).get("identifier"));
    }

    /** The time zone the browser's machine is set to, e.g. {@code Europe/Moscow}. */
    public void timeZone(String zoneId) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /** A wait of {@link #WAIT} that polls on when the page re-renders an element under it. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class);
        return wait;
    }

    /** Waits until {@code condition} holds for the page, at most {@link #WAIT}. */
    public <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return waiting().until(condition::apply);
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement await(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement awaitClickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    public void awaitText(String text) {
        waiting()
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /**
     * Types into a field and waits until the page holds the value (a form may re-render a
     * field right after it appears, swallowing keys sent too early), then leaves the field.
     */
    public void type(By by, String text) {
        waiting().until(d -> {
            WebElement field = d.findElement(by);
            if (!field.isDisplayed()) {
                return false;
            }
            if (!text.equals(field.getAttribute("value"))) {
                field.clear();
                field.sendKeys(text);
            }
            return text.equals(d.findElement(by).getAttribute("value"));
        });
        // forms debounce their input; leaving the field hands the value over at once
        driver.findElement(by).sendKeys(Keys.TAB);
    }

    /**
     * Clicks the element {@code by} finds once it is shown and enabled. The find and the click
     * are one step of the wait, so a list or form that re-renders in between (Tasklist refreshes
     * its lists) is found again instead of failing with a stale element.
     */
    public void clickOn(By by) {
        WebDriverWait wait = waiting();
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class);
        wait.until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Clicks the first element {@code by} finds that {@code which} accepts, once there is one;
     * finding and clicking are one step of the wait (a list that re-renders while it loads or
     * filters is searched again instead of failing with a stale element).
     */
    public void clickFirst(By by, java.util.function.Predicate<WebElement> which) {
        waiting().until(d -> {
            WebElement element = d.findElements(by).stream().filter(which).findFirst().orElse(null);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    /** {@link #clickOn(By)} through JavaScript, for elements another one (a sticky footer) may cover. */
    public void clickOnByScript(By by) {
        waiting().until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed()) {
                return false;
            }
            click(element);
            return true;
        });
    }

    /** Clicks through JavaScript, for elements another one (a sticky footer) may cover. */
    public void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Saves a PNG of the page under {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves a PNG of one element under {@code target/screenshots/<name>.png}. */
    public Path screenshot(WebElement element, String name) {
        try {
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(element.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's one login page ({@code /login}). */
    private static final By LOGIN_PAGE = By.cssSelector("form#login-form");
    /** A Camunda webapp's own login form, should one be on screen. */
    private static final By WEBAPP_LOGIN = By.cssSelector("input[ng-model='username']");

    /**
     * Logs in on whichever login form is on screen: the application's login page, where
     * opening any page or webapp without a login leads, or a Camunda webapp's own form.
     */
    public void login(String user, String password) {
        WebElement form = until(d -> d.findElements(LOGIN_PAGE).stream().filter(WebElement::isDisplayed).findFirst()
                .or(() -> d.findElements(WEBAPP_LOGIN).stream().filter(WebElement::isDisplayed).findFirst())
                .orElse(null));
        if ("form".equals(form.getTagName())) {
            form.findElement(By.name("username")).sendKeys(user);
            form.findElement(By.name("password")).sendKeys(password);
            form.findElement(By.cssSelector("button[type='submit']")).click();
        } else {
            form.sendKeys(user);
            driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
            driver.findElement(By.cssSelector("form button[type='submit']")).click();
        }
    }

    /** Hands the browser back to the pool as fresh as a new one, or quits it if it cannot be reset. */
    @Override
    public void close() {
        if (idle) {
            return;
        }
        idle = true;
        try {
            reset();
        } catch (RuntimeException e) {
            synchronized (IDLE) {
                ALL.remove(this);
            }
            quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.computeIfAbsent(language, l -> new ArrayDeque<>()).push(this);
        }
    }

    private void reset() {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (driver.getWindowHandles().size() != 1) {
            throw new IllegalStateException("more than one window open");
        }
        String url = driver.getCurrentUrl();
        if (url != null && url.startsWith("http")) {
            chrome.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", originOf(url),
                    "storageTypes", "all"));
        }
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        if (clockScript != null) {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
            clockScript = null;
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        driver.get("about:blank");
    }

    private static String originOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // already gone
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
