package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
 * Funding as a municipal clerk does it (issues 20 and 22), in a real browser: the programme's window and rules before
 * the form, an application submitted inside an open window, the project concept wizard (an incomplete step refused
 * by name), and the proof of use with a flagged deviation and the LPR's partial reclaim. axe-core on every state.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleFundingIT extends ConsoleTestSupport {

    private static final String LONG = "Ein ausführlicher Text, der diesen Schritt des Projektkonzepts beschreibt.";
    private static final int YEAR = LocalDate.now().getYear() + 1;
    private static String conceptApplication;

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-funding-project", List.of("asskomm-agreements", "asskomm-funding"),
                List.of("agreements", "funding"));
    }

    private JsonNode programme(String title, boolean conceptRequired) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", YEAR);
        body.put("title", title);
        body.put("budget", 500000.00);
        body.put("windowOpens", LocalDate.now().minusDays(10).toString());
        body.put("windowCloses", LocalDate.now().plusDays(30).toString());
        body.put("conceptRequired", conceptRequired);
        Answer created = post("/api/v1/funding/programmes", ADMIN, body);
        assertEquals(created.body(), 201, created.status());
        return created.json();
    }

    private void submitApplication() {
        browser.findElement(By.cssSelector("form[data-action=submit] button")).click();
    }

    @Test
    public void a_aClerkSeesTheOpenWindowAndTheRulesAndSubmitsInsideIt() {
        JsonNode programme = programme("Landesprogramm Konsole " + System.nanoTime(), false);
        login(FRANKENBERG);
        open("#/m/funding/p/" + programme.get("id").asText());
        WebElement window = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programme-window")));
        assertTrue(window.getText(), window.getText().startsWith("Die Antragsfrist läuft bis zum"));
        String rules = browser.findElement(By.id("programme-rules")).getText();
        assertTrue(rules, rules.contains("Fördersatz") && rules.contains("90 %") && rules.contains("10.000,00 €"));
        checkAccessibility("funding-programme-open");
        browser.findElement(By.id("funding-new")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("funding-form")));
        // the municipality by its name, the exception fields present
        String municipality = new Select(form.findElement(By.name("municipality"))).getFirstSelectedOption().getText();
        assertTrue(municipality, municipality.startsWith("Frankenberg/Sa.") && !municipality.contains("14522150"));
        assertTrue(form.findElement(By.name("exceptionRequested")).isDisplayed());
        assertTrue(form.findElement(By.name("exceptionReason")).isDisplayed());
        checkAccessibility("funding-apply-open-window");
        type(form, "applicant", "Stadt Frankenberg/Sa.");
        type(form, "title", "Präventionstage Oberschule");
        type(form, "location", "Frankenberg/Sa.");
        setValue(form.findElement(By.name("periodStart")), YEAR + "-03-01");
        setValue(form.findElement(By.name("periodEnd")), YEAR + "-11-30");
        setValue(form.findElement(By.name("consultationDate")), LocalDate.now().minusMonths(1).toString());
        type(form, "consultationReference", "LPR-K-1");
        for (String step : List.of("problemDescription", "causeAnalysis", "goalsAndTargetGroups", "measures",
                "implementation", "evaluation", "conclusions")) {
            type(form, "description." + step, "Beschreibung: " + step);
        }
        new Select(form.findElement(By.name("costPlan[0].category"))).selectByVisibleText("Veranstaltungen");
        type(form, "costPlan[0].description", "Projekttage");
        type(form, "costPlan[0].amount", "20000");
        type(form, "requestedAmount", "18000");
        type(form, "ownContribution", "2000");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("max-fundable")));
        String calculation = browser.findElement(By.id("calculation")).getText();
        assertTrue(calculation, calculation.contains("förderfähige Kosten 20.000,00 EUR × Fördersatz 90 %"));
        submitApplication();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-status"), "eingereicht"));
        checkAccessibility("funding-submitted");
    }

    @Test
    public void b_theConceptWizardRefusesAnIncompleteStepByNameAndCompletesAllSeven() {
        JsonNode programme = programme("Landesprogramm mit Konzeptpflicht " + System.nanoTime(), true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programme.get("id").asText());
        body.put("municipality", FRANKENBERG_AGS);
        body.put("applicant", "Stadt Frankenberg/Sa.");
        body.put("title", "Sicherer Bahnhof");
        body.put("actionField", "Gewaltprävention");
        body.put("location", "Frankenberg/Sa.");
        body.put("periodStart", YEAR + "-02-01");
        body.put("periodEnd", YEAR + "-11-30");
        body.put("description", Map.of("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"));
        body.put("consultationDate", LocalDate.now().minusDays(20).toString());
        body.put("consultationReference", "LPR-K-2");
        body.put("costPlan", List.of(Map.of("category", "EVENTS", "description", "Projekttage", "amount", 12000.00),
                Map.of("category", "MATERIAL", "description", "Material", "amount", 8000.00)));
        body.put("requestedAmount", 18000.00);
        body.put("ownContribution", 2000.00);
        Answer created = post("/api/v1/funding/applications", FRANKENBERG, body);
        assertEquals(created.body(), 201, created.status());
        conceptApplication = created.get("id").asText();

        login(FRANKENBERG);
        open("#/m/funding/" + conceptApplication);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("concept-link"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("concept-start")));
        checkAccessibility("funding-concept-overview-empty");
        browser.findElement(By.id("concept-start")).click();
        String[] keys = {"problem", "causes", "goals", "measures", "implementation", "evaluation", "documentation"};
        for (int n = 1; n <= 7; n++) {
            WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#concept-form h2")));
            assertTrue(form.getText(), form.getText().startsWith("Schritt " + n + " von 7"));
            WebElement wizard = browser.findElement(By.id("concept-form"));
            type(wizard, "steps." + keys[n - 1], n == 2 ? "zu kurz" : LONG);
            if (n == 3) {
                type(wizard, "indicators[0].goal", "Weniger Sachbeschädigungen am Bahnhof");
                type(wizard, "indicators[0].name", "Anzeigen wegen Sachbeschädigung je Jahr");
                type(wizard, "indicators[0].unit", "Anzeigen");
                type(wizard, "indicators[0].target", "20");
                checkAccessibility("funding-concept-goals");
            }
            wizard.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(form));
        }
        WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("concept-state")));
        assertEquals("Noch unvollständig: 1 Schritt.", state.getText());
        checkAccessibility("funding-concept-overview-incomplete");

        // submitting names the incomplete step
        open("#/m/funding/" + conceptApplication);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[data-action=submit] button")));
        submitApplication();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[data-action=submit] [role=alert]")));
        assertTrue(alert.getText(), alert.getText().contains("Schritt 2 „Ursachenanalyse“"));

        open("#/m/funding/concept/" + conceptApplication + "/2");
        WebElement second = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("concept-form")));
        assertTrue(browser.findElement(By.id("step-missing")).getText().contains("mindestens 40 Zeichen"));
        second.findElement(By.name("steps.causes")).clear();
        type(second, "steps.causes", "Ursachen: schlechte Beleuchtung, fehlende Aufsicht am Abend.");
        second.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(second));
        open("#/m/funding/concept/" + conceptApplication);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("concept-state"),
                "Alle sieben Schritte sind vollständig."));
        assertTrue(browser.findElements(By.id("concept-pdf")).size() == 1);

        open("#/m/funding/" + conceptApplication);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[data-action=submit] button")));
        submitApplication();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-status"), "eingereicht"));
    }

    @Test
    public void c_theProofOfUseFlagsTheDeviationAndTheLprReclaimsPartly() {
        String app = "/api/v1/funding/applications/" + conceptApplication;
        JsonNode a = get(app, ADMIN).json();
        a = post(app + "/review", ADMIN, Map.of("version", a.get("version").asInt())).json();
        Answer approved = post(app + "/decision", ADMIN, Map.of("outcome", "APPROVED", "grantedAmount", 18000.00,
                "version", a.get("version").asInt()));
        assertEquals(approved.body(), 200, approved.status());

        login(FRANKENBERG);
        open("#/m/funding/" + conceptApplication);
        WebElement proof = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proof-form")));
        checkAccessibility("funding-proof-form");
        type(proof, "actual.EVENTS", "9000");
        type(proof, "actual.MATERIAL", "8000");
        type(proof, "report", "Vier statt fünf Projekttage, Material wie geplant.");
        proof.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-status"),
                "Nachweis eingereicht"));
        String statement = browser.findElement(By.id("proof-of-use")).getText();
        assertTrue(statement, statement.contains("-25,0 %") && statement.contains("über 20 %"));
        assertFalse(statement, statement.contains("EVENTS"));
        checkAccessibility("funding-proof-statement");

        login(ADMIN);
        open("#/m/funding/" + conceptApplication);
        WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proof-review-form")));
        review.findElement(By.name("recognizedCosts")).clear();
        type(review, "recognizedCosts", "17000");
        review.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement outcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proof-outcome")));
        // 90 % of 17,000 = 15,300: 2,700 reclaimed
        assertTrue(outcome.getText(), outcome.getText().contains("teilweise Rückforderung")
                && outcome.getText().contains("15.300,00") && outcome.getText().contains("2.700,00"));
        checkAccessibility("funding-proof-reviewed");
    }
}
