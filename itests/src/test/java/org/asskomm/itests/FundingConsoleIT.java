package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
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
 * The funding page in a real browser ({@link ConsoleTestSupport}): Frankenberg applies and sees the computed
 * maximum, a closed window is refused in German; the LPR reviews, approves and pays out, and the ledgers show it.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FundingConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-funding", List.of("asskomm-agreements", "asskomm-funding"), List.of("agreements", "funding"));
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
}
