package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Walks every console page reachable from the menu, and the detail pages their lists link to, with every module
 * installed and the demo data loaded, as an LPR admin and as Frankenberg's clerk, and fails on anything a German
 * reader should not see ({@link GermanTextCheck}: enum codes, UUIDs, ISO dates, English sentences). Each page
 * state also passes axe-core.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleLanguageIT extends ConsoleTestSupport {

    private static final List<String> MODULES = List.of("agreements", "councils", "training", "funding", "patrol", "analysis");
    /** Detail pages followed per menu page: enough to see each kind of detail, not every record. */
    private static final int DETAILS_PER_PAGE = 2;

    @BeforeClass
    public static void startPlatformAndBrowser() throws Exception {
        startConsole("console-language", MODULES.stream().map(m -> "asskomm-" + m).toList(), MODULES);
        String output = platform.shell("asskomm:demo-load");
        assertTrue(output, output.contains("agreements:"));
    }

    @Test
    public void a_theCheckFindsWhatItLooksFor() {
        assertEquals(1, GermanTextCheck.findings("Status: UNDER_REVIEW").size());
        assertEquals(1, GermanTextCheck.findings("Status: SIGNED").size());
        assertEquals(1, GermanTextCheck.findings("Verlauf: 0b5e4a8c-31f2-4b8e-9a55-2f1f1c0f7a10 angelegt").size());
        assertEquals(1, GermanTextCheck.findings("unterzeichnet am 2020-12-09").size());
        assertEquals(1, GermanTextCheck.findings("The date must not be in the future").size());
        assertTrue(GermanTextCheck.findings("Vereinbarung unterzeichnet am 09.12.2020 in Frankenberg/Sa. (LPR, PDF)").isEmpty());
        assertTrue(GermanTextCheck.findings("Die Stadt hat an der Sitzung in Flöha teilgenommen, was gut war.").isEmpty());
    }

    @Test
    public void b_theLprSeesEveryPageInGerman() {
        login(ADMIN);
        assertNoFindings("lpr-admin", walk("lpr"));
    }

    @Test
    public void c_aMunicipalClerkSeesEveryPageInGerman() {
        login(FRANKENBERG);
        assertNoFindings(FRANKENBERG, walk("municipality"));
    }

    /** Every menu page, then up to {@link #DETAILS_PER_PAGE} of the console links in each; findings by page. */
    private Map<String, List<String>> walk(String who) {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        List<String> menu = hrefs("#nav a[href^='#/']");
        Set<String> seen = new LinkedHashSet<>();
        for (String page : menu) {
            List<String> details = visit(who, page, findings);
            seen.add(page);
            int followed = 0;
            for (String detail : details) {
                if (followed == DETAILS_PER_PAGE || !seen.add(detail) || menu.contains(detail)) {
                    continue;
                }
                visit(who, detail, findings);
                followed++;
            }
        }
        System.out.println("ConsoleLanguageIT: " + who + " walked " + seen.size() + " pages: " + seen);
        return findings;
    }

    /** Opens a page, checks its text and accessibility, and returns the console links on it. */
    private List<String> visit(String who, String hash, Map<String, List<String>> findings) {
        open(hash);
        console.settle();
        List<String> found = GermanTextCheck.findings(browser.findElement(By.tagName("body")).getText());
        if (!found.isEmpty()) {
            findings.put(hash, found);
        }
        checkAccessibility(who + " " + hash);
        return hrefs("main a[href^='#/']");
    }

    private List<String> hrefs(String css) {
        List<String> hrefs = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector(css))) {
            String href = link.getAttribute("href");
            String hash = href.substring(href.indexOf('#'));
            if (!hrefs.contains(hash)) {
                hrefs.add(hash);
            }
        }
        return hrefs;
    }

    private static void assertNoFindings(String who, Map<String, List<String>> findings) {
        StringBuilder report = new StringBuilder();
        findings.forEach((page, list) -> {
            report.append("\n  ").append(page).append(':');
            list.forEach(f -> report.append("\n    ").append(f));
        });
        System.out.println("ConsoleLanguageIT: findings for " + who + ":" + report);
        assertTrue("not German for " + who + ":" + report, findings.isEmpty());
    }
}
