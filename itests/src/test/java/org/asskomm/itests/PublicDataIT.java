package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * The open data under /api/v1/public against the authenticated statistics it is made of: the same numbers per
 * district (journey) and per district and year (funding reports), as JSON and CSV, with ETag and licence; nothing of
 * the records behind them (names, titles, texts) ever appears, and credentials of no one still get the public answer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PublicDataIT extends AsskommTestSupport {

    static final String FRANKENBERG_AGS = "14522150";
    static final String PUBLIC = "/api/v1/public";
    static final int YEAR = LocalDate.now().getYear() + 1;
    /** Texts of the records behind the figures: internal, never public. */
    static final String SECRET_TITLE = "Interne Projektidee Frankenberg";
    static final String SECRET_PROGRAMME = "Internes Programm Präventionsmittel";
    static final String SECRET_OUTCOME = "vertrauliche Absprache zum Haushalt";
    static final String PUBLIC_PROGRAMME = "Landesprogramm Kommunale Prävention";
    static final String PUBLIC_TITLE = "Präventionstage an Frankenberger Schulen";

    private final HttpClient client = HttpClient.newHttpClient();

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void modulesAreInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        for (String module : List.of("agreements", "councils", "funding", "journey")) {
            installIfMissing("asskomm-" + module);
            awaitStatus("/api/v1/modules/" + module, 200, Duration.ofSeconds(60));
            if (!module.equals("journey")) {
                enable(module, FRANKENBERG_AGS);
            }
        }
        installIfMissing("asskomm-transparency");
        awaitStatus(PUBLIC + "/districts", 200, Duration.ofSeconds(60));
    }

    @Test
    public void theOpenDataHasTheNumbersOfTheAuthenticatedStatisticsAndNothingInternal() throws Exception {
        recordJourneyAndFunding();
        // the journey is derived from events, asynchronously
        JsonNode districts = awaitDistricts();

        // per district: the counts of the journey's summaries (authenticated, as viewer)
        Map<String, List<Long>> expected = new TreeMap<>();
        for (JsonNode s : get("/api/v1/journey/municipalities", VIEWER).json()) {
            List<Long> c = expected.computeIfAbsent(s.get("district").asText(), d -> new ArrayList<>(List.of(0L, 0L, 0L, 0L)));
            JsonNode reached = s.get("reached");
            List<String> codes = List.of("CONSULTATIONS", "COUNCIL", "AGREEMENT", "SAFETY_ANALYSIS");
            for (int i = 0; i < codes.size(); i++) {
                c.set(i, c.get(i) + (reached.has(codes.get(i)) ? 1 : 0));
            }
        }
        Map<String, List<Long>> published = new TreeMap<>();
        for (JsonNode d : districts.get("items")) {
            published.put(d.get("district").asText(), List.of(d.get("municipalitiesAdvised").asLong(),
                    d.get("councils").asLong(), d.get("agreements").asLong(), d.get("analyses").asLong()));
        }
        assertEquals(expected, published);
        assertTrue(published.toString(), published.get("Mittelsachsen").get(2) >= 1);

        // the same as CSV
        Map<String, List<Long>> fromCsv = new TreeMap<>();
        List<String> lines = csv(PUBLIC + "/districts.csv");
        assertEquals("district,municipalitiesAdvised,councils,agreements,analyses", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            fromCsv.put(cells[0], List.of(Long.parseLong(cells[1]), Long.parseLong(cells[2]), Long.parseLong(cells[3]),
                    Long.parseLong(cells[4])));
        }
        assertEquals(expected, fromCsv);

        // funding per district and programme year: the sums of the programmes' district reports (as LPR admin)
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (JsonNode p : get("/api/v1/funding/programmes?limit=500", ADMIN).get("items")) {
            for (JsonNode row : get("/api/v1/funding/programmes/" + p.get("id").asText() + "/report?by=district", ADMIN)
                    .json()) {
                BigDecimal[] sum = sums.computeIfAbsent(row.get("key").asText() + "/" + p.get("year").asInt(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(row.get("committed").decimalValue());
                sum[1] = sum[1].add(row.get("paid").decimalValue());
            }
        }
        Map<String, String> expectedFunding = new TreeMap<>();
        sums.forEach((k, v) -> expectedFunding.put(k, v[0].setScale(2) + " " + v[1].setScale(2)));
        Map<String, String> publishedFunding = new TreeMap<>();
        for (JsonNode f : get(PUBLIC + "/funding", null).get("items")) {
            publishedFunding.put(f.get("district").asText() + "/" + f.get("year").asInt(),
                    f.get("committed").decimalValue().setScale(2) + " " + f.get("paid").decimalValue().setScale(2));
        }
        assertEquals(expectedFunding, publishedFunding);
        assertEquals("59400.00 29700.00", publishedFunding.get("Mittelsachsen/" + YEAR));
        List<String> fundingCsv = csv(PUBLIC + "/funding.csv");
        assertEquals("district,year,committed,paid", fundingCsv.get(0));
        assertTrue(fundingCsv.toString(), fundingCsv.contains("Mittelsachsen," + YEAR + ",59400.00,29700.00"));

        // the funded projects: only the public programme's, with its amounts
        JsonNode projects = get(PUBLIC + "/projects", null).get("items");
        assertEquals(projects.toString(), 1, projects.size());
        JsonNode project = projects.get(0);
        assertEquals(PUBLIC_TITLE, project.get("title").asText());
        assertEquals(PUBLIC_PROGRAMME, project.get("programme").asText());
        assertEquals(YEAR, project.get("year").asInt());
        assertEquals("Mittelsachsen", project.get("district").asText());
        assertEquals(new BigDecimal("27000.00"), project.get("committed").decimalValue().setScale(2));
        assertEquals(new BigDecimal("13500.00"), project.get("paid").decimalValue().setScale(2));
        List<String> projectsCsv = csv(PUBLIC + "/projects.csv");
        assertEquals(2, projectsCsv.size());
        assertTrue(projectsCsv.get(1), projectsCsv.get(1).startsWith(YEAR + "," + PUBLIC_PROGRAMME + "," + FRANKENBERG_AGS + ","));
        assertTrue(projectsCsv.get(1), projectsCsv.get(1).endsWith(",Gewaltprävention,27000.00,13500.00"));

        // the map: every municipality of the directory, Frankenberg with its stages and days
        JsonNode municipalities = get(PUBLIC + "/municipalities", null).json();
        JsonNode frankenberg = null;
        for (JsonNode m : municipalities.get("items")) {
            if (m.get("ags").asText().equals(FRANKENBERG_AGS)) {
                frankenberg = m;
            }
        }
        assertNotNull(frankenberg);
        assertEquals("2020-12-09", frankenberg.get("reached").get("AGREEMENT").asText());
        assertTrue(municipalities.get("items").size() > 400);
        assertEquals(get("/api/v1/journey/stages", VIEWER).json().size(), get(PUBLIC + "/stages", null).get("items").size());

        // licence, sources, as-of date
        assertEquals("dl-de/by-2-0", districts.get("licence").asText());
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString(), districts.get("asOf").asText());
        boolean destatis = false;
        for (JsonNode s : districts.get("sources")) {
            destatis |= s.get("publisher").asText().contains("Destatis") && s.get("licence").asText().equals("dl-de/by-2-0");
        }
        assertTrue(districts.get("sources").toString(), destatis);

        // nothing internal in any public answer: no title, programme, applicant, consultation text, person
        for (String path : List.of("/about", "/stages", "/municipalities", "/municipalities.csv", "/districts",
                "/districts.csv", "/funding", "/funding.csv", "/projects", "/projects.csv")) {
            String body = get(PUBLIC + path, null).body();
            for (String secret : List.of(SECRET_TITLE, SECRET_PROGRAMME, SECRET_OUTCOME, "Gemeinde " + FRANKENBERG_AGS,
                    "Polizeidirektion", "@coaching", "frankenberg")) {
                assertFalse(path + " shows " + secret, body.contains(secret));
            }
        }
    }

    @Test
    public void answersCarryAnETagAndCredentialsOfNoOneStillGetThePublicAnswer() throws Exception {
        for (String path : List.of("/districts", "/districts.csv", "/funding", "/municipalities.csv", "/projects")) {
            HttpResponse<String> first = raw(path, null, null);
            assertEquals(first.body(), 200, first.statusCode());
            String tag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Link").orElse(""), first.headers().firstValue("Link").orElse("")
                    .contains("rel=\"license\""));
            HttpResponse<String> again = raw(path, null, tag);
            assertEquals(path, 304, again.statusCode());
            assertEquals("", again.body());
            assertEquals(200, raw(path, null, "\"something-else\"").statusCode());

            // a wrong password, an unknown user, a malformed header: the public answer, not a 401
            for (String authorization : List.of(basic(FRANKENBERG, "falsch"), basic("niemand", "nichts"), "Basic !!!")) {
                HttpResponse<String> withCredentials = raw(path, authorization, null);
                assertEquals(authorization, 200, withCredentials.statusCode());
                assertEquals(path, first.body(), withCredentials.body());
                assertEquals(tag, withCredentials.headers().firstValue("ETag").orElseThrow());
            }
        }
        // public means read-only: a write is refused
        int write = post(PUBLIC + "/districts", null, Map.of()).status();
        assertTrue(String.valueOf(write), write == 405 || write == 401);
        // the rest of the API still wants credentials, and a wrong password there is still a 401
        assertEquals(401, get("/api/v1/journey/municipalities", null).status());
        HttpRequest wrong = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/journey/municipalities"))
                .header("Authorization", basic("niemand", "nichts")).build();
        assertEquals(401, client.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private void recordJourneyAndFunding() {
        Answer consultation = post("/api/v1/agreements/consultations", ADMIN, Map.of("municipality", FRANKENBERG_AGS,
                "date", "2020-06-15", "topics", List.of("Kooperationsvereinbarung"), "outcome", SECRET_OUTCOME));
        assertEquals(consultation.body(), 201, consultation.status());
        Answer agreement = post("/api/v1/agreements", FRANKENBERG, AgreementsIT.frankenbergDraft());
        assertEquals(agreement.body(), 201, agreement.status());
        Answer signed = post("/api/v1/agreements/" + agreement.get("id").asText() + "/transitions", ADMIN,
                Map.of("to", "SIGNED", "date", "2020-12-09", "place", "Frankenberg/Sa.",
                        "version", agreement.get("version").asInt()));
        assertEquals(signed.body(), 200, signed.status());

        // an internal programme (not published) and a public one, each with a project of Frankenberg
        fundedProject(SECRET_PROGRAMME, SECRET_TITLE, "36000.00", "32400.00", "16200.00");
        String open = fundedProject(PUBLIC_PROGRAMME, PUBLIC_TITLE, "30000.00", "27000.00", "13500.00");
        String publication = "/api/v1/funding/programmes/" + open + "/publication";
        JsonNode before = get(publication, VIEWER).json();
        assertFalse(before.toString(), before.get("publishResults").asBoolean());
        assertEquals(403, put(publication, FRANKENBERG, Map.of("publishResults", true, "version", 1)).status());
        Answer noVersion = put(publication, ADMIN, Map.of("publishResults", true));
        assertEquals(noVersion.body(), 400, noVersion.status());
        assertTrue(noVersion.body(), noVersion.body().contains("\"version\""));
        Answer stale = put(publication, ADMIN, Map.of("publishResults", true, "version", before.get("version").asInt() + 5));
        assertEquals(stale.body(), 409, stale.status());
        Answer published = put(publication, ADMIN, Map.of("publishResults", true, "version", before.get("version").asInt()));
        assertEquals(published.body(), 200, published.status());
        assertTrue(published.get("publishResults").asBoolean());
    }

    /** A programme of next year with one approved and partly paid project of Frankenberg; returns its id. */
    private String fundedProject(String programmeTitle, String projectTitle, String cost, String granted, String paid) {
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("year", YEAR);
        programme.put("title", programmeTitle);
        programme.put("budget", new BigDecimal("500000.00"));
        programme.put("windowOpens", LocalDate.now().minusDays(10).toString());
        programme.put("windowCloses", LocalDate.now().plusDays(10).toString());
        Answer p = post("/api/v1/funding/programmes", ADMIN, programme);
        assertEquals(p.body(), 201, p.status());
        // FundingIT's application, with a title of its own
        Map<String, Object> body = FundingIT.application(p.get("id").asText(), FRANKENBERG_AGS,
                List.of(FundingIT.item("MATERIAL", cost)), new BigDecimal(granted),
                new BigDecimal(cost).subtract(new BigDecimal(granted)));
        body.put("title", projectTitle);
        Answer a = post("/api/v1/funding/applications", FRANKENBERG, body);
        assertEquals(a.body(), 201, a.status());
        String id = a.get("id").asText();
        a = post("/api/v1/funding/applications/" + id + "/submit", FRANKENBERG, Map.of("version", a.get("version").asInt()));
        assertEquals(a.body(), 200, a.status());
        a = post("/api/v1/funding/applications/" + id + "/review", ADMIN, Map.of("version", a.get("version").asInt()));
        assertEquals(a.body(), 200, a.status());
        Map<String, Object> decision = new HashMap<>();
        decision.put("outcome", "APPROVED");
        decision.put("grantedAmount", new BigDecimal(granted));
        decision.put("version", a.get("version").asInt());
        a = post("/api/v1/funding/applications/" + id + "/decision", ADMIN, decision);
        assertEquals(a.body(), 200, a.status());
        Answer payout = post("/api/v1/funding/applications/" + id + "/payouts", ADMIN, Map.of("amount", new BigDecimal(paid)));
        assertEquals(payout.body(), 201, payout.status());
        return p.get("id").asText();
    }

    private JsonNode awaitDistricts() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get(PUBLIC + "/districts", null);
            for (JsonNode d : last.get("items")) {
                if (d.get("district").asText().equals("Mittelsachsen") && d.get("agreements").asLong() >= 1
                        && d.get("municipalitiesAdvised").asLong() >= 1) {
                    return last.json();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Frankenberg's agreement not in the public figures within 30 s: " + last.body());
    }

    private List<String> csv(String path) {
        Answer a = get(path, null);
        assertEquals(a.body(), 200, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("text/csv"));
        return List.of(a.body().split("\r\n"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> raw(String path, String authorization, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + PUBLIC + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
