package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the console test classes: each class starts its own distribution ({@link ConsoleDistribution}) and
 * Chromium ({@link ConsoleBrowser}) in a {@code @BeforeClass} through {@link #startConsole}, so each runs alone
 * ({@code -Dit.test=FundingConsoleIT}); {@link #stopConsole} ends both. It reuses {@link AsskommTestSupport}'s
 * HTTP helpers (test users, {@code get/post/put}) by pointing {@link #baseUrl()} at that process.
 */
public abstract class ConsoleTestSupport extends AsskommTestSupport {

    protected static final String FRANKENBERG_AGS = "14522150";
    protected static final String FLOEHA_AGS = "14522140";
    protected static final String AUGUSTUSBURG_AGS = "14522020";
    protected static final Duration WAIT = ConsoleBrowser.WAIT;

    protected static ConsoleDistribution platform;
    protected static ConsoleBrowser console;
    /** The Selenium driver of {@link #console}. */
    protected static WebDriver browser;
    /** The default wait of {@link #console}. */
    protected static WebDriverWait wait;
    private static String base;

    @Override
    protected String baseUrl() {
        return base;
    }

    /**
     * Starts the distribution under {@code target/<name>}, installs {@code features} through the module store API,
     * enables {@code modulesForFrankenberg} for Frankenberg and opens Chromium.
     */
    protected static void startConsole(String name, List<String> features, List<String> modulesForFrankenberg) throws Exception {
        startConsole(name, List.of(), features, modulesForFrankenberg);
    }

    /** Like {@link #startConsole(String, List, List)} with more {@code users.properties} lines. */
    protected static void startConsole(String name, List<String> extraUsers, List<String> features,
            List<String> modulesForFrankenberg) throws Exception {
        platform = ConsoleDistribution.start(name, extraUsers);
        base = platform.url();
        ConsoleTestSupport api = api();
        for (String feature : features) {
            api.installThroughStore(feature);
        }
        for (String module : modulesForFrankenberg) {
            api.enable(module, FRANKENBERG_AGS);
        }
        console = ConsoleBrowser.start(base);
        browser = console.driver();
        wait = console.waiter();
    }

    @AfterClass
    public static void stopConsole() throws Exception {
        if (console != null) {
            System.out.println("Console: axe-core checked " + console.checkedPages().size() + " pages: " + console.checkedPages());
            console.close();
            console = null;
        }
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    /** An instance for the HTTP helpers in static set-up code. */
    protected static ConsoleTestSupport api() {
        return new ConsoleTestSupport() { };
    }

    // ---------------------------------------------------------------- browser shortcuts

    protected void login(String user) {
        console.login(user, PASSWORD);
    }

    protected void open(String hash) {
        console.open(hash);
    }

    protected static void type(WebElement form, String name, String text) {
        ConsoleBrowser.type(form, name, text);
    }

    protected void setValue(WebElement field, String value) {
        console.setValue(field, value);
    }

    protected Object js(String script, Object... args) {
        return console.js(script, args);
    }

    protected void checkAccessibility(String page) {
        console.checkAccessibility(page);
    }

    protected void screenshot(String name) {
        console.screenshot(name);
    }

    // ---------------------------------------------------------------- platform helpers

    /** Installs through the module store API and waits until the feature started. */
    protected void installThroughStore(String feature) throws InterruptedException {
        // the store's resource registers a moment after /api/v1/health answers
        awaitStatus("/api/v1/platform/features", 200, Duration.ofSeconds(120));
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

    /** A request without credentials, to see the raw headers. */
    protected HttpResponse<String> raw(String method, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Frankenberg's cooperation agreement, entered by Frankenberg and signed on 9 December 2020 by the LPR. */
    protected String signFrankenbergAgreement() {
        Map<String, Object> draft = Map.of("municipality", FRANKENBERG_AGS,
                "subject", "Kooperationsvereinbarung Allianz Sichere Sächsische Kommunen",
                "goals", List.of("Sicherheitsgefühl stärken", "Kriminalprävention vernetzen"),
                "measures", List.of("Koordinierungsstelle einrichten"),
                "parties", List.of(
                        AgreementsIT.party("Stadt Frankenberg/Sa.", "MUNICIPALITY", FRANKENBERG_AGS, "Bürgermeister"),
                        AgreementsIT.party("Polizeidirektion Chemnitz", "POLICE", null, "Leiter der Polizeidirektion"),
                        AgreementsIT.party("Landespräventionsrat Sachsen", "LPR", null, "Geschäftsführer")));
        Answer created = post("/api/v1/agreements", FRANKENBERG, draft);
        assertEquals(created.body(), 201, created.status());
        String id = created.get("id").asText();
        Answer signed = post("/api/v1/agreements/" + id + "/transitions", ADMIN, Map.of("to", "SIGNED",
                "date", "2020-12-09", "place", "Frankenberg/Sa.", "version", created.get("version").asInt()));
        assertEquals(signed.body(), 200, signed.status());
        return id;
    }
}
