package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The console's shell in a real browser ({@link ConsoleTestSupport}): security headers, the login, the navigation
 * and the overview map, the module store (installing a module while the console is open adds its page without a
 * reload, uninstalling removes it), the administration pages, English on request and a third-party plugin.
 * axe-core runs on every page; the module pages have their own classes (AgreementsConsoleIT, FundingConsoleIT,
 * TrainingConsoleIT, PatrolConsoleIT).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-it", List.of("asskomm-agreements", "asskomm-training", "asskomm-councils", "asskomm-funding",
                "asskomm-analysis"), List.of("agreements", "training", "councils", "funding", "analysis"));
        // the overview map and the audit log show Frankenberg's signed agreement, the map's layer its safety analysis
        api().signFrankenbergAgreement();
        Answer analysis = api().post("/api/v1/analysis/analyses", FRANKENBERG, Map.of("municipality", FRANKENBERG_AGS,
                "title", "Sicherheitsanalyse 2026", "plannedStart", "2026-03-02"));
        assertEquals(analysis.body(), 201, analysis.status());
    }

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
        browser.get(baseUrl() + "/console");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        checkAccessibility("login");
        screenshot("01-anmeldung");
        browser.findElement(By.id("login-user")).sendKeys(ADMIN);
        browser.findElement(By.id("login-password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-form [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Benutzername oder Passwort ist falsch"));
        // headed as what it is, not as a server error; the header shows no placeholder such as "null"
        assertEquals("Anmeldung fehlgeschlagen", alert.findElement(By.tagName("strong")).getText());
        assertFalse(alert.getText(), alert.getText().contains("Fehler auf dem Server"));
        assertEquals("English", browser.findElement(By.id("tools")).getText().trim());
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
        // the safety analyses are a layer of their own: Frankenberg's dot, in the legend, switched off and on
        List<WebElement> dots = browser.findElements(By.cssSelector("#saxony-map circle.analysis-marker"));
        assertEquals(1, dots.size());
        assertEquals(FRANKENBERG_AGS, dots.get(0).getAttribute("data-ags"));
        assertEquals("PLANNED", dots.get(0).getAttribute("data-analysis"));
        assertTrue(browser.findElement(By.cssSelector("ul.legend")).getText().contains("Sicherheitsanalysen (1)"));
        checkAccessibility("overview");
        browser.findElement(By.id("layer-analysis")).click();
        assertFalse(dots.get(0).isDisplayed());
        browser.findElement(By.id("layer-analysis")).click();
        assertTrue(dots.get(0).isDisplayed());
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

        // cards for people: the module's German title and a short version, never the feature name or a snapshot tag
        WebElement card = browser.findElement(By.cssSelector("li[data-feature=asskomm-patrol]"));
        assertEquals("Interkommunaler Gemeindlicher Vollzugsdienst", card.findElement(By.tagName("h2")).getText());
        assertTrue(card.getText(), card.getText().contains("Version 0.1") && !card.getText().contains("SNAPSHOT"));
        String cards = browser.findElement(By.id("store-cards")).getText();
        assertFalse(cards, cards.contains("asskomm-"));
        // the console itself cannot be removed from the console
        WebElement web = browser.findElement(By.cssSelector("li[data-feature=asskomm-web]"));
        assertTrue(web.findElements(By.tagName("button")).isEmpty());
        assertTrue(web.getText(), web.getText().contains("kann in der Konsole nicht entfernt werden"));
        // removing asks first and says what stops working; cancelling keeps the module
        browser.findElement(By.cssSelector("button[data-feature=asskomm-patrol][data-action=remove]")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li[data-feature=asskomm-patrol] [role=alertdialog]")));
        assertTrue(question.getText(), question.getText().contains("Die Daten bleiben erhalten"));
        checkAccessibility("store-remove-question");
        question.findElement(By.cssSelector("button[data-confirm=no]")).click();
        assertTrue(get("/api/v1/platform/features/asskomm-patrol", ADMIN).get("installed").asBoolean());
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
        // actions, records and modules by their German names
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-result"), "unterzeichnet"));
        String rows = browser.findElement(By.id("audit-result")).getText();
        assertTrue(rows, rows.contains("Kooperationsvereinbarung") && rows.contains("Frankenberg/Sa.") && !rows.contains("SIGNED"));
        assertFalse("only the agreements module: " + rows, rows.contains("Aus- und Fortbildung"));
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
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue("a clerk reads what a clerk may do: " + page, page.contains("ein oder aus") && !page.contains("Installieren und entfernen Sie"));
        checkAccessibility("store-municipality");

        // switching a module off asks first and names what stops working; only the confirmation switches it off
        browser.findElement(By.cssSelector("input[name=enable-training]")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li[data-module=training] [role=alertdialog]")));
        assertTrue(question.getText(), question.getText().contains("sehen die Seite Aus- und Fortbildung dann nicht mehr"));
        checkAccessibility("store-municipality-disable-question");
        question.findElement(By.cssSelector("button[data-confirm=no]")).click();
        assertTrue(browser.findElement(By.cssSelector("input[name=enable-training]")).isSelected());
        assertTrue(get("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/training", ADMIN).get("enabled").asBoolean());
        browser.findElement(By.cssSelector("input[name=enable-training]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-module=training] button[data-confirm=yes]"))).click();
        wait.until(d -> !get("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/training", ADMIN).get("enabled").asBoolean());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#module-nav a[data-module=training]")));
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
        Files.copy(kar, platform.home().resolve("deploy").resolve(kar.getFileName()));
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#module-nav a[data-module=citizenreports]")));
        link.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Bürgermeldungen"));
        checkAccessibility("plugin-citizenreports");
    }
}
