package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

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
 * The coaching and journey pages in a real browser ({@link ConsoleTestSupport}), checked by axe-core: the LPR
 * assigns a coach to Frankenberg, Frankenberg logs a session, and the journey page shows the stage Coaching with its
 * German dates.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JourneyConsoleIT extends ConsoleTestSupport {

    private static String assignment;

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        // a municipality sees a module's console page once it enabled the module (docs/console.md), the journey too
        startConsole("console-journey", List.of("asskomm-coaching", "asskomm-journey"), List.of("coaching", "journey"));
    }

    @Test
    public void a_theLprAssignsACoachToFrankenberg() {
        Answer coach = post("/api/v1/coaching/coaches", ADMIN, Map.of("name", "Katrin Berger", "email",
                "k.berger@coaching.example", "regions", List.of("Mittelsachsen"), "topics", List.of("Präventionsrat"),
                "capacity", 3));
        assertEquals(coach.body(), 201, coach.status());
        login(ADMIN);
        open("#/m/coaching");
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-form")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Pool der Coaches"));
        checkAccessibility("coaching");
        new Select(form.findElement(By.name("municipality"))).selectByValue(FRANKENBERG_AGS);
        new Select(form.findElement(By.name("coachId"))).selectByVisibleText("Katrin Berger");
        type(form, "coordinator", "Präventionskoordination Stadt Frankenberg/Sa.");
        setValue(form.findElement(By.name("startedOn")), "2020-10-01");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-form")));
        JsonNode created = get("/api/v1/coaching/assignments?municipality=" + FRANKENBERG_AGS, ADMIN).json();
        assertEquals(1, created.get("total").asInt());
        assignment = created.get("items").get(0).get("id").asText();
        assertEquals("2020-10-01", created.get("items").get(0).get("startedOn").asText());
        assertTrue(console.mainText(), console.mainText().contains("Frankenberg/Sa."));
        assertTrue(console.mainText(), console.mainText().contains("Kooperationsvereinbarung unterzeichnet"));
        checkAccessibility("coaching-assignment");
    }

    @Test
    public void b_frankenbergLogsASession() {
        login(FRANKENBERG);
        open("#/m/coaching/" + assignment);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-form")));
        setValue(form.findElement(By.name("date")), "2020-10-14");
        type(form, "topics", "Auftakt\nKooperationsvereinbarung");
        type(form, "nextSteps", "Entwurf mit Polizei und LPR abstimmen");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-log"), "Auftakt, Kooperationsvereinbarung"));
        assertTrue(browser.findElement(By.id("session-log")).getText().contains("14.10.2020"));
        JsonNode sessions = get("/api/v1/coaching/assignments/" + assignment + "/sessions", FRANKENBERG).json();
        assertEquals(1, sessions.size());
        checkAccessibility("coaching-session");
        screenshot("30-coaching-sitzung");
    }

    @Test
    public void c_theJourneyShowsTheCoachingWithItsDays() {
        login(FRANKENBERG);
        open("#/m/journey/" + FRANKENBERG_AGS);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Coaching-Sitzung"));
        String text = console.mainText();
        assertTrue(text, text.contains("erreicht am 01.10.2020"));
        assertTrue(text, text.contains("14.10.2020"));
        assertTrue(text, text.contains("Erstkontakt"));
        checkAccessibility("journey");
        screenshot("31-asskomm-weg");

        login(ADMIN);
        open("#/m/journey");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Coaching (01.10.2020)"));
        assertTrue(console.mainText(), console.mainText().contains("Frankenberg/Sa."));
        checkAccessibility("journey-list");
    }
}
