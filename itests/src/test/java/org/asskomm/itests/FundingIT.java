package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * The funding module in the real distribution: a programme year of 1,300,000.00 EUR from applications to
 * reclaims, report figures to the cent, bad input, the consultation listener and install/uninstall/reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FundingIT extends AsskommTestSupport {

    private static final String FEATURE = "asskomm-funding";
    private static final String BASE = "/api/v1/funding";
    private static final String FRANKENBERG_AGS = "14522150";
    private static final String FLOEHA_AGS = "14522140";
    private static final String CHEMNITZ_AGS = "14511000";
    private static final String DRESDEN_AGS = "14612000";
    private static final String LEIPZIG_AGS = "14713000";   // never enabled
    /** Amounts exactly as sent, with their scale. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear() + 1;

    @Inject
    protected EventAdmin eventAdmin;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void fundingIsInstalledAndEnabled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing(FEATURE);
        awaitStatus(BASE + "/programmes", 200, Duration.ofSeconds(30));
        for (String ags : List.of(FRANKENBERG_AGS, FLOEHA_AGS, CHEMNITZ_AGS, DRESDEN_AGS)) {
            enable("funding", ags);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static JsonNode exact(Answer a) {
        try {
            return EXACT.readTree(a.body());
        } catch (Exception e) {
            throw new AssertionError(a.status() + " " + a.body(), e);
        }
    }

    private static Answer expect(int status, Answer a) {
        assertEquals(a.body(), status, a.status());
        return a;
    }

    private static void assertProblem(int status, String field, Answer a) {
        assertEquals(a.body(), status, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("application/problem+json"));
        if (field != null) {
            List<String> fields = new ArrayList<>();
            a.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertTrue(field + " not named in " + a.body(), fields.contains(field));
        }
    }

    private String programme(String budget, LocalDate opens, LocalDate closes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", YEAR);
        body.put("title", "IT programme " + System.nanoTime());
        body.put("budget", eur(budget));
        body.put("windowOpens", opens.toString());
        body.put("windowCloses", closes.toString());
        return expect(201, post(BASE + "/programmes", ADMIN, body)).get("id").asText();
    }

    static Map<String, Object> item(String category, String amount) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("category", category);
        item.put("description", category.toLowerCase() + " costs");
        item.put("amount", eur(amount));
        return item;
    }

    static Map<String, Object> application(String programmeId, String ags, List<Map<String, Object>> plan,
                                                   Object requested, Object own) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programmeId);
        body.put("municipality", ags);
        body.put("applicant", "Gemeinde " + ags);
        body.put("title", "Prävention in " + ags);
        body.put("actionField", "Gewaltprävention");
        body.put("location", "Sachsen, " + ags);
        body.put("periodStart", YEAR + "-02-01");
        body.put("periodEnd", YEAR + "-11-30");
        body.put("description", Map.of("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"));
        body.put("consultationDate", TODAY.minusDays(30).toString());
        body.put("consultationReference", "LPR-IT-" + ags);
        body.put("costPlan", plan);
        body.put("requestedAmount", requested);
        body.put("ownContribution", own);
        return body;
    }

    /** Creates, submits and (as LPR) takes the application into review; returns it. */
    private JsonNode underReview(String user, Map<String, Object> body) {
        JsonNode a = expect(201, post(BASE + "/applications", user, body)).json();
        String id = a.get("id").asText();
        a = expect(200, post(BASE + "/applications/" + id + "/submit", user, Map.of("version", a.get("version").asInt())))
                .json();
        assertEquals("SUBMITTED", a.get("status").asText());
        return expect(200, post(BASE + "/applications/" + id + "/review", ADMIN,
                Map.of("version", a.get("version").asInt()))).json();
    }

    private JsonNode approve(JsonNode a, String granted, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "APPROVED");
        body.put("grantedAmount", eur(granted));
        body.put("version", a.get("version").asInt());
        if (reason != null) {
            body.put("reason", reason);
        }
        return expect(200, post(BASE + "/applications/" + a.get("id").asText() + "/decision", ADMIN, body)).json();
    }

    private void pay(String id, String amount) {
        Answer a = expect(201, post(BASE + "/applications/" + id + "/payouts", ADMIN, Map.of("amount", eur(amount))));
        assertEquals("PAYOUT", a.get("kind").asText());
    }

    private JsonNode proof(String id, String user, String actual, String recognized) {
        JsonNode a = expect(200, get(BASE + "/applications/" + id, user)).json();
        a = expect(200, post(BASE + "/applications/" + id + "/proof", user, Map.of("actualCosts",
                List.of(Map.of("category", "MATERIAL", "amount", eur(actual))), "report", "done as planned", "version", a.get("version").asInt())))
                .json();
        assertEquals("PROOF_SUBMITTED", a.get("status").asText());
        return exact(expect(200, post(BASE + "/applications/" + id + "/proof/review", ADMIN, Map.of(
                "recognizedCosts", eur(recognized), "note", "checked", "version", a.get("version").asInt()))));
    }

    private static Map<String, JsonNode> byKey(JsonNode rows) {
        Map<String, JsonNode> result = new HashMap<>();
        rows.forEach(r -> result.put(r.get("key").asText(), r));
        return result;
    }

    // ---- the year ----------------------------------------------------------------------------------------

    @Test
    public void aFundingYearFromApplicationToReclaimAddsUpToTheCent() {
        String programme = programme("1300000.00", TODAY.minusDays(10), TODAY.plusDays(10));
        JsonNode p = exact(get(BASE + "/programmes/" + programme, FRANKENBERG));
        assertEquals(eur("0.9000"), p.get("fundingRate").decimalValue());
        assertEquals(eur("20000.00"), p.get("reimbursementThreshold").decimalValue());

        // Frankenberg: 36,000 of costs, 90 % = 32,400 requested; approved in full, advance paid
        JsonNode frankenberg = underReview(FRANKENBERG, application(programme, FRANKENBERG_AGS,
                List.of(item("EVENTS", "30000.00"), item("PUBLIC_RELATIONS", "6000.00")), eur("32400.00"),
                eur("3600.00")));
        JsonNode calc = exact(expect(200, get(BASE + "/applications/" + frankenberg.get("id").asText()
                + "/calculation", FRANKENBERG)));
        assertEquals(eur("32400.00"), calc.get("maxFundable").decimalValue());
        // the calculation's lines in the reader's language: German by default, English by Accept-Language
        assertTrue(calc.get("explanation").toString(), calc.get("explanation").toString()
                .contains("förderfähige Kosten 36.000,00 EUR × Fördersatz 90 % = 32.400,00 EUR (auf den Cent abgerundet)"));
        String english = send("GET", BASE + "/applications/" + frankenberg.get("id").asText() + "/calculation",
                FRANKENBERG, null, null, "en").body();
        assertTrue(english, english.contains("rounded down to the cent"));
        // Floeha: 13,000 -> reimbursement only
        JsonNode floeha = underReview(FLOEHA, application(programme, FLOEHA_AGS, List.of(item("FEES", "13000.00")),
                eur("11700.00"), eur("1300.00")));
        // Chemnitz (entered by the LPR on its behalf): a full-time E11 coordinator capped at 55,200
        Map<String, Object> personnel = item("PERSONNEL", "55200.00");
        personnel.put("payGrade", "E11");
        personnel.put("personYears", eur("1.00"));
        personnel.put("qualification", "M.A. Präventionsmanagement");
        JsonNode chemnitz = underReview(ADMIN, application(programme, CHEMNITZ_AGS,
                List.of(personnel, item("EVENTS", "44800.00")), eur("90000.00"), eur("10000.00")));
        JsonNode dresden = underReview(ADMIN, application(programme, DRESDEN_AGS, List.of(item("MATERIAL", "50000.00")),
                eur("45000.00"), eur("5000.00")));

        frankenberg = approve(frankenberg, "32400.00", null);
        assertEquals("APPROVED", frankenberg.get("status").asText());
        floeha = approve(floeha, "11700.00", null);
        chemnitz = approve(chemnitz, "80000.00", "events budget reduced");
        assertTrue(chemnitz.get("decision").get("partial").asBoolean());
        JsonNode rejected = expect(200, post(BASE + "/applications/" + dresden.get("id").asText() + "/decision", ADMIN,
                Map.of("outcome", "REJECTED", "reason", "no prevention concept", "version",
                        dresden.get("version").asInt()))).json();
        assertEquals("REJECTED", rejected.get("status").asText());

        String fId = frankenberg.get("id").asText();
        String flId = floeha.get("id").asText();
        String cId = chemnitz.get("id").asText();
        pay(fId, "16200.00");
        pay(cId, "40000.00");
        // Floeha is below 20,000: no payout before the proof of use
        assertProblem(409, null, post(BASE + "/applications/" + flId + "/payouts", ADMIN, Map.of("amount",
                eur("100.00"))));

        // proofs: Frankenberg spent 34,000 -> final grant 30,600, 1,800 reclaimed
        JsonNode fClosed = proof(fId, FRANKENBERG, "34000.00", "34000.00");
        assertEquals("CLOSED", fClosed.get("status").asText());
        assertEquals(eur("30600.00"), fClosed.get("proof").get("finalGrant").decimalValue());
        // Floeha spent 12,345.67 -> 0.9 x 12,345.67 = 11,111.103 -> 11,111.10 (down), 588.90 reclaimed
        JsonNode flClosed = proof(flId, FLOEHA, "12345.67", "12345.67");
        assertEquals(eur("11111.10"), flClosed.get("proof").get("finalGrant").decimalValue());
        assertEquals(eur("588.90"), flClosed.get("money").get("reclaimed").decimalValue());
        pay(flId, "11111.10");
        // Chemnitz: ineligible costs found, 5,000 reclaimed by hand
        expect(201, post(BASE + "/applications/" + cId + "/reclaims", ADMIN, Map.of("amount", eur("5000.00"),
                "note", "catering not eligible")));

        // granted 124,100.00; reclaimed 1,800 + 588.90 + 5,000 = 7,388.90; paid 16,200 + 40,000 + 11,111.10
        JsonNode figures = exact(get(BASE + "/programmes/" + programme, ADMIN)).get("figures");
        assertEquals(eur("124100.00"), figures.get("granted").decimalValue());
        assertEquals(eur("7388.90"), figures.get("reclaimed").decimalValue());
        assertEquals(eur("116711.10"), figures.get("committed").decimalValue());
        assertEquals(eur("67311.10"), figures.get("paid").decimalValue());
        assertEquals(eur("1183288.90"), figures.get("available").decimalValue());
        Answer ledger = expect(200, get(BASE + "/ledger?programme=" + programme + "&limit=100", ADMIN));
        assertEquals(9, ledger.get("total").asInt());   // 3 commitments, 3 payouts, 3 reclaims

        Map<String, JsonNode> districts = byKey(exact(expect(200, get(BASE + "/programmes/" + programme
                + "/report?by=district", VIEWER))));
        assertEquals(eur("41711.10"), districts.get("Mittelsachsen").get("committed").decimalValue());
        assertEquals(eur("27311.10"), districts.get("Mittelsachsen").get("paid").decimalValue());
        assertEquals(2, districts.get("Mittelsachsen").get("applications").asInt());
        assertEquals(eur("75000.00"), districts.get("Chemnitz, Stadt").get("committed").decimalValue());
        Map<String, JsonNode> municipalities = byKey(exact(get(BASE + "/programmes/" + programme
                + "/report?by=municipality", ADMIN)));
        assertEquals(eur("30600.00"), municipalities.get(FRANKENBERG_AGS).get("committed").decimalValue());
        assertFalse("rejected applications bind no money", municipalities.containsKey(DRESDEN_AGS));
        Map<String, JsonNode> fields = byKey(exact(get(BASE + "/programmes/" + programme
                + "/report?by=action_field", ADMIN)));
        assertEquals(eur("116711.10"), fields.get("Gewaltprävention").get("committed").decimalValue());
        JsonNode total = exact(get(BASE + "/programmes/" + programme + "/report", ADMIN)).get(0);
        assertEquals(eur("116711.10"), total.get("committed").decimalValue());

        Answer csv = expect(200, get(BASE + "/programmes/" + programme + "/report.csv?by=district", ADMIN));
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("district,granted,reclaimed,committed,paid,repaid,applications"));
        assertTrue(csv.body(), csv.body().contains("\"Chemnitz, Stadt\",80000.00,5000.00,75000.00,40000.00,0.00,1"));
        assertTrue(csv.body(), csv.body().contains("Mittelsachsen,44100.00,2388.90,41711.10,27311.10,0.00,2"));

        // municipal staff see their own, not the cross-municipality reports
        assertEquals(1, get(BASE + "/applications?programme=" + programme, FLOEHA).get("total").asInt());
        assertEquals(404, get(BASE + "/applications/" + fId, FLOEHA).status());
        assertProblem(403, null, get(BASE + "/programmes/" + programme + "/report?by=municipality", FRANKENBERG));

        // the OpenAPI document shows the module's endpoints while it is installed
        JsonNode paths = expect(200, get("/api/v1/openapi.json", VIEWER)).get("paths");
        assertNotNull(paths.get("/funding/applications/{id}/decision").get("post"));
        assertNotNull(paths.get("/funding/statistics").get("get"));

        // public statistics: anonymous, aggregate
        Answer stats = expect(200, get(BASE + "/statistics", null));
        boolean found = false;
        for (JsonNode s : exact(stats)) {
            if (s.get("title").asText().equals(p.get("title").asText())) {
                found = true;
                assertEquals(eur("116711.10"), s.get("committed").decimalValue());
                assertEquals(3, s.get("municipalitiesFunded").asInt());
                assertEquals(4, s.get("applicationsSubmitted").asInt());
                assertFalse(s.toString().contains(FRANKENBERG_AGS));
            }
        }
        assertTrue(stats.body(), found);
    }

    // ---- bad input ---------------------------------------------------------------------------------------

    @Test
    public void badInputIsRefusedNamingTheProblemAndWritesNothing() {
        String programme = programme("30000.00", TODAY.minusDays(10), TODAY.plusDays(10));
        String apps = BASE + "/applications";
        List<Map<String, Object>> plan = List.of(item("MATERIAL", "20000.00"));
        assertProblem(400, "requestedAmount", post(apps, FRANKENBERG, application(programme, FRANKENBERG_AGS, plan,
                eur("-18000.00"), eur("2000.00"))));
        assertProblem(400, "requestedAmount", post(apps, FRANKENBERG, application(programme, FRANKENBERG_AGS, plan,
                "lots", eur("2000.00"))));
        assertProblem(400, "requestedAmount", post(apps, FRANKENBERG, application(programme, FRANKENBERG_AGS, plan,
                eur("17999.995"), eur("2000.005"))));
        assertProblem(400, "costPlan", post(apps, FRANKENBERG, application(programme, FRANKENBERG_AGS, plan,
                eur("17000.00"), eur("2000.00"))));
        assertProblem(400, "requestedAmount", post(apps, FRANKENBERG, application(programme, FRANKENBERG_AGS, plan,
                eur("19000.00"), eur("1000.00"))));
        Map<String, Object> noConsultation = application(programme, FRANKENBERG_AGS, plan, eur("18000.00"),
                eur("2000.00"));
        noConsultation.remove("consultationDate");
        assertProblem(400, "consultationDate", post(apps, FRANKENBERG, noConsultation));
        assertProblem(400, "budget", post(BASE + "/programmes", ADMIN, Map.of("year", YEAR, "budget", eur("1.001"))));
        // another municipality, and a municipality that has not enabled the module
        assertProblem(403, null, post(apps, FRANKENBERG, application(programme, FLOEHA_AGS, plan, eur("18000.00"),
                eur("2000.00"))));
        Answer notEnabled = post(apps, ADMIN, application(programme, LEIPZIG_AGS, plan, eur("18000.00"),
                eur("2000.00")));
        assertProblem(403, null, notEnabled);
        assertTrue(notEnabled.body(), notEnabled.body().contains("nicht freigeschaltet"));
        assertProblem(403, null, post(BASE + "/programmes", FRANKENBERG, Map.of("year", YEAR, "budget", eur("1.00"))));
        assertEquals(0, get(apps + "?programme=" + programme, ADMIN).get("total").asInt());

        // submission outside the window
        String closed = programme("30000.00", TODAY.minusDays(60), TODAY.minusDays(30));
        JsonNode draft = expect(201, post(apps, FRANKENBERG, application(closed, FRANKENBERG_AGS, plan,
                eur("18000.00"), eur("2000.00")))).json();
        Answer late = post(apps + "/" + draft.get("id").asText() + "/submit", FRANKENBERG, Map.of("version",
                draft.get("version").asInt()));
        assertProblem(409, null, late);
        // German, with the dates as German write them
        java.time.format.DateTimeFormatter german = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertTrue(late.body(), late.get("detail").asText().contains("werden vom "
                + TODAY.minusDays(60).format(german) + " bis zum " + TODAY.minusDays(30).format(german)));

        // stale version, proof for an unapproved application, approval above the remaining budget, payout above grant
        JsonNode a = underReview(FRANKENBERG, application(programme, FRANKENBERG_AGS, plan, eur("18000.00"),
                eur("2000.00")));
        JsonNode b = underReview(FLOEHA, application(programme, FLOEHA_AGS, plan, eur("18000.00"), eur("2000.00")));
        assertProblem(409, null, post(apps + "/" + a.get("id").asText() + "/withdraw", FRANKENBERG, Map.of("version",
                a.get("version").asInt() - 1)));
        assertProblem(409, null, post(apps + "/" + a.get("id").asText() + "/proof", FRANKENBERG, Map.of("actualCosts",
                List.of(Map.of("category", "MATERIAL", "amount", eur("1.00"))), "report", "r", "version", a.get("version").asInt())));
        approve(a, "18000.00", null);
        Answer overBudget = post(apps + "/" + b.get("id").asText() + "/decision", ADMIN, Map.of("outcome", "APPROVED",
                "grantedAmount", eur("18000.00"), "version", b.get("version").asInt()));
        assertProblem(409, null, overBudget);
        assertTrue(overBudget.body(), overBudget.body().contains("verbleibende Budget von 12.000,00 EUR"));
        assertEquals("UNDER_REVIEW", get(apps + "/" + b.get("id").asText(), FLOEHA).get("status").asText());
        assertProblem(409, null, post(apps + "/" + a.get("id").asText() + "/payouts", ADMIN, Map.of("amount",
                eur("18000.01"))));
        assertProblem(400, "amount", post(apps + "/" + a.get("id").asText() + "/payouts", ADMIN, Map.of("amount",
                eur("0.001"))));
        assertProblem(403, null, post(apps + "/" + a.get("id").asText() + "/payouts", FRANKENBERG, Map.of("amount",
                eur("1.00"))));
        assertProblem(400, "status", get(apps + "?status=FUNDED", ADMIN));
        JsonNode figures = exact(get(BASE + "/programmes/" + programme, ADMIN)).get("figures");
        assertEquals(eur("18000.00"), figures.get("committed").decimalValue());
        assertEquals(eur("0.00"), figures.get("paid").decimalValue());
        assertEquals(1, get(BASE + "/ledger?programme=" + programme, ADMIN).get("total").asInt());
    }

    // ---- consultations from the agreements module's events ------------------------------------------------

    @Test
    public void consultationEventsOfTheAgreementsModuleAreShown() throws Exception {
        String id = "it-consultation-" + System.nanoTime();
        // the payload as docs/events.md declares it (version 1): the copy is dated by the event
        eventAdmin.sendEvent(new Event("org/asskomm/agreements/Consultation/RECORDED", Map.of("municipality",
                FRANKENBERG_AGS, "id", id, "date", TODAY.minusDays(3).toString(), "topics",
                new String[] {"Präventionsrat", "Förderantrag"}, "payloadVersion", 1,
                "occurredAt", java.time.Instant.now().toString())));
        JsonNode known = expect(200, get(BASE + "/consultations?municipality=" + FRANKENBERG_AGS, FRANKENBERG)).json();
        JsonNode match = null;
        for (JsonNode k : known) {
            if (k.get("id").asText().equals(id)) {
                match = k;
            }
        }
        assertNotNull(known.toString(), match);
        assertEquals(TODAY.minusDays(3).toString(), match.get("date").asText());
        assertEquals("Förderantrag", match.get("topics").get(1).asText());
        assertProblem(403, null, get(BASE + "/consultations?municipality=" + FRANKENBERG_AGS, FLOEHA));
    }

    // ---- install, uninstall, reinstall --------------------------------------------------------------------

    @Test
    public void uninstallRemovesTheModuleAndReinstallFindsItsData() throws Exception {
        String programme = programme("5000.00", TODAY.minusDays(1), TODAY.plusDays(1));
        uninstall(FEATURE);
        awaitStatus(BASE + "/programmes", 404, Duration.ofSeconds(30));
        assertFalse(get("/api/v1/modules", ADMIN).body().contains("\"funding\""));
        assertEquals(404, get(BASE + "/statistics", ADMIN).status());
        install(FEATURE);
        awaitStatus(BASE + "/programmes", 200, Duration.ofSeconds(30));
        assertTrue(get("/api/v1/modules", ADMIN).body().contains("\"funding\""));
        JsonNode again = exact(expect(200, get(BASE + "/programmes/" + programme, ADMIN)));
        assertEquals(eur("5000.00"), again.get("budget").decimalValue());
    }
}
