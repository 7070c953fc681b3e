package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public transparency page in a real browser without login: the map's layers and the figures are those of the
 * open data API, a layer can be switched off, axe-core finds no violation; the console's shell links the
 * accessibility statement and the feedback channel.
 */
public class PublicPageConsoleIT extends ConsoleTestSupport {

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-public", List.of("asskomm-agreements", "asskomm-transparency"), List.of("agreements"));
    }

    @Test
    public void thePublicPageShowsTheOpenDataWithoutLoginAndIsAccessible() throws Exception {
        signFrankenbergAgreement();
        JsonNode frankenberg = awaitFrankenbergWithAgreement();

        HttpResponse<String> page = raw("GET", "/oeffentlich", Map.of());
        assertEquals(302, page.statusCode());
        HttpResponse<String> html = raw("GET", "/oeffentlich/index.html", Map.of());
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));

        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/oeffentlich");
        wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-loaded", "true"));

        // one layer (checkbox) and one legend entry per stage of the API, in its order, with its label
        JsonNode stages = get("/api/v1/public/stages", null).get("items");
        List<String> codes = new ArrayList<>();
        stages.forEach(s -> codes.add(s.get("code").asText()));
        List<String> layers = new ArrayList<>();
        browser.findElements(By.cssSelector("#layers input[type=checkbox]")).forEach(b -> layers.add(b.getAttribute("data-stage")));
        assertEquals(codes, layers);
        String legend = browser.findElement(By.id("legend")).getText();
        for (JsonNode s : stages) {
            assertTrue(legend, legend.contains(s.get("label").asText()));
        }
        JsonNode municipalities = get("/api/v1/public/municipalities", null).get("items");
        assertEquals(municipalities.size(), browser.findElements(By.cssSelector("#public-map rect[data-ags]")).size());

        // Frankenberg's tile shows its most advanced stage; without the agreement layer the one before
        String shown = null;
        for (String code : codes) {
            if (frankenberg.get("reached").has(code)) {
                shown = code;
            }
        }
        assertEquals("AGREEMENT", shown);
        assertEquals(shown, tile().getAttribute("data-stage"));
        browser.findElement(By.id("layer-AGREEMENT")).click();
        wait.until(d -> "FIRST_CONTACT".equals(tile().getAttribute("data-stage")));
        browser.findElement(By.id("layer-AGREEMENT")).click();
        wait.until(d -> "AGREEMENT".equals(tile().getAttribute("data-stage")));

        // the figures per district are the API's
        for (JsonNode d : get("/api/v1/public/districts", null).get("items")) {
            String row = rowOf("districts-table", d.get("district").asText());
            assertEquals(d.get("district").asText() + " " + d.get("municipalitiesAdvised") + " " + d.get("councils") + " "
                    + d.get("agreements") + " " + d.get("analyses"), row);
        }
        assertTrue(rowOf("districts-table", "Mittelsachsen"), rowOf("districts-table", "Mittelsachsen").endsWith(" 1 0"));

        // licence, sources, as-of date, accessibility statement and feedback address
        JsonNode about = get("/api/v1/public/about", null).json();
        assertEquals(about.get("licence").asText(), browser.findElement(By.id("licence")).getText());
        assertEquals("mailto:" + about.get("feedbackAddress").asText(),
                browser.findElement(By.id("feedback-mail")).getAttribute("href"));
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text, text.contains("Statistisches Bundesamt (Destatis)"));
        assertTrue(text, text.contains("Erklärung zur Barrierefreiheit"));
        assertTrue(text, text.matches("(?s).*Stand der Daten: \\d{1,2}\\. [A-Za-zä]+ \\d{4}\\..*"));
        checkAccessibility("public");
        assertEquals("axe-core: violations of any impact", 0L, violations());
        screenshot("40-oeffentliche-seite");

        // the console's shell links the statement and the feedback channel
        login(ADMIN);
        WebElement footer = browser.findElement(By.id("shell-footer"));
        List<String> links = new ArrayList<>();
        footer.findElements(By.tagName("a")).forEach(a -> links.add(a.getAttribute("href")));
        assertTrue(links.toString(), links.contains(baseUrl() + "/oeffentlich/index.html#barrierefreiheit"));
        assertTrue(links.toString(), links.contains(baseUrl() + "/oeffentlich/index.html#feedback"));
        checkAccessibility("console-with-footer");
    }

    private WebElement tile() {
        return browser.findElement(By.cssSelector("#public-map rect[data-ags='" + FRANKENBERG_AGS + "']"));
    }

    private String rowOf(String table, String district) {
        for (WebElement row : browser.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            if (row.findElement(By.tagName("th")).getText().equals(district)) {
                return row.getText().replace('\n', ' ').replace('\t', ' ');
            }
        }
        throw new AssertionError(district + " not in " + table);
    }

    /** All axe-core violations, whatever their impact (axe was loaded by checkAccessibility). */
    private long violations() {
        Object count = console.jsAsync("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.length)).catch(e => done(-1));");
        return ((Number) count).longValue();
    }

    private JsonNode awaitFrankenbergWithAgreement() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode m : get("/api/v1/public/municipalities", null).get("items")) {
                if (m.get("ags").asText().equals(FRANKENBERG_AGS) && m.get("reached").has("AGREEMENT")) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Frankenberg's agreement not in the open data within 30 s");
    }
}
