package org.asskomm.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Headless Debian Chromium driven by Selenium against a running console: logging in as a test user,
 * navigating by hash, filling forms, waiting, axe-core (WCAG 2.0/2.1 A and AA; serious or critical violations
 * fail) and screenshots to target/screenshots (to docs/screenshots with {@code -Dasskomm.screenshots=docs}).
 * Without Chromium it fails; it never skips. Used by the console test classes through {@link ConsoleTestSupport}.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** How long {@link #await} waits by default. */
    public static final Duration WAIT = Duration.ofSeconds(20);
    /** target/screenshots; with -Dasskomm.screenshots=docs the committed docs/screenshots (refreshed on purpose only). */
    public static final Path SCREENSHOTS = ("docs".equals(System.getProperty("asskomm.screenshots"))
            ? Path.of("..", "docs", "screenshots") : Path.of("target", "screenshots")).toAbsolutePath().normalize();

    private final String base;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path userDataDir;
    private final String axeScript;
    private final List<String> checkedPages = new ArrayList<>();

    private ConsoleBrowser(String base, WebDriver driver, Path userDataDir, String axeScript) {
        this.base = base;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.userDataDir = userDataDir;
        this.axeScript = axeScript;
    }

    /** Starts Chromium (German locale, 1280×900) for the console at {@code base}, e.g. {@code http://localhost:40123}. */
    public static ConsoleBrowser start(String base) throws IOException {
        String chromium = ConsoleDistribution.executable("chromium");
        String chromedriver = ConsoleDistribution.executable("chromedriver");
        String axe;
        try (InputStream in = ConsoleBrowser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path userDataDir = Files.createTempDirectory("console-it-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir, "--window-size=1280,900", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new ConsoleBrowser(base, new ChromeDriver(service, options), userDataDir, axe);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        ConsoleDistribution.deleteTree(userDataDir);
    }

    /** The Selenium driver, for anything this class does not offer. */
    public WebDriver driver() {
        return driver;
    }

    /** The wait with {@link #WAIT}. */
    public WebDriverWait waiter() {
        return wait;
    }

    /** The pages {@link #checkAccessibility} passed so far. */
    public List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    // ---------------------------------------------------------------- navigation

    /** Opens the console with an empty session and German, logs in as {@code user} and waits for the shell. */
    public void login(String user, String password) {
        driver.get(base + "/console/index.html");
        js("sessionStorage.clear(); localStorage.removeItem('asskomm.lang');");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** Goes to a console route such as {@code #/m/agreements/new} and waits until its page has a heading. */
    public void open(String hash) {
        // empty the page first, so that the wait below sees the new page and not the old one
        js("document.getElementById('main').replaceChildren();"
                + "if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));"
                + "else location.hash = arguments[0];", hash);
        wait.until(d -> !d.findElements(By.cssSelector("main .page h1")).isEmpty());
    }

    /** The visible text of {@code <main>}. */
    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    // ---------------------------------------------------------------- waiting

    /** Waits up to {@link #WAIT} for a condition, e.g. {@code ExpectedConditions.visibilityOfElementLocated(...)}. */
    public <T> T await(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits up to {@code timeout} for a condition. */
    public <T> T await(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** Waits until an element is visible and returns it. */
    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until an element is present and returns it. */
    public WebElement present(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Waits until the page has finished rendering: no loading note left and the text of {@code <main>} unchanged
     * over half a second (pages fill their sections as their requests answer).
     */
    public void settle() {
        String[] last = {""};
        wait.until(d -> {
            if (!d.findElements(By.cssSelector("main .loading")).isEmpty()) {
                return false;
            }
            String now = mainText();
            boolean same = now.equals(last[0]);
            last[0] = now;
            if (!same) {
                sleep(500);
            }
            return same;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until an element contains a text. */
    public void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    // ---------------------------------------------------------------- forms

    /** Replaces the text of the field named {@code name} in {@code form}. */
    public static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keyboard input in the browser's locale format; set the ISO value and fire input. */
    public void setValue(WebElement field, String value) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    /** The text of a field error without its warning sign. */
    public static String errorText(WebElement error) {
        return error.getText().replace("⚠", "").trim();
    }

    /** Runs a script in the page. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an asynchronous script (its last argument is the callback). */
    public Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    // ---------------------------------------------------------------- checks and evidence

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; fails on serious or critical violations. */
    @SuppressWarnings("unchecked")
    public void checkAccessibility(String page) {
        js(axeScript);
        Map<String, Object> result = (Map<String, Object>) jsAsync(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))})), passes: r.passes.length}))"
                        + ".catch(e => done({error: String(e)}));");
        if (result.get("error") != null) {
            fail("axe-core failed on " + page + ": " + result.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<String> severe = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                severe.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"));
            } else {
                System.out.println("ConsoleBrowser: axe " + page + ": " + v.get("impact") + " " + v.get("id") + " at " + v.get("targets"));
            }
        }
        assertTrue("axe-core on page '" + page + "': " + severe, severe.isEmpty());
        assertTrue("axe-core ran its rules on " + page, ((Number) result.get("passes")).intValue() > 0);
        checkedPages.add(page);
    }

    /** Saves the viewport as {@code <name>.png} in {@link #SCREENSHOTS}. */
    public void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
