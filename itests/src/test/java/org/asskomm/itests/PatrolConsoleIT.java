package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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

/**
 * The patrol page in a real browser ({@link ConsoleTestSupport}): the cost statement of Flöha's compound with
 * Augustusburg as a partner, then Flöha plans the week and enters a patrol (field errors in German).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PatrolConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-patrol", List.of("asskomm-patrol"), List.of());
    }

    @Test
    public void a_theLprSetsUpFloehasCompoundAndSeesOneMonthsCost() {
        login(ADMIN);
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
}
