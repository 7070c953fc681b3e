package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Hot deployment of a third-party plugin: the example's KAR (citizens' reports, module citizenreports) dropped into
 * the running distribution's deploy/ folder appears (endpoint, module list, OpenAPI, console page), disappears when
 * the KAR is deleted, and finds its data again when the KAR comes back. Its reports reach the patrol module through
 * the generic {@code Report/CREATED} topic alone: they become hotspot places whose priority decays and which the
 * planner visits.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginKarIT extends AsskommTestSupport {

    static final String REPORTS = "/api/v1/citizenreports/reports";
    static final String PATROL = "/api/v1/patrol";
    static final String FLOEHA_AGS = "14522140";
    static final String FRANKENBERG_AGS = "14522150";

    @Configuration
    public Option[] config() {
        String kar = System.getProperty("asskomm.plugin.kar");
        if (kar == null || !new File(kar).isFile()) {
            throw new IllegalStateException("Build the safety-survey example first (mvn install); no KAR at " + kar);
        }
        return baseOptions(systemProperty("asskomm.plugin.kar").value(new File(kar).getAbsolutePath()));
    }

    @Test
    public void theKarDeploysUndeploysAndRedeploysWithItsData() throws Exception {
        Path kar = Paths.get(System.getProperty("asskomm.plugin.kar"));
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        // the platform's resources register one after the other: wait for the two this test reads
        awaitStatus("/api/v1/modules", 200, Duration.ofSeconds(30));
        awaitStatus("/api/v1/openapi.json", 200, Duration.ofSeconds(30));
        assertEquals(404, get(REPORTS, ADMIN).status());
        assertFalse(pluginListed());

        long start = System.nanoTime();
        Files.copy(kar, deployed);
        awaitStatus(REPORTS, 200, Duration.ofSeconds(60));
        System.out.printf("KAR deployed: endpoint answered after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        awaitListed(true);
        assertEquals(200, get("/console/modules/citizenreports/index.js", null).status());
        assertEquals(200, get("/api/v1/health", ADMIN).status());

        enable("citizenreports", FRANKENBERG_AGS);
        enable("citizenreports", FLOEHA_AGS);
        // the module store names the module by the descriptor of the feature's bundle, not by the feature name
        Answer feature = get("/api/v1/platform/features/safety-survey", ADMIN);
        assertEquals(feature.body(), "citizenreports", feature.get("moduleId").asText());
        assertEquals(feature.body(), 2, feature.get("enabledFor").asInt());
        Answer created = post(REPORTS, FRANKENBERG, Map.of("municipality", FRANKENBERG_AGS, "category", "GRAFFITI",
                "place", "Unterführung Bahnhofstraße", "reportedOn", "2025-03-03"));
        assertEquals(created.body(), 201, created.status());
        String id = created.get("id").asText();

        start = System.nanoTime();
        Files.delete(deployed);
        awaitStatus(REPORTS, 404, Duration.ofSeconds(60));
        System.out.printf("KAR deleted: endpoint gone after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        awaitListed(false);
        assertEquals(200, get("/api/v1/health", ADMIN).status());

        Files.copy(kar, deployed);
        Answer again = awaitStatus(REPORTS + "/" + id, 200, Duration.ofSeconds(60));
        assertEquals(FRANKENBERG_AGS, again.get("municipality").asText());
        assertEquals("RECEIVED", again.get("status").asText());
        awaitListed(true);

        reportsBecomeHotspotsOfThePatrolCompound();
    }

    /**
     * Frankenberg in Flöha's enforcement compound: four reports at its market (two by coordinates within 150 m, two
     * by the place's name) make one hotspot of priority 5 today that sinks to 1 in four weeks (half-life 14 days);
     * a report elsewhere opens a new place; the next working day's plan visits the market as a due hotspot.
     */
    private void reportsBecomeHotspotsOfThePatrolCompound() throws Exception {
        installIfMissing("asskomm-patrol");
        awaitStatus(PATROL + "/offence-categories", 200, Duration.ofSeconds(30));
        enable("patrol", FLOEHA_AGS);
        enable("patrol", FRANKENBERG_AGS);
        Answer compound = post(PATROL + "/compounds", FLOEHA, Map.of("name", "Vollzugsdienst Flöha-Frankenberg",
                "leadAgs", FLOEHA_AGS, "startDate", "2020-09-01", "members", List.of(
                        Map.of("ags", FLOEHA_AGS, "contractedHoursPerMonth", 60),
                        Map.of("ags", FRANKENBERG_AGS, "contractedHoursPerMonth", 20))));
        assertEquals(compound.body(), 201, compound.status());
        String base = PATROL + "/compounds/" + compound.get("id").asText();
        Answer markt = post(base + "/places", FLOEHA, Map.of("ags", FRANKENBERG_AGS, "name", "Markt Frankenberg",
                "category", "MARKET_SQUARE", "latitude", 50.9106, "longitude", 13.0378, "priority", 2));
        assertEquals(markt.body(), 201, markt.status());
        Answer officer = post(base + "/officers", FLOEHA, Map.of("name", "Vollzugsbediensteter", "homeAgs", FLOEHA_AGS,
                "weeklyHours", 40, "qualifications", List.of("Vollzugsdienst")));
        assertEquals(officer.body(), 201, officer.status());

        LocalDate today = LocalDate.now();
        report("LITTER", null, 50.9110, 13.0380, today);                      // ~46 m from the market
        report("GRAFFITI", "Marktplatz, Brunnen", 50.9100, 13.0372, today);    // ~79 m
        report("ILLEGAL_DUMPING", "markt frankenberg", null, null, today);     // by the place's name
        report("LITTER", "Markt Frankenberg", null, null, today);
        report("STREET_LIGHT", "Fußweg am Mühlbach", 50.9200, 13.0500, today);  // ~1.4 km away: a new place

        String hotspots = base + "/hotspots?asOf=" + today;
        JsonNode list = awaitHotspots(hotspots, 5);
        assertEquals(list.toString(), 2, list.size());
        JsonNode hot = list.get(0);
        assertEquals(markt.get("id").asText(), hot.get("placeId").asText());
        assertEquals(4, hot.get("reports").asInt());
        assertEquals(4.0, hot.get("score").asDouble(), 1e-9);
        assertEquals(5, hot.get("priority").asInt());
        assertEquals(2, hot.get("placePriority").asInt());
        assertEquals(14, hot.get("halfLifeDays").asInt());
        assertEquals("Fußweg am Mühlbach", list.get(1).get("name").asText());
        assertEquals(2, list.get(1).get("priority").asInt());
        // decay: four weeks later 4 * 0.25 = 1.0 -> priority 2; six weeks later 0.5 -> 1
        JsonNode later = get(base + "/hotspots?asOf=" + today.plusDays(28), FLOEHA).json().get(0);
        assertEquals(1.0, later.get("score").asDouble(), 1e-9);
        assertEquals(2, later.get("priority").asInt());
        JsonNode muchLater = get(base + "/hotspots?asOf=" + today.plusDays(42), FLOEHA).json().get(0);
        assertEquals(0.5, muchLater.get("score").asDouble(), 1e-9);
        assertEquals(1, muchLater.get("priority").asInt());
        // readable like the compound (its members, state-wide police), not by another directorate's police; a
        // malformed day is a 400 naming the field
        assertEquals(200, get(base + "/hotspots", POLICE).status());
        assertEquals(404, get(base + "/hotspots", POLICE_DRESDEN).status());
        Answer bad = get(base + "/hotspots?asOf=morgen", FLOEHA);
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("asOf"));

        // the planner sees the hotspot's priority: the market is a due hotspot on the next working day
        LocalDate day = today;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Answer plan = post(base + "/plans", FLOEHA, Map.of("from", day.toString(), "to", day.toString()));
        assertEquals(plan.body(), 201, plan.status());
        boolean due = false;
        for (JsonNode shift : plan.get("shifts")) {
            for (JsonNode visit : shift.get("route")) {
                if (visit.get("placeId").asText().equals(markt.get("id").asText())) {
                    due = visit.get("reasons").toString().contains("HOTSPOT_DUE");
                }
            }
        }
        assertTrue(plan.body(), due);
    }

    private void report(String category, String place, Double latitude, Double longitude, LocalDate on) {
        Map<String, Object> body = new HashMap<>(Map.of("municipality", FRANKENBERG_AGS, "category", category,
                "reportedOn", on.toString()));
        if (place != null) {
            body.put("place", place);
        }
        if (latitude != null) {
            body.put("latitude", latitude);
            body.put("longitude", longitude);
        }
        Answer created = post(REPORTS, FRANKENBERG, body);
        assertEquals(created.body(), 201, created.status());
    }

    /** The reaction runs asynchronously after each commit: wait until {@code reports} reports are clustered. */
    private JsonNode awaitHotspots(String path, int reports) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Answer a = get(path, FLOEHA);
            assertEquals(a.body(), 200, a.status());
            int counted = 0;
            for (JsonNode h : a.json()) {
                counted += h.get("reports").asInt();
            }
            if (counted == reports) {
                return a.json();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("reports clustered: " + counted + " of " + reports + ": " + a.body());
            }
            Thread.sleep(250);
        }
    }

    private boolean pluginListed() {
        Answer modules = get("/api/v1/modules", ADMIN);
        assertEquals(200, modules.status());
        return modules.body().contains("\"citizenreports\"");
    }

    private boolean inOpenApi() {
        return get("/api/v1/openapi.json", ADMIN).body().contains("/citizenreports/reports");
    }

    /** Module list and OpenAPI document follow the bundle's services a moment after the endpoint: poll them. */
    private void awaitListed(boolean listed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pluginListed() != listed || inOpenApi() != listed) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("citizenreports " + (listed ? "not" : "still") + " in the module list / OpenAPI:"
                        + " listed=" + pluginListed() + ", openapi=" + inOpenApi());
            }
            Thread.sleep(250);
        }
    }
}
