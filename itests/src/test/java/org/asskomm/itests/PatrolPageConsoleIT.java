package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 24 and the patrol items of issue 20 in a real browser: Flöha's officers with their authority in German, a
 * week's plan with its utilisation and the reason for each place, a patrol outside an officer's authority refused
 * at the field in German, and the coverage chart drawn again after a saved patrol; axe-core clean.
 */
public class PatrolPageConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-patrol-page", List.of("asskomm-patrol"), List.of());
    }

    private static String coverageLabel() {
        return browser.findElement(By.cssSelector("section[aria-labelledby=pa-coverage] svg")).getAttribute("aria-label");
    }

    @Test
    public void coverageIsDrawnAgainAfterSavingAPatrol() {
        enable("patrol", FLOEHA_AGS);
        enable("patrol", AUGUSTUSBURG_AGS);
        Answer compound = post("/api/v1/patrol/compounds", ADMIN, Map.of("name", "Vollzugsdienst Flöha und Augustusburg",
                "leadAgs", FLOEHA_AGS, "startDate", LocalDate.now().withDayOfMonth(1).minusMonths(2).toString(),
                "members", List.of(Map.of("ags", FLOEHA_AGS, "contractedHoursPerMonth", 60),
                        Map.of("ags", AUGUSTUSBURG_AGS, "contractedHoursPerMonth", 20))));
        assertEquals(compound.body(), 201, compound.status());
        String base = "/api/v1/patrol/compounds/" + compound.get("id").asText();
        Map<String, Object> onFoot = new LinkedHashMap<>();
        onFoot.put("name", "Frau Lehmann");
        onFoot.put("homeAgs", FLOEHA_AGS);
        onFoot.put("weeklyHours", 40);
        onFoot.put("mode", "FOOT");
        onFoot.put("authorities", List.of(Map.of("ags", FLOEHA_AGS, "validFrom", "2020-01-01", "basis", "APPOINTMENT",
                "reference", "Bestellung durch die Stadt Flöha")));
        assertEquals(201, post(base + "/officers", ADMIN, onFoot).status());
        Answer schubert = post(base + "/officers", ADMIN, Map.of("name", "Herr Schubert", "homeAgs", FLOEHA_AGS,
                "weeklyHours", 40, "mode", "CAR"));
        assertEquals(201, schubert.status());
        Object[][] places = {{FLOEHA_AGS, "Markt Flöha", 50.8563, 13.0717, 5}, {FLOEHA_AGS, "Bahnhof Flöha", 50.8590, 13.0750, 3},
            {AUGUSTUSBURG_AGS, "Schlossparkplatz Augustusburg", 50.8140, 13.1000, 3}};
        String stationId = null;
        for (Object[] p : places) {
            Answer place = post(base + "/places", ADMIN, Map.of("ags", p[0], "name", p[1], "category", "MARKET_SQUARE",
                    "latitude", p[2], "longitude", p[3], "priority", p[4]));
            assertEquals(201, place.status());
            if ("Bahnhof Flöha".equals(p[1])) {
                stationId = place.get("id").asText();
            }
        }
        // an order to the field and an incident report, shown below the patrol log
        List<String> officerIds = List.of(schubert.get("id").asText());
        assertEquals(201, post(base + "/orders", ADMIN, Map.of("title", "Fahrradständer am Bahnhof prüfen", "placeId",
                stationId, "due", LocalDate.now().plusDays(3).toString(), "officerIds", officerIds)).status());
        assertEquals(201, post(base + "/incidents", ADMIN, Map.of("placeId", stationId, "occurredAt",
                LocalDate.now().minusDays(1) + "T22:10:00", "what", "Graffiti an der Unterführung", "officerIds",
                officerIds)).status());

        login(FLOEHA);
        open("#/m/patrol");
        WebElement officers = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section[aria-labelledby=pa-officers-h]")));
        assertTrue(officers.getText(), officers.getText().contains("zu Fuß") && officers.getText().contains("Bestellung")
                && officers.getText().contains("allen Mitgliedern (Zweckvereinbarung)"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[aria-labelledby=pa-coverage] svg")));
        String before = coverageLabel();
        assertTrue(before, before.contains("Augustusburg, Stadt: 0 %"));
        String orders = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section[aria-labelledby=pf-orders-h]"))).getText();
        assertTrue(orders, orders.contains("Fahrradständer am Bahnhof prüfen") && orders.contains("offen")
                && orders.contains("Überfällige Aufträge: 0") && orders.contains("Herr Schubert"));
        String incidents = browser.findElement(By.cssSelector("section[aria-labelledby=pf-incidents-h]")).getText();
        assertTrue(incidents, incidents.contains("Graffiti an der Unterführung") && incidents.contains("PDF von Bahnhof Flöha"));

        WebElement plan = browser.findElement(By.id("plan-form"));
        plan.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement utilisation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-utilisation")));
        assertTrue(utilisation.getText(), utilisation.getText().startsWith("Auslastung: ")
                && utilisation.getText().contains("doppelt vergebene Routen: 0"));
        String routes = browser.findElement(By.id("plan-result")).getText();
        assertTrue(routes, routes.contains("Brennpunkt fällig") && routes.contains("Pause"));

        // Frau Lehmann may act in Flöha only: a patrol in Augustusburg is refused at the officers, in German
        WebElement log = browser.findElement(By.id("log-form"));
        new Select(log.findElement(By.name("ags"))).selectByValue(AUGUSTUSBURG_AGS);
        type(log, "km", "12");
        log.findElement(By.xpath(".//label[text()='Frau Lehmann']/preceding-sibling::input")).click();
        log.findElement(By.xpath(".//label[starts-with(text(), 'Schlossparkplatz')]/preceding-sibling::input")).click();
        log.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#log-form .field-error")));
        assertTrue(error.getText(), error.getText().contains("Frau Lehmann ist am")
                && error.getText().contains("in Augustusburg, Stadt nicht befugt"));
        checkAccessibility("patrol-authority-refused");

        // Herr Schubert acts for every member: saved, and the chart says so without reloading the page
        log.findElement(By.xpath(".//label[text()='Frau Lehmann']/preceding-sibling::input")).click();
        log.findElement(By.xpath(".//label[text()='Herr Schubert']/preceding-sibling::input")).click();
        log.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> coverageLabel().contains("Augustusburg, Stadt: 100 %"));
        assertTrue(browser.findElement(By.id("patrol-logs")).getText().contains("Herr Schubert"));
        checkAccessibility("patrol-coverage-refreshed");
        screenshot("19-vollzugsdienst-befugnis-abdeckung");
    }
}
