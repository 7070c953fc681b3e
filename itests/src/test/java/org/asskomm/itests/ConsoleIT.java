package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web console in a real browser: headless Debian Chromium driven by Selenium against the distribution
 * started as a real process (like {@link DistributionRestartIT}). It cannot run inside the Pax Exam container
 * as the other itests do: Selenium is not an OSGi library. It reuses {@link AsskommTestSupport}'s HTTP helpers
 * (test users, {@code get/post/put}) by pointing {@link #baseUrl()} at that process.
 *
 * <p>It logs in, walks one task per module end to end, installs a module from the console's store page while
 * the console is open and sees its page appear, checks that errors appear next to their fields in German,
 * runs axe-core on every page (no serious or critical violations) and saves screenshots to target/screenshots
 * (to docs/screenshots with {@code -Dasskomm.screenshots=docs}).
 * Without Chromium the test fails; it never skips.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleIT extends AsskommTestSupport {

    private static final String FRANKENBERG_AGS = "14522150";
    private static final String FLOEHA_AGS = "14522140";
    private static final String AUGUSTUSBURG_AGS = "14522020";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** target/screenshots; with -Dasskomm.screenshots=docs the committed docs/screenshots (refreshed on purpose only). */
    private static final Path SCREENSHOTS = ("docs".equals(System.getProperty("asskomm.screenshots"))
            ? Path.of("..", "docs", "screenshots") : Path.of("target", "screenshots")).toAbsolutePath().normalize();

    private static Process karaf;
    private static Path home;
    private static String base;
    private static Path userDataDir;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String axeScript;
    private static final List<String> checkedPages = new ArrayList<>();

    @Override
    protected String baseUrl() {
        return base;
    }

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        String chromium = executable("chromium");
        String chromedriver = executable("chromedriver");
        base = startDistribution();
        ConsoleIT setup = new ConsoleIT();
        setup.installThroughStore("asskomm-agreements");
        setup.installThroughStore("asskomm-training");
        setup.installThroughStore("asskomm-councils");
        setup.installThroughStore("asskomm-funding");
        for (String module : List.of("agreements", "training", "councils", "funding")) {
            setup.enable(module, FRANKENBERG_AGS);
        }
        try (InputStream in = ConsoleIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        userDataDir = Files.createTempDirectory("console-it-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir, "--window-size=1280,900", "--lang=de-DE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterClass
    public static void stopAll() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        stopKaraf();
        if (userDataDir != null) {
            deleteTree(userDataDir);
        }
        System.out.println("ConsoleIT: axe-core checked " + checkedPages.size() + " pages: " + checkedPages);
    }

    private static void stopKaraf() throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
        }
    }

    // ---------------------------------------------------------------- the tests, in order

    @Test
    public void a_theSecurityHeadersAreSetAndScriptClientsGetNoBasicChallenge() throws Exception {
        HttpResponse<String> page = raw("GET", "/console/index.html", Map.of());
        assertEquals(200, page.statusCode());
        assertEquals("default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
                page.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        HttpResponse<String> modulePage = raw("GET", "/console/modules/agreements/index.js", Map.of());
        assertEquals(200, modulePage.statusCode());
        assertEquals("DENY", modulePage.headers().firstValue("X-Frame-Options").orElse(null));

        HttpResponse<String> slash = raw("GET", "/console/", Map.of());
        assertEquals(302, slash.statusCode());
        assertTrue(slash.headers().firstValue("Location").orElse("").endsWith("/console/index.html"));

        HttpResponse<String> script = raw("GET", "/api/v1/modules", Map.of("X-Requested-With", "XMLHttpRequest"));
        assertEquals(401, script.statusCode());
        assertTrue(script.headers().firstValue("WWW-Authenticate").isEmpty());
        HttpResponse<String> plain = raw("GET", "/api/v1/modules", Map.of());
        assertEquals(401, plain.statusCode());
        assertTrue(plain.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    public void b_aWrongPasswordIsRefusedInThePage() {
        browser.get(base + "/console");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        checkAccessibility("login");
        screenshot("01-anmeldung");
        browser.findElement(By.id("login-user")).sendKeys(ADMIN);
        browser.findElement(By.id("login-password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-form [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Benutzername oder Passwort ist falsch"));
    }

    @Test
    public void c_theNavigationShowsTheInstalledModulesAndTheOverviewMap() {
        login(ADMIN);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#module-nav a[data-module=agreements]")));
        assertTrue(browser.findElements(By.cssSelector("#module-nav a[data-module=training]")).size() == 1);
        assertTrue("patrol is not installed yet", browser.findElements(By.cssSelector("#module-nav a[data-module=patrol]")).isEmpty());
        // one tile per municipality of the registry (waited for: the page may still be re-rendering after login)
        JsonNode municipalities = get("/api/v1/municipalities?limit=1", ADMIN).json();
        int total = municipalities.get("total").asInt();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#saxony-map rect[data-ags]"), total));
        WebElement map = browser.findElement(By.id("saxony-map"));
        assertTrue(map.getAttribute("aria-label").startsWith("Sachsens Gemeinden"));
        checkAccessibility("overview");
    }

    @Test
    public void d_frankenbergEntersItsAgreementAndSignsIt() {
        login(FRANKENBERG);
        open("#/m/agreements/new");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-form")));
        checkAccessibility("agreements-new");

        // nothing entered: the API's field errors appear next to the fields, in German
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement subjectError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#agreement-form .field:has([name=subject]) + .field-error")));
        assertEquals("ist erforderlich und darf nicht leer sein", subjectError.getText().replace("⚠", "").trim());
        assertEquals("true", form.findElement(By.name("subject")).getAttribute("aria-invalid"));
        assertTrue(form.findElement(By.cssSelector("[role=alert]")).getText().contains("Bitte prüfen Sie Ihre Eingaben"));
        checkAccessibility("agreements-new-errors");
        screenshot("03-vereinbarung-fehler");

        type(form, "subject", "Kooperationsvereinbarung Allianz Sichere Sächsische Kommunen");
        type(form, "goals", "Sicherheitsgefühl stärken\nKriminalprävention vernetzen");
        type(form, "measures", "Koordinierungsstelle einrichten\nKommunalen Präventionsrat gründen");
        type(form, "parties[0].organisation", "Stadt Frankenberg/Sa.");
        type(form, "parties[0].signatories[0].name", "Oliver Gerstner");
        type(form, "parties[0].signatories[0].function", "Bürgermeister");
        type(form, "parties[1].organisation", "Polizeidirektion Chemnitz");
        type(form, "parties[1].signatories[0].name", "Polizeipräsident");
        type(form, "parties[1].signatories[0].function", "Leiter der Polizeidirektion");
        type(form, "parties[2].signatories[0].name", "Geschäftsführer");
        type(form, "parties[2].signatories[0].function", "Geschäftsführer des LPR");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement signForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-transition=SIGNED]")));
        assertTrue(browser.findElement(By.id("agreement-status")).getText().contains("Erstkontakt"));
        checkAccessibility("agreements-detail");

        // a signing date in the future is refused next to the date field
        setValue(signForm.findElement(By.name("date")), LocalDate.now().plusDays(3).toString());
        type(signForm, "place", "Frankenberg/Sa.");
        signForm.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement dateError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-transition=SIGNED] .field-error")));
        assertEquals("darf nicht in der Zukunft liegen", dateError.getText().replace("⚠", "").trim());

        setValue(signForm.findElement(By.name("date")), "2020-12-09");
        signForm.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-status"), "unterzeichnet"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Frankenberg/Sa."));
        screenshot("04-vereinbarung-unterzeichnet");

        JsonNode list = get("/api/v1/agreements?municipality=" + FRANKENBERG_AGS, ADMIN).json();
        assertEquals(1, list.get("total").asInt());
        assertEquals("SIGNED", list.get("items").get(0).get("status").asText());
        assertEquals("2020-12-09", list.get("items").get(0).get("signedOn").asText());

        open("#/m/agreements");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        checkAccessibility("agreements-list");
        screenshot("05-vereinbarungen-liste");

        // the councils module reacts to the signing (an OSGi event): Frankenberg's council is now planned
        wait.until(d -> {
            open("#/m/councils");
            return d.findElement(By.tagName("main")).getText().contains("geplant");
        });
        checkAccessibility("councils-list");
        browser.findElement(By.cssSelector("main table a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("council-status-form")));
        assertTrue(browser.findElement(By.id("council-status")).getText().contains("geplant"));
        checkAccessibility("councils-detail");
        screenshot("06-praeventionsrat-geplant");
    }

    @Test
    public void db_frankenbergUploadsTheSignedAgreementAndAWrongFileIsRefused() throws Exception {
        String id = get("/api/v1/agreements?municipality=" + FRANKENBERG_AGS, ADMIN).json().get("items").get(0).get("id").asText();
        Path dir = Files.createTempDirectory("console-it-upload");
        Path pdf = Files.writeString(dir.resolve("Vereinbarung-Frankenberg.pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        Path text = Files.writeString(dir.resolve("Notiz.pdf"), "keine PDF-Datei");
        login(FRANKENBERG);
        open("#/m/agreements/" + id);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document-form")));

        form.findElement(By.name("content")).sendKeys(text.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-form .field-error")));
        assertEquals("muss ein PDF-, ODT- oder DOCX-Dokument sein", error.getText().replace("⚠", "").trim());

        form = browser.findElement(By.id("document-form"));
        form.findElement(By.name("content")).sendKeys(pdf.toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agreement-documents"), "Vereinbarung-Frankenberg.pdf"));
        WebElement download = browser.findElement(By.cssSelector("#agreement-documents button[data-document]"));
        assertEquals("Vereinbarung-Frankenberg.pdf herunterladen", download.getText());
        checkAccessibility("agreements-documents");
        screenshot("14-vereinbarung-dokumente");

        // the download goes through the API with the user's credentials: the same bytes come back
        String documentId = download.getAttribute("data-document");
        Object size = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/console/api.js').then(m => m.request('GET', arguments[0], undefined, {blob: true}))"
                + ".then(b => done(b.size)).catch(e => done(String(e)));", "/agreements/" + id + "/documents/" + documentId);
        assertEquals(Files.size(pdf), ((Number) size).longValue());
        deleteTree(dir);
    }

    @Test
    public void dc_frankenbergsCouncilMeetsRecordsAttendanceAndTasks() {
        String councilId = get("/api/v1/councils?municipality=" + FRANKENBERG_AGS, ADMIN).json().get("items").get(0).get("id").asText();
        for (String[] m : new String[][] {{"Anke Arnold", "ADMINISTRATION"}, {"Polizeihauptkommissar Peters", "POLICE"}}) {
            Answer member = post("/api/v1/councils/" + councilId + "/members", FRANKENBERG,
                    Map.of("name", m[0], "sector", m[1], "voting", true, "memberSince", "2021-01-01"));
            assertEquals(member.body(), 201, member.status());
        }
        login(FRANKENBERG);
        open("#/m/councils/" + councilId);
        WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-form")));
        setValue(meeting.findElement(By.name("heldOn")), LocalDate.now().minusDays(7).toString());
        type(meeting, "title", "Konstituierende Sitzung");
        type(meeting, "location", "Rathaus Frankenberg");
        meeting.findElement(By.cssSelector("input[type=checkbox]")).click();
        meeting.findElement(By.cssSelector("button[type=submit]")).click();

        // the second member is marked present afterwards
        WebElement attendance = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance-form")));
        List<WebElement> boxes = attendance.findElements(By.cssSelector("input[type=checkbox]"));
        assertEquals(2, boxes.size());
        assertTrue(boxes.get(0).isSelected());
        boxes.get(1).click();
        attendance.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2 / 2"));

        // a task whose due date has passed is overdue; then it is done
        WebElement task = browser.findElement(By.id("task-form"));
        type(task, "title", "Sicherheitsanalyse beauftragen");
        type(task, "owner", "Anke Arnold");
        setValue(task.findElement(By.name("dueOn")), LocalDate.now().minusDays(1).toString());
        task.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("council-tasks"), "überfällig"));
        checkAccessibility("councils-meetings-tasks");
        screenshot("15-praeventionsrat-sitzung-aufgaben");
        open("#/m/councils");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("overdue-tasks"), "Sicherheitsanalyse beauftragen"));
        checkAccessibility("councils-overdue");
        open("#/m/councils/" + councilId);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#council-tasks button[data-task]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#council-tasks button[data-task]")));
        JsonNode meetings = get("/api/v1/councils/" + councilId + "/meetings", ADMIN).json();
        assertEquals(2, meetings.get("items").get(0).get("attendeeIds").size());
        JsonNode open = get("/api/v1/councils/" + councilId + "/tasks?open=true", ADMIN).json();
        assertEquals(0, open.get("total").asInt());
    }

    @Test
    public void da_frankenbergAppliesForFundingAndSeesTheComputedMaximum() {
        int year = LocalDate.now().getYear() + 1;
        Answer programme = post("/api/v1/funding/programmes", ADMIN, Map.of("year", year, "budget", 1300000.00,
                "windowOpens", LocalDate.now().minusDays(60).toString(), "windowCloses", LocalDate.now().minusDays(30).toString()));
        assertEquals(programme.body(), 201, programme.status());
        login(FRANKENBERG);
        open("#/m/funding");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("funding-new")));
        checkAccessibility("funding-overview");
        browser.findElement(By.id("funding-new")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("funding-form")));
        checkAccessibility("funding-apply");
        type(form, "applicant", "Stadt Frankenberg/Sa.");
        type(form, "title", "Sicherheitsforum Innenstadt");
        type(form, "location", "Frankenberg/Sa., Markt");
        setValue(form.findElement(By.name("periodStart")), year + "-03-01");
        setValue(form.findElement(By.name("periodEnd")), year + "-11-30");
        setValue(form.findElement(By.name("consultationDate")), LocalDate.now().minusMonths(2).toString());
        type(form, "consultationReference", "LPR-B-" + year + "-007");
        for (String step : List.of("problemDescription", "causeAnalysis", "goalsAndTargetGroups", "measures",
                "implementation", "evaluation", "conclusions")) {
            type(form, "description." + step, "Beschreibung: " + step);
        }
        new Select(form.findElement(By.name("costPlan[0].category"))).selectByValue("EVENTS");
        type(form, "costPlan[0].description", "Sicherheitsforum");
        type(form, "costPlan[0].amount", "12000");
        new Select(form.findElement(By.name("costPlan[1].category"))).selectByValue("PUBLIC_RELATIONS");
        type(form, "costPlan[1].description", "Flyer und Website");
        type(form, "costPlan[1].amount", "3000");
        type(form, "requestedAmount", "13500");
        type(form, "ownContribution", "1500");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // 90 % of 15,000.00 EUR eligible costs
        WebElement maximum = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("max-fundable")));
        assertEquals("13.500,00 €", maximum.getText().replace('\u00a0', ' '));
        checkAccessibility("funding-detail");
        screenshot("07-foerderantrag-hoechstbetrag");

        // the application window is closed: the conflict is shown in German, nothing changes
        browser.findElement(By.cssSelector("form[data-action=submit] button")).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[data-action=submit] [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Das geht im aktuellen Zustand nicht"));
        assertTrue("the conflict's detail in German: " + alert.getText(), alert.getText().contains("werden vom"));
        assertTrue(browser.findElement(By.id("application-status")).getText().contains("Entwurf"));
    }

    @Test
    public void dd_theLprPaysOutAGrantAndTheLedgerShowsIt() {
        int year = LocalDate.now().getYear() + 2;
        Answer programme = post("/api/v1/funding/programmes", ADMIN, Map.of("year", year, "budget", 1300000.00,
                "windowOpens", LocalDate.now().minusDays(10).toString(), "windowCloses", LocalDate.now().plusDays(30).toString()));
        assertEquals(programme.body(), 201, programme.status());
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("programmeId", programme.get("id").asText());
        body.put("municipality", FRANKENBERG_AGS);
        body.put("applicant", "Stadt Frankenberg/Sa.");
        body.put("title", "Präventionstage an Schulen");
        body.put("actionField", "Gewaltprävention");
        body.put("location", "Frankenberg/Sa.");
        body.put("periodStart", year + "-02-01");
        body.put("periodEnd", year + "-11-30");
        body.put("description", Map.of("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"));
        body.put("consultationDate", LocalDate.now().minusDays(30).toString());
        body.put("consultationReference", "LPR-B-" + year + "-011");
        body.put("costPlan", List.of(Map.of("category", "EVENTS", "description", "Projekttage", "amount", 30000.00)));
        body.put("requestedAmount", 27000.00);
        body.put("ownContribution", 3000.00);
        Answer created = post("/api/v1/funding/applications", FRANKENBERG, body);
        assertEquals(created.body(), 201, created.status());
        String id = created.get("id").asText();
        Answer submitted = post("/api/v1/funding/applications/" + id + "/submit", FRANKENBERG, Map.of("version", created.get("version").asInt()));
        assertEquals(submitted.body(), 200, submitted.status());

        login(ADMIN);
        open("#/m/funding/" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[data-action=review] button"))).click();
        WebElement decide = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
        assertTrue(browser.findElement(By.id("application-status")).getText().contains("in Prüfung"));
        decide.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement payout = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payout-form")));
        assertTrue(browser.findElement(By.id("application-status")).getText().contains("bewilligt"));

        // more than the grant is refused (a conflict, in German), then a first instalment is paid
        type(payout, "amount", "999999");
        payout.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#payout-form [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Das geht im aktuellen Zustand nicht"));
        assertTrue(alert.getText(), alert.getText().contains("übersteigt"));
        payout = browser.findElement(By.id("payout-form"));
        type(payout, "amount", "10000");
        type(payout, "note", "Erste Rate");
        payout.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-ledger"), "Erste Rate"));
        String ledger = browser.findElement(By.id("application-ledger")).getText();
        assertTrue(ledger, ledger.contains("Auszahlung") && ledger.contains("10.000,00") && ledger.contains("Bewilligung"));
        checkAccessibility("funding-payout-ledger");
        screenshot("16-foerderung-auszahlung-buchungen");
        JsonNode paid = get("/api/v1/funding/applications/" + id, ADMIN).json().get("money");
        assertEquals(0, new java.math.BigDecimal("10000").compareTo(paid.get("paid").decimalValue()));

        open("#/m/funding");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programme-ledger"), "Erste Rate"));
        checkAccessibility("funding-programme-ledger");
    }

    @Test
    public void e_frankenbergEnrolsUntilTheWaitlistStarts() {
        String day = LocalDate.now().plusWeeks(3).toString();
        Answer course = post("/api/v1/training/courses", ADMIN, Map.of("title", "Sicherheitsanalyse in der Praxis",
                "targetGroups", List.of("MUNICIPAL_STAFF"), "format", "IN_PERSON", "place", "Chemnitz", "capacity", 2,
                "fee", 0, "creditHours", 6, "sessions", List.of(Map.of("title", "Praxistag", "startsOn", day))));
        assertEquals(course.body(), 201, course.status());
        List<String> people = new ArrayList<>();
        for (String[] name : new String[][] {{"Anja", "Albrecht"}, {"Bernd", "Berger"}, {"Clara", "Conrad"}}) {
            Answer person = post("/api/v1/training/people", FRANKENBERG, Map.of("municipality", FRANKENBERG_AGS,
                    "firstName", name[0], "lastName", name[1], "sector", "ADMINISTRATION", "qualifications", List.of()));
            assertEquals(person.body(), 201, person.status());
            people.add(name[0] + " " + name[1]);
        }
        login(FRANKENBERG);
        open("#/m/training");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrol-form")));
        checkAccessibility("training");
        String[] expected = {"ist zugelassen", "ist zugelassen", "steht auf der Warteliste (Platz 1)"};
        for (int i = 0; i < 3; i++) {
            form = browser.findElement(By.id("enrol-form"));
            new Select(form.findElement(By.name("personId"))).selectByVisibleText(people.get(i));
            new Select(form.findElement(By.name("courseId"))).selectByVisibleText("Sicherheitsanalyse in der Praxis");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            String text = people.get(i) + " " + expected[i];
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrol-result"), text));
        }
        assertEquals("WAITLISTED", browser.findElement(By.id("enrol-result")).getAttribute("data-status"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolments"), "Warteliste"));
        checkAccessibility("training-waitlist");
        screenshot("08-fortbildung-warteliste");
        JsonNode waiting = get("/api/v1/training/enrolments?status=WAITLISTED&course=" + course.get("id").asText(), ADMIN).json();
        assertEquals(1, waiting.get("total").asInt());
    }

    @Test
    public void ea_theLprRecordsAttendanceCompletesAndIssuesACertificate() {
        JsonNode admitted = get("/api/v1/training/enrolments?status=ADMITTED&municipality=" + FRANKENBERG_AGS, ADMIN).json();
        String enrolment = admitted.get("items").get(0).get("id").asText();
        Answer confirmed = post("/api/v1/training/enrolments/" + enrolment + "/enrol", FRANKENBERG, Map.of());
        assertEquals(confirmed.body(), 200, confirmed.status());
        String courseId = confirmed.get("courseId").asText();

        login(ADMIN);
        open("#/m/training");
        WebElement chooser = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("participation-course")));
        new Select(chooser.findElement(By.name("courseId"))).selectByValue(courseId);
        By completeButton = By.cssSelector("#participation button[data-complete='" + enrolment + "']");
        wait.until(ExpectedConditions.elementToBeClickable(completeButton)).click();
        // not attended yet: the conflict names the missing session
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#participation [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Praxistag"));

        browser.findElement(By.cssSelector("#participation tr:has(button[data-complete='" + enrolment + "']) input[data-session]")).click();
        wait.until(d -> get("/api/v1/training/enrolments/" + enrolment, ADMIN).json().get("attendance").size() == 1);
        wait.until(ExpectedConditions.elementToBeClickable(completeButton)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#participation button[data-issue='" + enrolment + "']"))).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#participation code[data-certificate]")));
        checkAccessibility("training-certificates");
        screenshot("17-fortbildung-zertifikat");

        WebElement verify = browser.findElement(By.id("verify-form"));
        type(verify, "code", code.getText());
        verify.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "Gültig"));
        assertEquals("true", browser.findElement(By.id("verify-result")).getAttribute("data-valid"));
        JsonNode verified = get("/api/v1/training/certificates/" + code.getText(), null).json();
        assertTrue(verified.get("valid").asBoolean());
    }

    @Test
    public void f_installingPatrolFromTheStoreAddsItsPageWithoutReload() {
        login(ADMIN);
        open("#/admin/store");
        WebElement install = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[data-feature=asskomm-patrol][data-action=install]")));
        checkAccessibility("store");
        screenshot("09-module-installieren");
        Object marker = js("window.__noReload = 'still here'; return window.__noReload;");
        install.click();
        wait.withTimeout(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#module-nav a[data-module=patrol]")));
        wait.withTimeout(WAIT);
        assertEquals("the page was not reloaded", marker, js("return window.__noReload;"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-feature=asskomm-patrol][data-action=remove]")));
        screenshot("10-modul-installiert");

        // the compound and one month's cost: Flöha leads, Augustusburg partners; a vehicle at 489 EUR a month
        enable("patrol", FLOEHA_AGS);
        enable("patrol", AUGUSTUSBURG_AGS);
        LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(3);
        Answer compound = post("/api/v1/patrol/compounds", ADMIN, Map.of("name", "Gemeindlicher Vollzugsdienst Flöha",
                "leadAgs", FLOEHA_AGS, "startDate", start.toString(), "untouchedAfterDays", 90,
                "members", List.of(Map.of("ags", FLOEHA_AGS, "contractedHoursPerMonth", 60),
                        Map.of("ags", AUGUSTUSBURG_AGS, "contractedHoursPerMonth", 20))));
        assertEquals(compound.body(), 201, compound.status());
        String id = compound.get("id").asText();
        Answer vehicle = post("/api/v1/patrol/compounds/" + id + "/resources", ADMIN, Map.of("name", "Dienstfahrzeug",
                "kind", "VEHICLE", "monthlyFixed", 489.00, "perKm", 0, "perHour", 0));
        assertEquals(vehicle.body(), 201, vehicle.status());

        open("#/m/patrol");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-form")));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-total")));
        assertTrue(total.getText(), total.getText().contains("489,00"));
        String shown = browser.findElement(By.id("statement")).getText();
        assertTrue(shown, shown.contains("Augustusburg") && shown.contains("Flöha"));
        checkAccessibility("patrol");
        screenshot("11-vollzugsdienst-kostenaufstellung");
    }

    @Test
    public void fa_floehaPlansTheWeekAndEntersAPatrol() {
        String id = get("/api/v1/patrol/compounds?municipality=" + FLOEHA_AGS, ADMIN).json().get("items").get(0).get("id").asText();
        for (String name : List.of("Frau Lehmann", "Herr Schubert")) {
            Answer officer = post("/api/v1/patrol/compounds/" + id + "/officers", ADMIN,
                    Map.of("name", name, "homeAgs", FLOEHA_AGS, "weeklyHours", 40, "qualifications", List.of()));
            assertEquals(officer.body(), 201, officer.status());
        }
        Object[][] places = {{FLOEHA_AGS, "Markt Flöha", 50.8563, 13.0717}, {FLOEHA_AGS, "Bahnhof Flöha", 50.8590, 13.0750},
            {AUGUSTUSBURG_AGS, "Schlossparkplatz Augustusburg", 50.8140, 13.1000}};
        for (Object[] p : places) {
            Answer place = post("/api/v1/patrol/compounds/" + id + "/places", ADMIN, Map.of("ags", p[0], "name", p[1],
                    "category", "MARKET_SQUARE", "latitude", p[2], "longitude", p[3], "priority", 3));
            assertEquals(place.body(), 201, place.status());
        }
        login(FLOEHA);
        open("#/m/patrol");
        WebElement plan = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
        plan.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement metrics = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-metrics")));
        assertTrue(metrics.getText(), metrics.getText().contains("Schichten"));
        assertFalse(browser.findElements(By.cssSelector("#plan-result tbody tr")).isEmpty());

        // no officer ticked: the API's error appears at the officers, in German
        WebElement log = browser.findElement(By.id("log-form"));
        new Select(log.findElement(By.name("ags"))).selectByValue(FLOEHA_AGS);
        type(log, "km", "12");
        log.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log-form .field-error")));
        assertEquals("darf nicht leer sein", error.getText().replace("⚠", "").trim());
        log.findElement(By.xpath(".//label[text()='Frau Lehmann']/preceding-sibling::input")).click();
        log.findElement(By.xpath(".//label[starts-with(text(), 'Markt Flöha')]/preceding-sibling::input")).click();
        type(log, "observations", "Markt ruhig, Radfahrer in der Fußgängerzone angesprochen");
        log.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("patrol-logs"), "Radfahrer"));
        String logged = browser.findElement(By.id("patrol-logs")).getText();
        assertTrue(logged, logged.contains("Frau Lehmann") && logged.contains("Flöha"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[aria-labelledby=pa-trend] svg")));
        checkAccessibility("patrol-plan-log");
        screenshot("18-vollzugsdienst-plan-streifenprotokoll");
        assertEquals(1, get("/api/v1/patrol/compounds/" + id + "/logs", ADMIN).json().get("total").asInt());
    }

    @Test
    public void g_theAdministrationPagesWork() {
        login(ADMIN);
        open("#/admin/enablement");
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[data-module=agreements][data-ags='" + FLOEHA_AGS + "']")));
        assertFalse(box.isSelected());
        checkAccessibility("enablement");
        screenshot("12-freischaltungen");
        box.click();
        wait.until(d -> get("/api/v1/municipalities/" + FLOEHA_AGS + "/modules/agreements", ADMIN).get("enabled").asBoolean());

        open("#/admin/audit");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[role=search]")));
        type(filter, "module", "agreements");
        filter.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-result"), "SIGNED"));
        String rows = browser.findElement(By.id("audit-result")).getText();
        assertFalse("only the agreements module: " + rows, rows.contains("training"));
        checkAccessibility("audit");
        screenshot("13-protokoll");

        open("#/admin/users");
        WebElement users = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users-result")));
        String listed = users.getText();
        assertTrue(listed, listed.contains(FRANKENBERG) && listed.contains("Frankenberg/Sa., Stadt, Garnisonsstadt (" + FRANKENBERG_AGS + ")"));
        assertTrue(listed, listed.contains("lpr-admin"));
        assertFalse(listed, listed.contains(PASSWORD));
        checkAccessibility("users");
        screenshot("19-benutzer-rollen");

        open("#/accessibility");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Barrierefreiheit"));
        checkAccessibility("accessibility");
    }

    @Test
    public void h_englishOnRequest() {
        login(ADMIN);
        open("#/overview");
        // the map draws its tiles after the statistics arrive: wait for Frankenberg's tile, not only the map
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#saxony-map rect[data-ags='" + FRANKENBERG_AGS + "']"),
                "data-status", "signed"));
        screenshot("02-uebersicht-karte");
        browser.findElement(By.cssSelector("#tools button[lang=en]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Overview"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        checkAccessibility("overview-en");
        browser.findElement(By.cssSelector("#tools button[lang=de]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Übersicht"));
    }

    @Test
    public void ha_aMunicipalitySeesOnlyTheModulesItEnabled() {
        login(FRANKENBERG);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#module-nav a[data-module=agreements]")));
        assertTrue("patrol is installed but not enabled for Frankenberg",
                browser.findElements(By.cssSelector("#module-nav a[data-module=patrol]")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("a[href='#/admin/audit']")).isEmpty());
        open("#/admin/store");
        WebElement patrol = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=enable-patrol]")));
        assertFalse(patrol.isSelected());
        checkAccessibility("store-municipality");
    }

    @Test
    public void i_uninstallingAModuleRemovesItsPage() throws Exception {
        login(ADMIN);
        open("#/m/training");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#module-nav a[data-module=training]")));
        Answer removed = delete("/api/v1/platform/features/asskomm-training", ADMIN);
        assertEquals(removed.body(), 202, removed.status());
        wait.withTimeout(Duration.ofSeconds(60)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#module-nav a[data-module=training]")));
        wait.withTimeout(WAIT);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "wurde entfernt"));
        assertNull(browser.findElements(By.cssSelector("#module-nav a[data-module=training]")).stream().findAny().orElse(null));
    }

    @Test
    public void j_aThirdPartyPluginGetsTheSameTreatment() throws Exception {
        Path kar = Path.of(System.getProperty("asskomm.plugin.kar"));
        assertTrue("build the safety-survey example first: " + kar, Files.isRegularFile(kar));
        login(ADMIN);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#module-nav a[data-module=agreements]")));
        Files.copy(kar, home.resolve("deploy").resolve(kar.getFileName()));
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#module-nav a[data-module=survey]")));
        link.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sicherheitsanalyse"));
        checkAccessibility("plugin-survey");
    }

    // ---------------------------------------------------------------- browser helpers

    private void login(String user) {
        browser.get(base + "/console/index.html");
        js("sessionStorage.clear(); localStorage.removeItem('asskomm.lang');");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void open(String hash) {
        // empty the page first, so that the wait below sees the new page and not the old one
        js("document.getElementById('main').replaceChildren();"
                + "if (location.hash === arguments[0]) window.dispatchEvent(new HashChangeEvent('hashchange'));"
                + "else location.hash = arguments[0];", hash);
        wait.until(d -> !d.findElements(By.cssSelector("main .page h1")).isEmpty());
    }

    private static void type(WebElement form, String name, String text) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keyboard input in the browser's locale format; set the ISO value and fire input. */
    private void setValue(WebElement field, String value) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; fails on serious or critical violations. */
    @SuppressWarnings("unchecked")
    private void checkAccessibility(String page) {
        js(axeScript);
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
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
                System.out.println("ConsoleIT: axe " + page + ": " + v.get("impact") + " " + v.get("id") + " at " + v.get("targets"));
            }
        }
        assertTrue("axe-core on page '" + page + "': " + severe, severe.isEmpty());
        assertTrue("axe-core ran its rules on " + page, ((Number) result.get("passes")).intValue() > 0);
        checkedPages.add(page);
    }

    private void screenshot(String name) {
        try {
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- platform helpers

    /** Installs through the module store API and waits until the feature started. */
    private void installThroughStore(String feature) throws InterruptedException {
        // the store's resource registers a moment after /api/v1/health answers
        awaitStatus("/api/v1/platform/features", 200, java.time.Duration.ofSeconds(120));
        Answer accepted = put("/api/v1/platform/features/" + feature, ADMIN, null);
        assertEquals(accepted.body(), 202, accepted.status());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Answer status = get("/api/v1/platform/features/" + feature + "/status", ADMIN);
            // while the JAX-RS whiteboard rebuilds the application for the new module, the API may briefly not answer
            String state = status.status() == 200 ? status.get("state").asText() : "UNKNOWN";
            if (state.equals("STARTED")) {
                return;
            }
            assertFalse(feature + " failed", state.equals("FAILED"));
            Thread.sleep(300);
        }
        fail(feature + " did not start");
    }

    private HttpResponse<String> raw(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File file = new File(dir, name);
            if (file.canExecute()) {
                return file.getAbsolutePath();
            }
        }
        throw new AssertionError(name + " is not installed: apt-get install chromium chromium-driver (.ci/run does it)");
    }

    /**
     * Unpacks the reactor's distribution and starts it as a process on free ports. Other builds on the machine
     * pick free ports too: when one takes ours between our choice and Karaf's bind, start again on new ones.
     */
    private static String startDistribution() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return startDistributionOnce();
            } catch (PortTakenException e) {
                stopKaraf();
                if (attempt == 3) {
                    throw new AssertionError("HTTP port taken three times in a row", e);
                }
            }
        }
    }

    private static final class PortTakenException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static String startDistributionOnce() throws Exception {
        Path target = Path.of("target", "console-it").toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "xzf", System.getProperty("asskomm.distribution"), "-C", target.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        try (Stream<Path> dirs = Files.list(target)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int[] ports = freePorts(4);
        append(home, "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + ports[0]);
        append(home, "etc/org.apache.karaf.shell.cfg", "sshPort = " + ports[1]);
        append(home, "etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + ports[2] + "\nrmiServerPort = " + ports[3]);
        append(home, "etc/users.properties", ADMIN + " = " + PASSWORD + ", lpr-admin\n"
                + FRANKENBERG + " = " + PASSWORD + ", municipality-" + FRANKENBERG_AGS + "\n"
                + FLOEHA + " = " + PASSWORD + ", municipality-" + FLOEHA_AGS);
        usePostgresWhenAsked(home);
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(target.resolve("karaf.out").toFile()).start();
        String url = "http://localhost:" + ports[0];
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(url + "/console/app.js")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && console.statusCode() == 200) {
                    return url;
                }
            } catch (IOException e) {
                if (Files.exists(log) && Files.readString(log).contains("Failed to bind to /0.0.0.0:" + ports[0])) {
                    throw new PortTakenException();
                }
            }
            assertTrue("Karaf stopped; see " + target.resolve("karaf.out"), karaf.isAlive());
            Thread.sleep(500);
        }
        throw new AssertionError("the distribution did not answer within 180 s; see " + log);
    }

    /** Like the Pax Exam itests: with -Dasskomm.itest.postgres=jdbc:postgresql://host:port/ a fresh database there. */
    private static void usePostgresWhenAsked(Path home) throws Exception {
        String server = System.getProperty("asskomm.itest.postgres");
        if (server == null || server.isBlank()) {
            return;
        }
        String user = System.getProperty("asskomm.itest.postgres.user", "asskomm");
        String password = System.getProperty("asskomm.itest.postgres.password", "asskomm");
        String name = "asskomm_console_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "postgres", user, password);
             java.sql.Statement statement = c.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        Path cfg = home.resolve("etc/org.ops4j.datasource-asskomm.cfg");
        Map<String, String> settings = Map.of("osgi.jdbc.driver.class", "org.postgresql.Driver", "url", server + name,
                "user", user, "password", password);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            String key = line.split("=", 2)[0].trim();
            if (!settings.containsKey(key)) {
                lines.add(line);
            }
        }
        settings.forEach((key, value) -> lines.add(key + " = " + value));
        Files.write(cfg, lines);
    }

    private static void append(Path home, String file, String text) throws IOException {
        Files.writeString(home.resolve(file), "\n" + text + "\n", StandardOpenOption.APPEND);
    }

    /** Distinct free ports: all sockets stay open until each has its port. */
    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
