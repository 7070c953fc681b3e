package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Roles that match the organisation, in a real browser (issue 20): the LPR locks a module off for Frankenberg on the
 * "Freischaltungen" page and Frankenberg's clerk cannot switch it on again; police of Polizeidirektion Chemnitz see
 * Frankenberg's (Mittelsachsen) agreement and not Dresden's; a user of a real LDAP directory logs in to the console
 * with the roles of their groups.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RolesConsoleIT extends ConsoleTestSupport {

    private static final String DRESDEN_AGS = "14612000";
    private static TestDirectory directory;

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        directory = TestDirectory.start();
        startConsole("console-roles", List.of(
                        POLICE_CHEMNITZ + " = " + PASSWORD + ", police-chemnitz",
                        POLICE_DRESDEN + " = " + PASSWORD + ", police-dresden"),
                List.of("asskomm-agreements", "asskomm-councils"), List.of("agreements", "councils"));
    }

    @AfterClass
    public static void stopDirectory() {
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    public void a_theLprLocksAModuleOffAndTheMunicipalityCannotSwitchItOn() {
        login(ADMIN);
        open("#/admin/enablement");
        WebElement search = console.await(ExpectedConditions.visibilityOfElementLocated(By.name("q")));
        search.sendKeys("Frankenberg");
        WebElement lock = console.await(ExpectedConditions.elementToBeClickable(
                By.cssSelector("select[data-lock=councils][data-ags='" + FRANKENBERG_AGS + "']")));
        WebElement box = browser.findElement(By.cssSelector("input[data-module=councils][data-ags='" + FRANKENBERG_AGS + "']"));
        assertTrue("councils enabled for Frankenberg before the lock", box.isSelected());
        assertTrue(box.isEnabled());
        checkAccessibility("enablement-unlocked");
        new Select(lock).selectByValue("off");
        console.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main [role=status]"),
                "ausgeschaltet gesperrt"));
        console.await(d -> !box.isSelected() && !box.isEnabled());
        checkAccessibility("enablement-locked");
        screenshot("30-freischaltung-gesperrt");
        JsonNode state = get("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/councils", ADMIN).json();
        assertFalse(state.get("enabled").asBoolean());
        assertTrue(state.get("locked").asBoolean());
        assertEquals(ADMIN, state.get("lockedBy").asText());

        // Frankenberg's clerk sees the lock in the module store and cannot switch; the API refuses in German, naming it
        login(FRANKENBERG);
        open("#/admin/store");
        WebElement card = console.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li[data-module=councils]")));
        WebElement mine = card.findElement(By.cssSelector("input[type=checkbox]"));
        assertFalse(mine.isSelected());
        assertFalse("a locked module is not offered for switching", mine.isEnabled());
        assertTrue(card.getText(), card.getText().contains("Vom LPR ausgeschaltet und gesperrt"));
        Answer refused = put("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/councils", FRANKENBERG, null);
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.body().contains("vom LPR ausgeschaltet und gesperrt")
                && refused.body().contains("Nur der LPR kann die Sperre ändern oder aufheben"));
        checkAccessibility("store-locked-refused");
        assertFalse(get("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/councils", ADMIN).json().get("enabled").asBoolean());
        assertEquals(403, delete("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/councils/lock", FRANKENBERG).status());

        // the LPR lifts the lock; Frankenberg may switch again
        assertEquals(200, delete("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/councils/lock", ADMIN).status());
        assertEquals(200, put("/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/councils", FRANKENBERG, null).status());
    }

    @Test
    public void b_policeOfChemnitzSeeMittelsachsensAgreementAndNotDresdens() {
        signFrankenbergAgreement();
        enable("agreements", DRESDEN_AGS);
        Answer dresden = post("/api/v1/agreements", ADMIN, Map.of("municipality", DRESDEN_AGS,
                "subject", "Kooperationsvereinbarung Landeshauptstadt Dresden",
                "goals", List.of("Sicherheitsgefühl stärken"), "measures", List.of("Präventionsrat fortführen"),
                "parties", List.of(
                        AgreementsIT.party("Landeshauptstadt Dresden", "MUNICIPALITY", DRESDEN_AGS, "Oberbürgermeister"),
                        AgreementsIT.party("Polizeidirektion Dresden", "POLICE", null, "Polizeipräsident"),
                        AgreementsIT.party("Landespräventionsrat Sachsen", "LPR", null, "Geschäftsführer"))));
        assertEquals(dresden.body(), 201, dresden.status());

        login(POLICE_CHEMNITZ);
        open("#/m/agreements");
        console.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        String seen = console.mainText();
        assertTrue(seen, seen.contains("Frankenberg"));
        assertFalse(seen, seen.contains("Dresden"));
        checkAccessibility("agreements-police-chemnitz");
        screenshot("31-polizei-chemnitz-vereinbarungen");
        browser.findElement(By.cssSelector("main table a")).click();
        console.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Polizeidirektion Chemnitz"));

        login(POLICE_DRESDEN);
        open("#/m/agreements");
        console.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        seen = console.mainText();
        assertTrue(seen, seen.contains("Dresden"));
        assertFalse(seen, seen.contains("Frankenberg"));
    }

    @Test
    public void c_aDirectoryUserLogsInToTheConsoleWithTheRolesOfTheirGroups() throws Exception {
        // the operator connects the directory while the platform runs (docs/security.md, "Directory users")
        Path home = platform.home();
        Files.writeString(home.resolve("etc/org.asskomm.ldap.cfg"), directory.karafConfiguration());
        Path rest = home.resolve("etc/org.asskomm.rest.cfg");
        Files.writeString(rest, Files.readString(rest).replaceFirst("(?m)^#?realm\\s*=.*$", "realm = asskomm-directory"));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (get("/api/v1/console/session", "kaemmerei.frankenberg").status() != 200) {
            assertTrue("the directory realm did not take over within 90 s", System.nanoTime() < deadline);
            Thread.sleep(500);
        }

        login("kaemmerei.frankenberg");
        assertTrue(browser.findElement(By.tagName("header")).getText().contains("kaemmerei.frankenberg"));
        open("#/admin/store");
        console.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Frankenberg/Sa."));
        checkAccessibility("store-directory-user");
        JsonNode session = get("/api/v1/console/session", "kaemmerei.frankenberg").json();
        assertEquals("[\"municipality-14522150\"]", session.get("roles").toString());

        // a directory account in no mapped group gets no console, with the reason in German
        browser.findElement(By.id("logout")).click();
        WebElement form = console.await(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        form.findElement(By.id("login-user")).sendKeys("praktikant");
        form.findElement(By.id("login-password")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        console.await(ExpectedConditions.textToBePresentInElementLocated(By.id("login-form"), "keine Rolle in ASSKomm"));
        assertTrue(browser.findElements(By.id("logout")).isEmpty());
        checkAccessibility("login-no-role");
    }
}
